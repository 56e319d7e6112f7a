CREATE TABLE `tags` (
	`id` int AUTO_INCREMENT NOT NULL,
	`label` varchar(50) NOT NULL,
	CONSTRAINT `tags_id` PRIMARY KEY(`id`)
);
