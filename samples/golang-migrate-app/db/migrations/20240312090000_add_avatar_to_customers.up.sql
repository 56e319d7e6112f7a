ALTER TABLE customers ADD COLUMN avatar_url varchar(255);
