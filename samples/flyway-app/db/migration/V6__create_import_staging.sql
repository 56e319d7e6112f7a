-- A staging table for the one-off import; V7 drops it again.
CREATE TABLE import_staging (
    id INTEGER NOT NULL PRIMARY KEY,
    payload VARCHAR(1000)
);
