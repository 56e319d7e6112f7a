CREATE TABLE suppliers (
  id integer PRIMARY KEY,
  name varchar(150) NOT NULL
);
