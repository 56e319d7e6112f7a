CREATE TABLE coupons (
  code varchar(40) PRIMARY KEY,
  percent_off integer NOT NULL
);
