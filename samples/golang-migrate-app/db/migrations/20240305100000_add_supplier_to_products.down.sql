DROP INDEX products_supplier_idx;
ALTER TABLE products DROP COLUMN supplier_id;
