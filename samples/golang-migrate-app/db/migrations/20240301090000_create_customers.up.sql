CREATE TABLE customers (
  id integer PRIMARY KEY,
  email varchar(190) NOT NULL,
  full_name varchar(120)
);
