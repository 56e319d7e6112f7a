DROP INDEX reviews_product_idx;
