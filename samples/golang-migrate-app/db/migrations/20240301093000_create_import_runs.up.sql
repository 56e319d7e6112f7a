-- A scratch table for the one-off product import; dropped by the next migration.
CREATE TABLE import_runs (
  id integer PRIMARY KEY,
  source varchar(255) NOT NULL
);
