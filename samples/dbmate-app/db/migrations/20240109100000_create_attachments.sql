-- migrate:up
CREATE TABLE attachments (
  id integer PRIMARY KEY,
  comment_id integer NOT NULL,
  path varchar(255) NOT NULL,
  FOREIGN KEY (comment_id) REFERENCES comments (id)
);

-- migrate:down
DROP TABLE attachments;
