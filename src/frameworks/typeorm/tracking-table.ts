/**
 * TypeORM's tracking table, as MigrationExecutor (typeorm/src/migration/MigrationExecutor.ts)
 * defines and writes it: `createMigrationsTableIfNotExist` makes `migrations` (or the
 * DataSource's `migrationsTableName`) with a generated `id`, a `timestamp` (bigint on
 * PostgreSQL, MySQL and SQLite) and a `name`; `insertExecutedMigration` inserts
 * `{ timestamp, name }`, leaving `id` to the counter. There are no batches: a revert
 * undoes the row with the highest id. The table is created by any `migration:run`
 * or `migration:show`.
 */
import type { TrackingRow, TrackingTableSpec } from '../../model/index.js';
import { timestampOf } from './migration-names.js';

export const typeormTrackingTable: TrackingTableSpec = {
  table: 'migrations',
  nameColumn: 'name',
  requiredColumns: ['timestamp', 'name'],
  idColumn: 'id',
  batches: false,
  described: "TypeORM's (id, timestamp, name)",
  createCommand: 'npx typeorm migration:show -d <data-source>',
  statusCommand: 'npx typeorm migration:show -d <data-source>',
  migrateCommand: 'npx typeorm migration:run -d <data-source>',
  readRow(row): TrackingRow | null {
    const name = row.values['name'];
    if (name === null || name === undefined) return null;
    return { migration: name, batch: 0, line: row.line };
  },
  // A name without a timestamp never reaches here: analyze refuses it, as TypeORM does.
  rowFor: (migration) => [
    { column: 'timestamp', value: { kind: 'integer', value: timestampOf(migration) ?? 0 } },
    { column: 'name', value: { kind: 'text', value: migration } },
  ],
};
