-- migrate:up
CREATE UNIQUE INDEX users_email_unique ON users (email);

-- migrate:down
DROP INDEX users_email_unique;
