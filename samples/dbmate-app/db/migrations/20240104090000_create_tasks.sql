-- migrate:up
CREATE TABLE tasks (
  id integer PRIMARY KEY,
  project_id integer NOT NULL,
  summary varchar(255) NOT NULL,
  done boolean NOT NULL DEFAULT false,
  FOREIGN KEY (project_id) REFERENCES projects (id)
);

-- migrate:down
DROP TABLE tasks;
