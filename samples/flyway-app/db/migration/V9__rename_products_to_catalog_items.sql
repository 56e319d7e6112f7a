ALTER TABLE products RENAME TO catalog_items;
