ALTER TABLE catalog_items ADD COLUMN supplier_id INTEGER;
