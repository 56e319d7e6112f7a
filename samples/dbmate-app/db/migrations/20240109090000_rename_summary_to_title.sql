-- migrate:up
ALTER TABLE tasks RENAME COLUMN summary TO title;

-- migrate:down
ALTER TABLE tasks RENAME COLUMN title TO summary;
