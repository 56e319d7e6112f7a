ALTER TABLE purchases DROP COLUMN notes;
