-- migrate:up
CREATE TABLE projects (
  id integer PRIMARY KEY,
  team_id integer NOT NULL,
  title varchar(200) NOT NULL,
  FOREIGN KEY (team_id) REFERENCES teams (id)
);

CREATE INDEX projects_team_id_index ON projects (team_id);

-- migrate:down
DROP TABLE projects;
