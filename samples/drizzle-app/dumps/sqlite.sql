PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at numeric
			);
INSERT INTO __drizzle_migrations VALUES(NULL,'b3ba01c1eb7feeef9a4a7483c9d5c3c78fe8e800d2e00e095183fcb080af6f99',1796079401763);
INSERT INTO __drizzle_migrations VALUES(NULL,'ffaee8413dd1602c28390e5e2dbd81c7f40cf3a034f325d7d429a82e51f853d1',1796079402186);
INSERT INTO __drizzle_migrations VALUES(NULL,'7866379089d0112919e83d0ee32f3cf168f03540f694d89db26a2c60aad78a20',1796079402602);
INSERT INTO __drizzle_migrations VALUES(NULL,'a478d4bde17f4ec3226cd4dccd4aec3e89c97f40a9892ecb7facb82b30add7e8',1796079403032);
INSERT INTO __drizzle_migrations VALUES(NULL,'c3154b311d862df89a181930f5e581b527e68278f6da7939f2138e46f33af97c',1796079403489);
INSERT INTO __drizzle_migrations VALUES(NULL,'19863e7bb839f82cc7169dac911970882f68b31e430231f97fe7377b9fd12bb5',1796079404526);
INSERT INTO __drizzle_migrations VALUES(NULL,'7dc071529a1fa706c2bb5ef38a8554c73d162006c9457a7fd99790c2eadb82c1',1796079404920);
INSERT INTO __drizzle_migrations VALUES(NULL,'0a0952f395d636a7820d0a23bbd42706d599ad465af2414bfa48ff7a741e15e6',1796079405301);
INSERT INTO __drizzle_migrations VALUES(NULL,'73bd4265e1f5ce162e6a48871c0a7de3b733f40b985835beabaefb7256ed6022',1796079405696);
INSERT INTO __drizzle_migrations VALUES(NULL,'0f57dae6e4cc28b5cc574238a18f1f0b4bcf4427c724839eb2ffac13ef779624',1796079406090);
INSERT INTO __drizzle_migrations VALUES(NULL,'2303a3a843733a828f444cbdceca64b005ea2e5a23001ac5ed7f3ebe4c4870e8',1796079406547);
INSERT INTO __drizzle_migrations VALUES(NULL,'f0f83771c1e4d74401f0e839dd23eea1030a73f281c656f5dfee3b68eee9d4c3',1796079406947);
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text(255) NOT NULL,
	"display_name" text
, `avatar_url` text, `role_id` integer REFERENCES roles(id));
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text(40) NOT NULL
);
INSERT INTO roles VALUES(1,'admin');
INSERT INTO roles VALUES(2,'member');
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
CREATE TABLE IF NOT EXISTS "projects" (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text(120) NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text(50) NOT NULL
);
CREATE TABLE `task_tags` (
	`task_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`task_id`, `tag_id`),
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
CREATE TABLE IF NOT EXISTS "tasks" (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text(200) NOT NULL,
	`workspace_id` integer NOT NULL,
	`status` text(20) DEFAULT 'open' NOT NULL,
	`due_date` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('roles',2);
INSERT INTO sqlite_sequence VALUES('projects',0);
INSERT INTO sqlite_sequence VALUES('tasks',0);
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
CREATE UNIQUE INDEX `roles_name_unique` ON `roles` (`name`);
CREATE UNIQUE INDEX `projects_name_unique` ON `projects` (`name`);
CREATE INDEX `comments_task_id_idx` ON `comments` (`task_id`);
CREATE INDEX `tasks_status_idx` ON `tasks` (`status`);
COMMIT;
