CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL,
  placed_on date NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customers (id)
);
