/**
 * The sample application's schema, as it stood after each of its migrations:
 * SAMPLE_STEP (1..24) says which. scripts/make-drizzle-sample.mjs runs
 * drizzle-kit generate once per step, so each migration in drizzle/ is what
 * drizzle-kit wrote for that step's change (two steps are custom migrations:
 * drizzle-kit generate --custom, their SQL added by the script).
 */
import { bool, id, index, int, primaryKey, str, table, time, txt, uniqueIndex } from './dialect';

const step = Number(process.env.SAMPLE_STEP ?? '24');
const from = (first: number, last = Infinity): boolean => step >= first && step <= last;
const when = <T extends object>(condition: boolean, columns: T): T | object => (condition ? columns : {});

export const users = table('users', {
  id: id(),
  email: str('email', 255).notNull().unique(),
  // Step 6 renames the column: drizzle-kit asks, and the script answers "rename".
  name: txt(from(6) ? 'display_name' : 'name'),
  ...when(from(5, 22), { avatarUrl: txt('avatar_url') }),
  ...when(from(17), { roleId: int('role_id').references(() => roles.id) }),
});

// Step 13 renames the table from workspaces to projects.
export const projects = from(2)
  ? table(
      from(13) ? 'projects' : 'workspaces',
      {
        id: id(),
        name: str('name', 120).notNull(),
        ownerId: int('owner_id').references(() => users.id),
        ...when(from(22), { archived: bool('archived').notNull().default(false) }),
      },
      (t) => (from(14) ? [uniqueIndex('projects_name_unique').on(t.name)] : []),
    )
  : undefined;

export const tasks = from(3)
  ? table(
      'tasks',
      {
        id: id(),
        title: str('title', 200).notNull(),
        workspaceId: int('workspace_id').notNull().references(() => projects.id),
        status: from(20) ? str('status', 20).notNull().default('open') : str('status', 20).notNull(),
        ...when(from(10), { dueDate: time('due_date') }),
      },
      (t) => (from(4) ? [index('tasks_status_idx').on(t.status)] : []),
    )
  : undefined;

export const roles = from(7) ? table('roles', { id: id(), name: str('name', 40).notNull().unique() }) : undefined;

// Made by step 9 and dropped by step 11: a pair that leaves no trace.
export const tempImports = from(9, 10) ? table('temp_imports', { id: id(), payload: txt('payload') }) : undefined;

export const comments = from(12)
  ? table(
      'comments',
      {
        id: id(),
        taskId: int('task_id').notNull().references(() => tasks.id),
        authorId: int('author_id').references(() => users.id),
        body: txt('body').notNull(),
        createdAt: time('created_at'),
      },
      (t) => (from(19) ? [index('comments_task_id_idx').on(t.taskId)] : []),
    )
  : undefined;

export const tags = from(15) ? table('tags', { id: id(), label: str('label', 50).notNull() }) : undefined;

export const taskTags = from(16)
  ? table(
      'task_tags',
      {
        taskId: int('task_id').notNull().references(() => tasks.id),
        tagId: int('tag_id').notNull().references(() => tags.id),
      },
      (t) => [primaryKey({ columns: [t.taskId, t.tagId] })],
    )
  : undefined;

export const auditLog = from(21)
  ? table('audit_log', { id: id(), action: str('action', 60).notNull(), userId: int('user_id').references(() => users.id), at: time('at') })
  : undefined;

export const notifications = from(24)
  ? table('notifications', {
      id: id(),
      userId: int('user_id').notNull().references(() => users.id),
      message: txt('message').notNull(),
      read: bool('read').default(false),
    })
  : undefined;
