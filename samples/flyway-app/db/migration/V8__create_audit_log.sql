CREATE TABLE audit_log (
    id INTEGER NOT NULL PRIMARY KEY,
    entity VARCHAR(64) NOT NULL,
    entity_id INTEGER NOT NULL,
    action VARCHAR(16) NOT NULL
);
