CREATE TABLE coupons (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    percent_off INTEGER NOT NULL
);
CREATE UNIQUE INDEX coupons_code_unique ON coupons (code);
