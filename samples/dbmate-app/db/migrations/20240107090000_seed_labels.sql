-- migrate:up
INSERT INTO labels (id, name, colour) VALUES (1, 'bug', '#d73a4a');
INSERT INTO labels (id, name, colour) VALUES (2, 'feature; small', '#a2eeef');

-- migrate:down
DELETE FROM labels WHERE id IN (1, 2);
