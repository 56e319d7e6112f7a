CREATE TABLE warehouses (
  id integer PRIMARY KEY,
  city varchar(100) NOT NULL
);
