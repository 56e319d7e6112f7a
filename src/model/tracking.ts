import type { DataRow, TrackingRow } from './schema.js';
import type { Diagnostic } from './source.js';

/** A value the stamp script writes into one column of a tracking row. */
export type TrackingValue =
  | { readonly kind: 'text'; readonly value: string }
  /** A bigint where the value may pass 2^53 (golang-migrate's nanosecond versions). */
  | { readonly kind: 'integer'; readonly value: number | bigint }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** The database's current date and time, as the runner writes it when it records a migration. */
  | { readonly kind: 'now' }
  /**
   * One more than the highest value of this column in the table when the row is
   * inserted (1 in an empty table): a rank the runner counts itself (Flyway's
   * `installed_rank`), so that rows written since the dump do not collide.
   */
  | { readonly kind: 'following' };

/**
 * What a migration's tracking row records beyond its name, worked out by the
 * adapter from the migration's files (`FrameworkAdapter.recordOf`): a checksum, a
 * version, a time from a journal. Keys and values are the adapter's own.
 */
export type TrackingRecord = Readonly<Record<string, string | number>>;

/** A test on one column of a tracking row, in the script's run-time statements. */
export type RowCondition =
  | { readonly column: string; readonly test: 'equals' | 'below' | 'atLeast'; readonly value: TrackingValue }
  | { readonly column: string; readonly test: 'isNull' | 'isNotNull' | 'isTrue' | 'isFalse' };

/** A change to rows already in the tracking table, made before a stamp's insert; `where` holds when all its tests do. */
export type RowChange =
  | { readonly kind: 'update'; readonly set: readonly TrackingCell[]; readonly where: readonly RowCondition[]; readonly why: string }
  | { readonly kind: 'delete'; readonly where: readonly RowCondition[]; readonly why: string };

/**
 * Everything the script writes to record one migration: rows to settle first
 * (a failed attempt the runner left behind), the row to insert, and the test
 * that makes the insert a no-op when such a row is already there.
 */
export interface TrackingWrite {
  readonly settle: readonly RowChange[];
  readonly cells: readonly TrackingCell[];
  /** The insert is skipped when a row passes all of these tests. */
  readonly presentWhen: readonly RowCondition[];
}

/** One column of a tracking row the script inserts, and its value. */
export interface TrackingCell {
  readonly column: string;
  readonly value: TrackingValue;
}

/**
 * A framework's tracking table, as its runner defines, reads and writes it. The
 * dump readers, the inference and the script writer know only this description;
 * the framework's own words (its columns, its commands) live in its adapter.
 */
export interface TrackingTableSpec {
  /** The table's name without the application's prefix, e.g. `migrations`. */
  readonly table: string;
  /**
   * The PostgreSQL schema the runner keeps the table in whatever schema the
   * application's tables are in (Drizzle: `drizzle`). Absent: the application's
   * schema, where the connection's search_path puts it. `--tracking-schema` overrides it.
   */
  readonly schema?: string;
  /** The column that names the migration a row records: the script's "already there" test compares it. */
  readonly nameColumn: string;
  /** Columns a dump's tracking table must have for its rows to be read as this framework's. */
  readonly requiredColumns: readonly string[];
  /**
   * The column a counter fills on insert (Laravel's `id`), whose counter the
   * script moves past the highest id where the engine keeps it apart from the
   * rows; null when there is none.
   */
  readonly idColumn: string | null;
  /** Whether rows carry a batch (runs are rolled back batch by batch), so that `--batch` means something. */
  readonly batches: boolean;
  /** The table as the framework defines it, for messages: `Laravel's (id, migration, batch)`. */
  readonly described: string;
  /** The framework's command that creates the table, for messages. */
  readonly createCommand: string;
  /** The framework's command that shows which migrations ran, for messages and the script's header. */
  readonly statusCommand: string;
  /** The framework's command that runs the pending migrations, for messages. */
  readonly migrateCommand: string;
  /** A dump row as a tracking row; null when it names no migration. */
  readRow(row: DataRow): TrackingRow | null;
  /**
   * The cells of the row that records `migration` as run in `batch` (ignored where
   * there are no batches); `record` is what `FrameworkAdapter.recordOf` worked out
   * from its files (absent where the adapter has no such hook).
   */
  rowFor(migration: string, batch: number, record?: TrackingRecord): readonly TrackingCell[];
  /**
   * The whole write for one migration, where more than one insert is needed (rows
   * to settle first, a test for "already there" beyond the name column). Absent:
   * `rowFor`'s cells, skipped when a row has the same value in `nameColumn`.
   */
  writeFor?(migration: string, batch: number, record?: TrackingRecord): TrackingWrite;
  /**
   * True when the table holds one row for the newest migration, which stands for
   * every one before it (golang-migrate's `schema_migrations(version, dirty)`): the
   * script writes the write of the last migration it stamps only.
   */
  readonly newestOnly?: boolean;
  /**
   * What a stamp after a migration that has not run does to the runner, when it
   * is harm (Drizzle runs only what is newer than its newest row; Flyway's
   * `validate` fails on a gap). Then only the migrations up to the first one that
   * is neither tracked nor stamped are stamped. `gap` is that migration's name;
   * the consequence is a clause that follows "a row for it". Absent: the runner
   * runs an earlier migration that has no row as usual.
   */
  afterGap?(gap: string): { readonly consequence: string; readonly liftedByOutOfOrder: boolean };
  /**
   * Where a migration stands in the order the runner compares with its newest
   * row, when that is not the migrations' own order: Drizzle's journal `when`,
   * which a journal may hold out of order. With `afterGap`, a stamp at or past
   * the first migration in this order that is neither tracked nor stamped is
   * withdrawn. `record` is the migration's (FrameworkAdapter.recordOf).
   */
  gapOrder?(record: TrackingRecord | undefined): number;
  /**
   * The dump's rows as one row per migration, where the table identifies a
   * migration by something the name alone does not give (a version, a journal
   * time): `migrations` are every migration with its record. Rows that match no
   * migration are returned as they are (orphans); failed rows (TrackingRow.failed)
   * are given too, for what they say of others, and dropped from the result.
   * Absent: rows name migrations.
   */
  matchRows?(rows: readonly TrackingRow[], migrations: readonly { readonly name: string; readonly record: TrackingRecord }[]): readonly TrackingRow[];
  /**
   * Settles, from the dump's own rows, what the rows the script writes depend on
   * beyond the migration's name (Knex: the file extension the runner sees), and
   * returns the description to write them with. Absent: `rowFor` needs nothing more.
   * Throws UsageError when the rows cannot settle it and the user did not.
   */
  forRows?(rows: readonly TrackingRow[], settings: TrackingSettings): TrackingWriter;
  /** Whether the rows' names carry the migration file's extension as the runner loads it, so that `--extension` means something. */
  readonly namesCarryExtension?: boolean;
  /** A table the runner locks while it migrates (Knex `knex_migrations_lock`): checked in the dump, never written. */
  readonly lock?: LockTableSpec;
}

/** What the user and the migration files tell `forRows`. */
export interface TrackingSettings {
  /** The file extension the runner records (`--extension`), without its dot; null when not given. */
  readonly extension: string | null;
  /** Each migration's name and the file it was read from. */
  readonly files: ReadonlyMap<string, string>;
  /** The columns of the tracking table in the dump (a configuration may add some), empty when the dump does not define it. */
  readonly columns: readonly string[];
}

/** The tracking table as the script will write it, and what the reviewer must know about that. */
export interface TrackingWriter {
  readonly spec: TrackingTableSpec;
  readonly warnings: readonly Diagnostic[];
}

/** A lock table beside the tracking table, which the runner takes before it migrates. */
export interface LockTableSpec {
  /** The lock table's name for a tracking table of this name (prefix included). */
  tableFor(trackingTable: string): string;
  /**
   * One sentence when the lock table as dumped would stop the runner or be made by it;
   * `rows` is null when the dump has no such table, `dataDumped` false when the dump holds no rows at all.
   */
  check(table: string, rows: readonly DataRow[] | null, dataDumped: boolean): string | null;
}
