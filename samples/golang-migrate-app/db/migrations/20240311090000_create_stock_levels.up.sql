CREATE TABLE stock_levels (
  product_id integer NOT NULL,
  warehouse_id integer NOT NULL,
  on_hand integer NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, warehouse_id),
  FOREIGN KEY (product_id) REFERENCES products (id),
  FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
);
