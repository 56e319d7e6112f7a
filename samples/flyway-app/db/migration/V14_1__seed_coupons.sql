-- The coupons the shop launched with; a ';' inside a string ends nothing.
INSERT INTO coupons (id, code, percent_off) VALUES (1, 'WELCOME;10', 10);
INSERT INTO coupons (id, code, percent_off) VALUES (2, 'SPRING', 15);
