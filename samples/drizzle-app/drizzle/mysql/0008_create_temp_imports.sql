CREATE TABLE `temp_imports` (
	`id` int AUTO_INCREMENT NOT NULL,
	`payload` text,
	CONSTRAINT `temp_imports_id` PRIMARY KEY(`id`)
);
