-- This is an empty migration.

UPDATE `Post` SET `status` = 'PUBLISHED' WHERE `published` = true;
