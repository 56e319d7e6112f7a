CREATE TABLE catalog_item_tags (
    catalog_item_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    PRIMARY KEY (catalog_item_id, tag_id)
);
