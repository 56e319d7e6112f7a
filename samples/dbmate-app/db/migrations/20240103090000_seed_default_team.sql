-- migrate:up
INSERT INTO teams (id, name) VALUES (1, 'Default team');

-- migrate:down
DELETE FROM teams WHERE id = 1;
