// The sample's migrations in order: one drizzle-kit generate per step of
// samples/drizzle-app/src/schema.ts. `rename` steps answer drizzle-kit's
// "created or renamed?" prompt with the rename; `custom` steps are
// `drizzle-kit generate --custom`, with the SQL the developer then wrote.
// `dropOnMysql` lists statements the developer took out of drizzle-kit's MySQL
// output because MariaDB refuses them: drizzle-kit 0.31 re-creates the primary
// key of a renamed table, and MariaDB cannot drop the key of an auto-increment
// column ("there can be only one auto column and it must be defined as a key").
export const STEPS = [
  { name: 'create_users' },
  { name: 'create_workspaces' },
  { name: 'create_tasks' },
  { name: 'index_tasks_status' },
  { name: 'add_avatar_to_users' },
  { name: 'rename_users_name', rename: true },
  { name: 'create_roles' },
  { name: 'seed_roles', custom: "INSERT INTO roles (name) VALUES ('admin');\n--> statement-breakpoint\nINSERT INTO roles (name) VALUES ('member');\n" },
  { name: 'create_temp_imports' },
  { name: 'add_due_date_to_tasks' },
  { name: 'drop_temp_imports' },
  { name: 'create_comments' },
  { name: 'rename_workspaces_to_projects', rename: true, dropOnMysql: ['ALTER TABLE `projects` DROP PRIMARY KEY;', 'ALTER TABLE `projects` ADD PRIMARY KEY(`id`);'] },
  { name: 'unique_projects_name' },
  { name: 'create_tags' },
  { name: 'create_task_tags' },
  { name: 'add_role_to_users' },
  { name: 'backfill_user_roles', custom: "UPDATE users SET role_id = (SELECT id FROM roles WHERE name = 'member') WHERE role_id IS NULL;\n" },
  { name: 'index_comments_task' },
  { name: 'add_default_to_task_status' },
  { name: 'create_audit_log' },
  { name: 'add_archived_to_projects' },
  { name: 'drop_avatar_from_users' },
  { name: 'create_notifications' },
];
