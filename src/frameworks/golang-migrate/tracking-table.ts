/**
 * golang-migrate's tracking table, as v4's database drivers define, read and write it.
 *
 * - It holds one row, `(version, dirty)`: database/postgres/postgres.go
 *   `ensureVersionTable` makes `schema_migrations (version bigint not null primary
 *   key, dirty boolean not null)`, database/mysql/mysql.go the same, and
 *   database/sqlite3/sqlite3.go `(version uint64, dirty bool)` with a unique index.
 * - `SetVersion(version, dirty)` replaces the row in one transaction (TRUNCATE on
 *   PostgreSQL, DELETE … LIMIT 1 on MySQL, DELETE on SQLite, then INSERT), and writes
 *   no row for `NilVersion` (-1) unless it is dirty. migrate.go `runMigrations` sets
 *   the migration's version dirty, runs its file, then sets it clean: a dirty row is
 *   an attempt that did not finish, and `Up` refuses to run (`ErrDirty`) until
 *   `migrate force` rewrites it.
 * - `Version()` reads `SELECT version, dirty FROM schema_migrations LIMIT 1`; no row
 *   is `NilVersion`. migrate.go `readUp` runs the versions after the recorded one
 *   (`Next`), so the row stands for every migration at or below it, and a migration
 *   below it that never ran is skipped for ever. `readUp` first checks that the
 *   recorded version has a file (`versionExists`), and fails without one.
 */
import type { RowChange, TrackingRecord, TrackingRow, TrackingTableSpec, TrackingWrite } from '../../model/index.js';
import { versionOf } from './migration-files.js';

/** The version a record or a name gives: what the adapter's `recordOf` worked out, else the name's digits. */
function versionFor(migration: string, record: TrackingRecord | undefined): bigint {
  const recorded = record?.['version'];
  return recorded === undefined ? versionOf(migration) : BigInt(recorded);
}

/** Go's `Scan` into a bool reads the engines' spellings: PostgreSQL `t`/`true`, MySQL and SQLite 1. */
function isTrue(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && ['t', 'true', '1'].includes(value.trim().toLowerCase());
}

function dirtySentence(version: string): string {
  return `golang-migrate refuses to run while version ${version} is dirty (an attempt that did not finish; \`migrate force\` rewrites it)`;
}

/**
 * The rows `SetVersion(version, false)` leaves: the older row deleted (the driver
 * replaces it), and a dirty row of this very version too, which the evidence has
 * shown to be complete. A newer row is left alone; the insert then does nothing.
 */
function write(version: bigint): TrackingWrite {
  const value = { kind: 'integer', value: version } as const;
  const settle: RowChange[] = [
    { kind: 'delete', where: [{ column: 'version', test: 'below', value }], why: 'golang-migrate keeps one row: the older version goes, as SetVersion replaces it' },
    { kind: 'delete', where: [{ column: 'version', test: 'equals', value }, { column: 'dirty', test: 'isTrue' }], why: 'an attempt at this version left dirty, which the evidence shows finished' },
  ];
  return {
    settle,
    cells: [
      { column: 'version', value },
      { column: 'dirty', value: { kind: 'boolean', value: false } },
    ],
    presentWhen: [{ column: 'version', test: 'atLeast', value }],
  };
}

export const golangMigrateTrackingTable: TrackingTableSpec = {
  table: 'schema_migrations',
  nameColumn: 'version',
  requiredColumns: ['version', 'dirty'],
  idColumn: null,
  batches: false,
  described: "golang-migrate's schema_migrations (version, dirty)",
  // ensureVersionTable on PostgreSQL and MySQL; every migrate command runs it when it opens the database.
  createCommand: 'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint not null primary key, dirty boolean not null)',
  statusCommand: 'migrate version',
  migrateCommand: 'migrate up',
  newestOnly: true,
  readRow(row): TrackingRow | null {
    const version = row.values['version']?.trim();
    if (version === undefined || !/^-?[0-9]+$/.test(version)) return null;
    const canonical = BigInt(version).toString();
    const dirty = isTrue(row.values['dirty']);
    // NilVersion is written only dirty (a failed down of the first migration); clean, it means no migration.
    if (canonical === '-1' && !dirty) return null;
    return { migration: canonical, batch: 0, line: row.line, ...(dirty ? { failed: dirtySentence(canonical) } : {}) };
  },
  rowFor: (migration, _batch, record) => write(versionFor(migration, record)).cells,
  writeFor: (migration, _batch, record) => write(versionFor(migration, record)),
  afterGap: () => ({ consequence: 'would make golang-migrate skip it for ever: migrate up runs only the versions above the one recorded', liftedByOutOfOrder: false }),
  matchRows(rows, migrations) {
    if (rows.length === 0) return rows;
    // One row is all the drivers ever leave; of several (written by hand), the runner reads whichever comes
    // first, so the lowest is taken: it tracks the fewest, and the others are reported.
    const ordered = [...rows].sort((a, b) => (BigInt(a.migration) < BigInt(b.migration) ? -1 : BigInt(a.migration) > BigInt(b.migration) ? 1 : a.line - b.line));
    const [row, ...others] = ordered as [TrackingRow, ...TrackingRow[]];
    const recorded = BigInt(row.migration);
    const tracked = migrations.flatMap((migration): TrackingRow[] => {
      const version = versionFor(migration.name, migration.record);
      if (version > recorded) return [];
      return [{ migration: migration.name, batch: 0, line: row.line, ...(version === recorded && row.failed !== undefined ? { failed: row.failed } : {}) }];
    });
    // A version without a file stops `migrate up` (versionExists): the row is an orphan.
    const orphan = migrations.some((migration) => versionFor(migration.name, migration.record) === recorded) || recorded < 0n ? [] : [row];
    const extra = others.map((other) => ({
      ...other,
      failed: `schema_migrations holds ${rows.length} rows where golang-migrate keeps one; it reads whichever comes first (LIMIT 1), so only version ${row.migration}, the lowest, counts as run here, and version ${other.migration} does not`,
    }));
    return [...tracked, ...orphan, ...extra];
  },
};
