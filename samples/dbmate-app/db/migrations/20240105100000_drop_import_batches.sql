-- migrate:up
DROP TABLE import_batches;

-- migrate:down
CREATE TABLE import_batches (id integer PRIMARY KEY, source varchar(50) NOT NULL);
