-- migrate:up
CREATE TABLE teams (
  id integer PRIMARY KEY,
  name varchar(100) NOT NULL
);

-- migrate:down
DROP TABLE teams;
