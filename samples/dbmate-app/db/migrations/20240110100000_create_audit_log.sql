-- migrate:up
CREATE TABLE audit_log (
  id integer PRIMARY KEY,
  actor_id integer,
  action varchar(50) NOT NULL,
  FOREIGN KEY (actor_id) REFERENCES users (id)
);

-- migrate:down
DROP TABLE audit_log;
