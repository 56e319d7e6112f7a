-- migrate:up
CREATE TABLE import_batches (
  id integer PRIMARY KEY,
  source varchar(50) NOT NULL
);

-- migrate:down
DROP TABLE import_batches;
