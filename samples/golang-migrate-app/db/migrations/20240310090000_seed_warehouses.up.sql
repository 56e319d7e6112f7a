INSERT INTO warehouses (id, city) VALUES (1, 'Lyon');
INSERT INTO warehouses (id, city) VALUES (2, 'Porto');
