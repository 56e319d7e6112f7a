ALTER TABLE customers DROP COLUMN avatar_url;
