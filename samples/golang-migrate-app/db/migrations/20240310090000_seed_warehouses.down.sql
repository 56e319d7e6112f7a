DELETE FROM warehouses WHERE id IN (1, 2);
