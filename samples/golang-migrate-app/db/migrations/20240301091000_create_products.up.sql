CREATE TABLE products (
  id integer PRIMARY KEY,
  sku varchar(64) NOT NULL,
  title varchar(200) NOT NULL,
  price_cents integer NOT NULL
);
