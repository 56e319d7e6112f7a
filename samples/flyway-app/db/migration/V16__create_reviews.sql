CREATE TABLE reviews (
    id INTEGER NOT NULL PRIMARY KEY,
    catalog_item_id INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    body VARCHAR(2000),
    CONSTRAINT reviews_catalog_item_fk FOREIGN KEY (catalog_item_id) REFERENCES catalog_items (id)
);
