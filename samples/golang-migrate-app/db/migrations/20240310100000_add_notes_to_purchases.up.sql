ALTER TABLE purchases ADD COLUMN notes text;
