CREATE INDEX customers_display_name_idx ON customers (display_name);
