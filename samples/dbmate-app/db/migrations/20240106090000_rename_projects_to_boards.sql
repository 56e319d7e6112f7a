-- migrate:up
ALTER TABLE projects RENAME TO boards;

-- migrate:down
ALTER TABLE boards RENAME TO projects;
