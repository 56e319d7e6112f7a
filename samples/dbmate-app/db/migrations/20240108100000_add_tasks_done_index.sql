-- migrate:up
CREATE INDEX tasks_done_index ON tasks (done);

-- migrate:down
DROP INDEX tasks_done_index;
