-- migrate:up
ALTER TABLE boards ADD COLUMN archived boolean NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE boards DROP COLUMN archived;
