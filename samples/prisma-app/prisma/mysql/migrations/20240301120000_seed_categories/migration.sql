-- This is an empty migration.

INSERT INTO `Category` (`name`) VALUES ('News'), ('Guides'), ('Releases');
