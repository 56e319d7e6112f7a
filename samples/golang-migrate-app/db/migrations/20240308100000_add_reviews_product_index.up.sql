CREATE INDEX reviews_product_idx ON reviews (product_id, stars);
