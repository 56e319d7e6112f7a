-- migrate:up
ALTER TABLE users RENAME COLUMN display_name TO full_name;

-- migrate:down
ALTER TABLE users RENAME COLUMN full_name TO display_name;
