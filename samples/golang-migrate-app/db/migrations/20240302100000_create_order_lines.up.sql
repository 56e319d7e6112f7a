-- Two statements in one file: the driver sends them in one call.
CREATE TABLE order_lines (
  order_id integer NOT NULL,
  product_id integer NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, product_id),
  FOREIGN KEY (order_id) REFERENCES orders (id),
  FOREIGN KEY (product_id) REFERENCES products (id)
);

CREATE INDEX order_lines_product_idx ON order_lines (product_id);
