/**
 * dbmate's tracking table, as dbmate 2.35 defines and writes it: each driver's
 * `CreateMigrationsTable` makes `schema_migrations (version varchar primary key)`
 * (pkg/driver/postgres/postgres.go; `varchar(128)` in pkg/driver/mysql/mysql.go and
 * pkg/driver/sqlite/sqlite.go), `InsertMigration` inserts `(version)` alone once a
 * migration's up block has run, and `SelectMigrations` reads the versions back as a
 * set. pkg/dbmate/db.go `FindMigrations` marks every migration file whose version is
 * in that set as applied and `Migrate` runs the others, whatever their age (the gap
 * rule of `--strict` is off by default): a row per migration, gaps allowed.
 */
import type { TrackingRow, TrackingTableSpec } from '../../model/index.js';
import { versionOf } from './migration-files.js';

export const dbmateTrackingTable: TrackingTableSpec = {
  table: 'schema_migrations',
  nameColumn: 'version',
  requiredColumns: ['version'],
  idColumn: null,
  batches: false,
  described: "dbmate's schema_migrations (version)",
  // What CreateMigrationsTable runs; `dbmate migrate` would run it too, but then every pending migration with it.
  createCommand: 'CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)',
  statusCommand: 'dbmate status',
  migrateCommand: 'dbmate migrate',
  readRow(row): TrackingRow | null {
    const version = row.values['version'];
    if (version === null || version === undefined) return null;
    // Rows carry no batch; 0 keeps every row in one, which nothing reads.
    return { migration: version, batch: 0, line: row.line };
  },
  rowFor: (migration) => [{ column: 'version', value: { kind: 'text', value: versionOf(migration) } }],
  // A row names a version; every file with that version is applied for dbmate (FindMigrations).
  matchRows: (rows, migrations) =>
    rows.flatMap((row) => {
      const matches = migrations.filter((migration) => versionOf(migration.name) === row.migration);
      return matches.length === 0 ? [row] : matches.map((migration) => ({ ...row, migration: migration.name }));
    }),
};
