ALTER TABLE shipments ADD COLUMN warehouse_id INTEGER;
CREATE INDEX shipments_warehouse_index ON shipments (warehouse_id);
