CREATE TABLE import_runs (
  id integer PRIMARY KEY,
  source varchar(255) NOT NULL
);
