CREATE TABLE `temp_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`payload` text
);
