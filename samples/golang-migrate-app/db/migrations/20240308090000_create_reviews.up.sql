CREATE TABLE reviews (
  id integer PRIMARY KEY,
  product_id integer NOT NULL,
  customer_id integer NOT NULL,
  stars integer NOT NULL,
  body text,
  FOREIGN KEY (product_id) REFERENCES products (id),
  FOREIGN KEY (customer_id) REFERENCES customers (id)
);
