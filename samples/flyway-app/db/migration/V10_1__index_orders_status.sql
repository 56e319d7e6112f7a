CREATE INDEX orders_status_index ON orders (status);
