-- migrate:up
ALTER TABLE users ADD COLUMN avatar_url varchar(255);

-- migrate:down
ALTER TABLE users DROP COLUMN avatar_url;
