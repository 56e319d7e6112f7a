-- migrate:up
CREATE TABLE users (
  id integer PRIMARY KEY,
  email varchar(190) NOT NULL,
  display_name varchar(100)
);

-- migrate:down
DROP TABLE users;
