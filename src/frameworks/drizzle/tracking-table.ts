/**
 * drizzle-orm 0.45's tracking table, as its migrators define and read it:
 * pg-core/dialect.ts `PgDialect.migrate` creates `"drizzle"."__drizzle_migrations"
 * (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)` (schema and
 * table configurable: migrationsSchema, migrationsTable); mysql-core/dialect.ts
 * `MySqlDialect.migrate` the same table (`id serial`) in the connection's
 * database; sqlite-core/dialect.ts `SQLiteSyncDialect.migrate` with `created_at
 * numeric`. Each inserts `(hash, created_at)` = (the SHA-256 hex of the file's
 * text, the journal entry's `when`) per migration it runs, and decides what to
 * run from one row only: `select ... order by created_at desc limit 1`, then
 * every journal entry whose `when` is greater than that row's `created_at`.
 * No hash is ever compared, and no `name` column exists in 0.45.
 */
import type { DataRow, TrackingCell, TrackingRecord, TrackingRow, TrackingTableSpec, TrackingWrite } from '../../model/index.js';

/** The record's keys, as `recordOf` writes them. */
export const HASH = 'hash';
export const WHEN = 'when';

function whenOf(record: TrackingRecord | undefined, migration: string): number {
  const when = record?.[WHEN];
  if (typeof when !== 'number') throw new Error(`no journal time was worked out for ${migration}`);
  return when;
}

function cells(migration: string, record: TrackingRecord | undefined): TrackingCell[] {
  const hash = record?.[HASH];
  if (typeof hash !== 'string') throw new Error(`no hash was worked out for ${migration}`);
  return [
    { column: 'hash', value: { kind: 'text', value: hash } },
    { column: 'created_at', value: { kind: 'integer', value: whenOf(record, migration) } },
  ];
}

/** The row's `created_at` as the migrator reads it (`Number(created_at)`), or null when it is none. */
function createdAt(row: TrackingRow): number | null {
  if (row.failed !== undefined) return null;
  const value = Number(row.migration);
  return Number.isFinite(value) ? value : null;
}

/**
 * The rows as the migrator sees them: every journal entry whose `when` is at or
 * below the newest `created_at` counts as run (it is never run again), whatever
 * rows there are for it; each gets a row, at the dump line of the row that has
 * its `when`, else of the newest row. Rows whose `created_at` is no entry's
 * `when` stay as they are, and are reported as rows without a migration.
 */
function matchRows(rows: readonly TrackingRow[], migrations: readonly { readonly name: string; readonly record: TrackingRecord }[]): TrackingRow[] {
  let newest: TrackingRow | null = null;
  for (const row of rows) {
    const value = createdAt(row);
    if (value !== null && (newest === null || value > createdAt(newest)!)) newest = row;
  }
  if (newest === null) return [...rows];
  const high = createdAt(newest)!;
  const byWhen = new Map(rows.flatMap((row) => (createdAt(row) === null ? [] : [[createdAt(row)!, row] as const])));
  const whens = new Set<number>();
  const tracked: TrackingRow[] = [];
  for (const migration of migrations) {
    const when = migration.record[WHEN];
    if (typeof when !== 'number') continue;
    whens.add(when);
    if (when <= high) tracked.push({ migration: migration.name, batch: 0, line: (byWhen.get(when) ?? newest).line });
  }
  const unmatched = rows.filter((row) => row.failed === undefined && !whens.has(createdAt(row) ?? Number.NaN));
  return [...tracked, ...unmatched];
}

export const drizzleTrackingTable: TrackingTableSpec = {
  table: '__drizzle_migrations',
  schema: 'drizzle',
  nameColumn: 'created_at',
  requiredColumns: ['hash', 'created_at'],
  idColumn: 'id',
  batches: false,
  described: "drizzle-orm's (id, hash, created_at)",
  createCommand: 'drizzle-kit migrate, which also runs every migration',
  statusCommand: 'the newest created_at in __drizzle_migrations against meta/_journal.json (drizzle-kit has no status command)',
  migrateCommand: 'drizzle-kit migrate',
  readRow(row: DataRow): TrackingRow | null {
    const created = row.values['created_at'];
    if (created === undefined) return null;
    if (created === null) {
      // PostgreSQL sorts NULL first in `order by created_at desc`: such a row is the one the migrator reads.
      return { migration: '', batch: 0, line: row.line, failed: 'a row without created_at: on PostgreSQL drizzle-orm reads it as the newest (NULL sorts first) and runs every migration again; elsewhere it is passed over' };
    }
    return { migration: created, batch: 0, line: row.line };
  },
  rowFor: (migration, _batch, record) => cells(migration, record),
  writeFor(migration, _batch, record): TrackingWrite {
    // The migrator counts a migration as run once any row is at or after its time, so such a row makes the insert needless.
    return { settle: [], cells: cells(migration, record), presentWhen: [{ column: 'created_at', test: 'atLeast', value: { kind: 'integer', value: whenOf(record, migration) } }] };
  },
  afterGap: (gap) => ({
    consequence: `would be newer than ${gap}'s journal time, and drizzle-orm's migrator runs only the entries newer than its newest created_at: ${gap} would never run`,
    liftedByOutOfOrder: false,
  }),
  // A file outside the journal is never run and never gets a row: it is no gap.
  gapOrder: (record) => (typeof record?.[WHEN] === 'number' ? record[WHEN] : Infinity),
  matchRows,
};
