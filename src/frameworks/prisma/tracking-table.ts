/**
 * Prisma Migrate's `_prisma_migrations`, as prisma/prisma-engines defines and writes it
 * (schema-engine/connectors/sql-schema-connector/src):
 * - flavour/{postgres,mysql,sqlite}.rs `create_migrations_table`: `id varchar(36)` primary
 *   key, `checksum varchar(64)`, `finished_at`, `migration_name varchar(255)`, `logs text`,
 *   `rolled_back_at`, `started_at` (default now), `applied_steps_count` (default 0);
 *   timestamptz on PostgreSQL, DATETIME(3) on MySQL, DATETIME and TEXT on SQLite.
 * - sql_migration_persistence.rs: `migrate deploy` (commands apply_migrations.rs) writes
 *   `record_migration_started` (id = Uuid::new_v4, checksum, started_at, migration_name),
 *   then `record_successful_step` (applied_steps_count + 1) and `record_migration_finished`
 *   (finished_at), or `record_failed_step` (logs = the error) and stops: a row with
 *   neither finished_at nor rolled_back_at. `migrate resolve --applied`
 *   (mark_migration_applied.rs) first marks such rows `rolled_back_at = now`
 *   (`mark_migration_rolled_back_by_id`), then `mark_migration_applied_impl` inserts id,
 *   checksum, `logs = ''`, started_at = finished_at = now, migration_name, with
 *   applied_steps_count left at 0.
 * - apply_migrations.rs: a migration is applied when a row of its name is not rolled back;
 *   `detect_failed_migrations` refuses to run anything while an unfinished, not rolled-back
 *   row exists (P3009). diagnose_migration_history.rs (`migrate status`) reports the
 *   folders with no row of their name as not yet applied, whatever the rows' order.
 */
import type { DataRow, RowCondition, TrackingCell, TrackingRecord, TrackingRow, TrackingTableSpec, TrackingWrite } from '../../model/index.js';

const named = (migration: string): RowCondition => ({ column: 'migration_name', test: 'equals', value: { kind: 'text', value: migration } });

/** The row `prisma migrate resolve --applied` writes: a migration run outside Prisma's runner, which is what a stamp records. */
function resolvedRow(migration: string, record: TrackingRecord | undefined): readonly TrackingCell[] {
  const text = (key: string): string => String(record?.[key] ?? '');
  return [
    { column: 'id', value: { kind: 'text', value: text('id') } },
    { column: 'checksum', value: { kind: 'text', value: text('checksum') } },
    { column: 'finished_at', value: { kind: 'now' } },
    { column: 'migration_name', value: { kind: 'text', value: migration } },
    { column: 'logs', value: { kind: 'text', value: '' } },
    { column: 'started_at', value: { kind: 'now' } },
    { column: 'applied_steps_count', value: { kind: 'integer', value: 0 } },
  ];
}

/** The rows of a migration that failed to apply marked rolled back, as `migrate resolve` does before it records the migration. */
function settleFailed(migration: string): TrackingWrite['settle'] {
  return [
    {
      kind: 'update',
      set: [{ column: 'rolled_back_at', value: { kind: 'now' } }],
      where: [named(migration), { column: 'finished_at', test: 'isNull' }, { column: 'rolled_back_at', test: 'isNull' }],
      why: 'an attempt of prisma migrate deploy that never finished: it blocks every deploy until resolved',
    },
  ];
}

export const prismaTrackingTable: TrackingTableSpec = {
  table: '_prisma_migrations',
  nameColumn: 'migration_name',
  requiredColumns: ['id', 'checksum', 'finished_at', 'migration_name', 'rolled_back_at', 'started_at', 'applied_steps_count'],
  idColumn: null,
  batches: false,
  described: "Prisma's (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)",
  // `migrate resolve` creates the table without checking the schema (mark_migration_applied.rs → baseline_initialize).
  createCommand: 'npx prisma migrate resolve --applied <a migration that ran>',
  statusCommand: 'npx prisma migrate status',
  migrateCommand: 'npx prisma migrate deploy',
  readRow(row: DataRow): TrackingRow | null {
    const name = row.values['migration_name'];
    if (name === null || name === undefined) return null;
    // A rolled-back row records nothing: deploy runs its migration again.
    if (row.values['rolled_back_at'] !== null && row.values['rolled_back_at'] !== undefined) return null;
    if (row.values['finished_at'] === null || row.values['finished_at'] === undefined) {
      const logs = row.values['logs'] ?? '';
      const why = logs.trim() === '' ? '' : ` (its logs: ${logs.trim().split('\n')[0]})`;
      return { migration: name, batch: 0, line: row.line, failed: `_prisma_migrations has an unfinished attempt of ${name}${why}: prisma migrate deploy refuses to run (P3009) until it is resolved` };
    }
    return { migration: name, batch: 0, line: row.line };
  },
  rowFor: (migration, _batch, record) => resolvedRow(migration, record),
  writeFor: (migration, _batch, record): TrackingWrite => ({
    settle: settleFailed(migration),
    cells: resolvedRow(migration, record),
    presentWhen: [named(migration), { column: 'finished_at', test: 'isNotNull' }, { column: 'rolled_back_at', test: 'isNull' }],
  }),
};
