-- migrate:up
CREATE TABLE task_labels (
  task_id integer NOT NULL,
  label_id integer NOT NULL,
  PRIMARY KEY (task_id, label_id),
  FOREIGN KEY (task_id) REFERENCES tasks (id),
  FOREIGN KEY (label_id) REFERENCES labels (id)
);

-- migrate:down
DROP TABLE task_labels;
