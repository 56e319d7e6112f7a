CREATE TABLE shipping_methods (
  code varchar(20) PRIMARY KEY,
  label varchar(100) NOT NULL
);
