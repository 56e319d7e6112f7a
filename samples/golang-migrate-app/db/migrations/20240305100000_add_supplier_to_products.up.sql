ALTER TABLE products ADD COLUMN supplier_id integer;
CREATE INDEX products_supplier_idx ON products (supplier_id);
