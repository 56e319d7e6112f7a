-- migrate:up transaction:false
CREATE INDEX users_full_name_index ON users (full_name);

-- migrate:down
DROP INDEX users_full_name_index;
