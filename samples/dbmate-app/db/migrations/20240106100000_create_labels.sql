-- migrate:up
CREATE TABLE labels (
  id integer PRIMARY KEY,
  name varchar(50) NOT NULL,
  colour char(7)
);

-- A label's name is unique; the index says so for every engine.
CREATE UNIQUE INDEX labels_name_unique ON labels (name);

-- migrate:down
DROP TABLE labels;
