-- migrate:up
CREATE TABLE comments (
  id integer PRIMARY KEY,
  task_id integer NOT NULL,
  author_id integer NOT NULL,
  body text NOT NULL,
  FOREIGN KEY (task_id) REFERENCES tasks (id),
  FOREIGN KEY (author_id) REFERENCES users (id)
);

CREATE INDEX comments_task_id_index ON comments (task_id);

-- migrate:down
DROP TABLE comments;
