PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version uint64,dirty bool);
INSERT INTO schema_migrations VALUES(20240306090000,0);
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email varchar(190) NOT NULL,
  display_name varchar(120)
);
CREATE TABLE products (
  id integer PRIMARY KEY,
  sku varchar(64) NOT NULL,
  name varchar(200) NOT NULL,
  price_cents integer NOT NULL
, supplier_id integer);
CREATE TABLE IF NOT EXISTS "purchases" (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL,
  placed_on date NOT NULL, status varchar(20) NOT NULL DEFAULT 'new', notes text,
  FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE order_lines (
  order_id integer NOT NULL,
  product_id integer NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, product_id),
  FOREIGN KEY (order_id) REFERENCES "purchases" (id),
  FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE TABLE shipping_methods (
  code varchar(20) PRIMARY KEY,
  label varchar(100) NOT NULL
);
INSERT INTO shipping_methods VALUES('post','Standard post');
INSERT INTO shipping_methods VALUES('courier','Next-day courier');
CREATE TABLE suppliers (
  id integer PRIMARY KEY,
  name varchar(150) NOT NULL
);
CREATE TABLE reviews (
  id integer PRIMARY KEY,
  product_id integer NOT NULL,
  customer_id integer NOT NULL,
  stars integer NOT NULL,
  body text,
  FOREIGN KEY (product_id) REFERENCES products (id),
  FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE warehouses (
  id integer PRIMARY KEY,
  city varchar(100) NOT NULL
);
INSERT INTO warehouses VALUES(1,'Lyon');
INSERT INTO warehouses VALUES(2,'Porto');
CREATE TABLE stock_levels (
  product_id integer NOT NULL,
  warehouse_id integer NOT NULL,
  on_hand integer NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, warehouse_id),
  FOREIGN KEY (product_id) REFERENCES products (id),
  FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
);
CREATE UNIQUE INDEX version_unique ON schema_migrations (version);
CREATE UNIQUE INDEX customers_email_unique ON customers (email);
CREATE INDEX order_lines_product_idx ON order_lines (product_id);
CREATE INDEX products_supplier_idx ON products (supplier_id);
CREATE INDEX reviews_product_idx ON reviews (product_id, stars);
COMMIT;
