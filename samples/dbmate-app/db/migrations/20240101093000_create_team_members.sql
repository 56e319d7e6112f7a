-- migrate:up
CREATE TABLE team_members (
  team_id integer NOT NULL,
  user_id integer NOT NULL,
  PRIMARY KEY (team_id, user_id),
  FOREIGN KEY (team_id) REFERENCES teams (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

-- migrate:down
DROP TABLE team_members;
