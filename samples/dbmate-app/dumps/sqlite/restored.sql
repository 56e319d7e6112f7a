PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "schema_migrations" (version varchar(128) primary key);
INSERT INTO schema_migrations VALUES('20240101090000');
INSERT INTO schema_migrations VALUES('20240101091500');
INSERT INTO schema_migrations VALUES('20240101093000');
INSERT INTO schema_migrations VALUES('20240102100000');
INSERT INTO schema_migrations VALUES('20240102110000');
INSERT INTO schema_migrations VALUES('20240103090000');
INSERT INTO schema_migrations VALUES('20240103100000');
INSERT INTO schema_migrations VALUES('20240104090000');
INSERT INTO schema_migrations VALUES('20240104100000');
INSERT INTO schema_migrations VALUES('20240105090000');
INSERT INTO schema_migrations VALUES('20240105100000');
INSERT INTO schema_migrations VALUES('20240106090000');
INSERT INTO schema_migrations VALUES('20240106100000');
INSERT INTO schema_migrations VALUES('20240106110000');
CREATE TABLE users (
  id integer PRIMARY KEY,
  email varchar(190) NOT NULL,
  full_name varchar(100)
);
CREATE TABLE teams (
  id integer PRIMARY KEY,
  name varchar(100) NOT NULL
);
INSERT INTO teams VALUES(1,'Default team');
CREATE TABLE team_members (
  team_id integer NOT NULL,
  user_id integer NOT NULL,
  PRIMARY KEY (team_id, user_id),
  FOREIGN KEY (team_id) REFERENCES teams (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE IF NOT EXISTS "boards" (
  id integer PRIMARY KEY,
  team_id integer NOT NULL,
  title varchar(200) NOT NULL, archived boolean NOT NULL DEFAULT false,
  FOREIGN KEY (team_id) REFERENCES teams (id)
);
CREATE TABLE tasks (
  id integer PRIMARY KEY,
  project_id integer NOT NULL,
  title varchar(255) NOT NULL,
  done boolean NOT NULL DEFAULT false, due_on date,
  FOREIGN KEY (project_id) REFERENCES "boards" (id)
);
CREATE TABLE labels (
  id integer PRIMARY KEY,
  name varchar(50) NOT NULL,
  colour char(7)
);
INSERT INTO labels VALUES(1,'bug','#d73a4a');
INSERT INTO labels VALUES(2,'feature; small','#a2eeef');
CREATE TABLE task_labels (
  task_id integer NOT NULL,
  label_id integer NOT NULL,
  PRIMARY KEY (task_id, label_id),
  FOREIGN KEY (task_id) REFERENCES tasks (id),
  FOREIGN KEY (label_id) REFERENCES labels (id)
);
CREATE TABLE comments (
  id integer PRIMARY KEY,
  task_id integer NOT NULL,
  author_id integer NOT NULL,
  body text NOT NULL,
  FOREIGN KEY (task_id) REFERENCES tasks (id),
  FOREIGN KEY (author_id) REFERENCES users (id)
);
CREATE TABLE attachments (
  id integer PRIMARY KEY,
  comment_id integer NOT NULL,
  path varchar(255) NOT NULL,
  FOREIGN KEY (comment_id) REFERENCES comments (id)
);
CREATE UNIQUE INDEX users_email_unique ON users (email);
CREATE INDEX projects_team_id_index ON "boards" (team_id);
CREATE UNIQUE INDEX labels_name_unique ON labels (name);
CREATE INDEX comments_task_id_index ON comments (task_id);
CREATE INDEX tasks_done_index ON tasks (done);
COMMIT;
