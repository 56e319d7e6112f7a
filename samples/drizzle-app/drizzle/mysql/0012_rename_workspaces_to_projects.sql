RENAME TABLE `workspaces` TO `projects`;--> statement-breakpoint
ALTER TABLE `projects` DROP FOREIGN KEY `workspaces_owner_id_users_id_fk`;
--> statement-breakpoint
ALTER TABLE `tasks` DROP FOREIGN KEY `tasks_workspace_id_workspaces_id_fk`;
--> statement-breakpoint
ALTER TABLE `projects` ADD CONSTRAINT `projects_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_workspace_id_projects_id_fk` FOREIGN KEY (`workspace_id`) REFERENCES `projects`(`id`) ON DELETE no action ON UPDATE no action;