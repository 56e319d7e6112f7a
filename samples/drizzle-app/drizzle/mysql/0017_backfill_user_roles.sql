-- Custom SQL migration file, put your code below! --
UPDATE users SET role_id = (SELECT id FROM roles WHERE name = 'member') WHERE role_id IS NULL;
