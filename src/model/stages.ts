import type { ColumnSnapshot, DialectName, SchemaSnapshot } from './schema.js';
import type { CheckSpec, ColumnDefault, ColumnSpec, DefaultNameOnRename, Guard, LogicalType, Migration, Operation } from './migration.js';
import type { Diagnostic, SourceLocation } from './source.js';
import type { TrackingRecord, TrackingTableSpec } from './tracking.js';

/** What the caller tells a dump reader. */
export interface DumpReadOptions {
  /** Path as given on the command line; used in messages and locations. */
  readonly file: string;
  /** Schema (namespace) to describe; null means the dialect's default (`public` on PostgreSQL). */
  readonly schema: string | null;
  /**
   * Database to describe in a file that holds several (`pg_dumpall`, `mysqldump
   * --databases`); absent or null: the file's only one, and a file with more is refused.
   */
  readonly database?: string | null;
  /** Tracking table name, prefix included (Laravel: `migrations`). */
  readonly trackingTable: string;
  /**
   * Schema the tracking table is in, where it is not `schema` (Drizzle's `drizzle`,
   * `--tracking-schema`): its definition, rows and id sequence are read from there,
   * the application's tables from `schema`. Absent or null: `schema`. PostgreSQL only.
   */
  readonly trackingSchema?: string | null;
  /** How the framework's tracking rows read: its adapter's description of the table. */
  readonly trackingRows: Pick<TrackingTableSpec, 'readRow' | 'idColumn' | 'requiredColumns'>;
  /** Tables whose data rows to keep (migrations insert literal rows into them). */
  readonly keepRowsOf: ReadonlySet<string>;
  /** Upper bound of rows kept per table; beyond it the table's rows are marked truncated. */
  readonly maxRowsPerTable: number;
}

/**
 * The per-dialect hooks the engine-neutral stages call: reading a dump,
 * turning a migration's raw SQL into operations, and comparing types.
 * One object per folder under `src/dump/`.
 */
export interface Dialect {
  readonly name: DialectName;
  /** True when the engine rolls back DDL with the transaction (a failed migration leaves nothing). */
  readonly transactionalDdl: boolean;
  /**
   * False when a foreign key cannot be added to an existing table in place (SQLite):
   * frameworks then skip it (Laravel 8) or rebuild the table (Laravel 11+), so a
   * missing foreign key added after creation proves nothing.
   */
  readonly addsForeignKeysToExistingTables: boolean;
  /**
   * False when giving an auto-increment primary key column another type can lose the
   * primary key (SQLite: Laravel 8–10 rebuild the table through Doctrine DBAL, which
   * writes the column without PRIMARY KEY), so its absence afterwards proves nothing.
   */
  readonly retypingAutoIncrementKeepsPrimaryKey: boolean;
  /**
   * False when the engine keeps no column comments (SQLite: Laravel's `->comment()`
   * writes nothing there), so a comment is never evidence, present or missing.
   */
  readonly showsColumnComments: boolean;
  /**
   * The CHECK constraint the engine holds for a column a framework declares as an enum,
   * or null where an enum is a type of its own (MySQL) or its check is not used as
   * evidence (SQLite: Laravel 8–10 rebuild tables through Doctrine, which loses checks).
   */
  enumCheck(table: string, column: ColumnSpec): CheckSpec | null;
  /** Prepares the dialect's parsers (WASM, large bundles); awaited once before `read` or `lowerSql`. */
  load(): Promise<void>;
  /** True when the first bytes of a (decompressed) file look like this dialect's dump. */
  detect(head: string): boolean;
  /** Read a dump streamed as chunks. Throws InputError on unreadable input. */
  read(chunks: AsyncIterable<Buffer>, options: DumpReadOptions): Promise<SchemaSnapshot>;
  /** Turn SQL from a migration into operations; what it cannot model becomes `opaque`. */
  lowerSql(sql: string, at: SourceLocation, guards: readonly Guard[]): Operation[];
  /** Does the dumped column's type correspond to what the migration asked for? */
  typeMatches(expected: LogicalType, actual: ColumnSnapshot): boolean;
  /** The dialect's spelling of a logical type, for diffs and messages. */
  renderType(type: LogicalType): string;
  /** Does the dumped default correspond to the migration's default? */
  defaultMatches(expected: ColumnDefault, actual: ColumnSnapshot): boolean;
  /**
   * Is the dumped identifier the one a migration names? Engines rewrite names:
   * PostgreSQL truncates to 63 bytes, MySQL compares index names case-insensitively.
   */
  identifiersEqual(dumped: string, expected: string): boolean;
}

/** Who makes a table the given migrations do not, and how to give migstamp those migrations. */
export interface TableOrigin {
  /** The package's name, e.g. `laravel/sanctum`. */
  readonly name: string;
  /** One clause telling where its migrations are and how to pass them. */
  readonly advice: string;
}

/** Options every framework adapter understands. */
export interface FrameworkOptions {
  /** Table prefix the application configures (Laravel `prefix` in config/database.php). */
  readonly tablePrefix: string;
  /**
   * Whether default index and foreign key names carry the table prefix too (Laravel
   * `prefix_indexes`). Absent: true, as the framework's own skeleton configures it.
   */
  readonly prefixIndexes?: boolean;
  /**
   * What the adapter's `readProject` loaded, passed back unchanged: the adapter alone
   * knows its shape (Laravel: config values, classes, models). Absent without a project.
   */
  readonly project?: ProjectContext;
  /**
   * What the adapter's `readFolder` loaded from the folder the migration is in,
   * passed back unchanged (Drizzle: its journal). Absent where there is no such hook.
   */
  readonly folder?: FolderContext;
}

/** Framework-owned data from `readFolder`; opaque to every other stage. */
export interface FolderContext {
  readonly framework: string;
}

/** Framework-owned data from `readProject`; opaque to every other stage. */
export interface ProjectContext {
  readonly framework: string;
}

/** Where the application's runner looks for migrations. */
export interface MigrationLocation {
  /** A folder (its own migration files, not subfolders) or one migration file. */
  readonly path: string;
  /** Who ships the migrations: `app`, or the package's name. */
  readonly origin: string;
}

/** What the caller tells `readProject`. */
export interface ProjectReadOptions {
  /** Environment file to use instead of the project's own (`.env`); null for that one. */
  readonly envFile: string | null;
  /** The connection the dump belongs to; null for the project's default. */
  readonly connection: string | null;
}

/** A project's settings, read statically from its files; each is null when the project does not say. */
export interface ProjectSettings {
  /** In the order the runner registers them. */
  readonly locations: readonly MigrationLocation[];
  /** The connection whose settings follow. */
  readonly connection: string | null;
  readonly tablePrefix: string | null;
  readonly prefixIndexes: boolean | null;
  /** Tracking table name without prefix. */
  readonly trackingTable: string | null;
  /** Schema (namespace) the connection uses, where the engine has them. */
  readonly schema: string | null;
  /**
   * A dump the runner loads before migrating an empty database (Laravel's squashed
   * `database/schema/{connection}-schema.sql`): its tracking rows stand for
   * migrations folded into it. Null when the project has none.
   */
  /**
   * False when the project turns off the transaction the runner would wrap each
   * migration in (Knex `migrations.disableTransactions`): a migration that fails
   * halfway then keeps its first statements on every engine. Absent: the adapter's
   * `runsEachMigrationInTransaction` decides.
   */
  readonly transactionalMigrations?: boolean;
  readonly baseline: {
    readonly file: string;
    /** What the runner will do with it when the dump's tracking table is empty or absent: a warning, one sentence. */
    readonly whenUntracked: string;
  } | null;
  readonly warnings: readonly Diagnostic[];
  readonly context: ProjectContext;
}

/**
 * A framework adapter: how to find migration files, name them, and read one.
 * `analyze` is pure (source text in, Migration out) and never throws for bad PHP:
 * it returns a Migration with `error` set.
 */
export interface FrameworkAdapter {
  readonly name: string;
  /** Glob patterns, relative to a migrations folder, that match migration files. */
  readonly filePatterns: readonly string[];
  /** The framework's tracking table: its name, columns, rows and commands. */
  readonly tracking: TrackingTableSpec;
  /**
   * Whether the runner wraps each migration in one transaction on this engine, so
   * that a failed migration leaves nothing behind. Where it does not, a migration
   * that failed halfway keeps the statements before its failure.
   */
  runsEachMigrationInTransaction(dialect: DialectName): boolean;
  /**
   * What the runner does with a tracking row whose migration file is not there:
   * `ignored`, it runs the other migrations as usual (so such rows are reported,
   * not a reason for `status` to fail), or `refused`, it stops until they are resolved.
   */
  readonly orphanRows: 'ignored' | 'refused';
  /**
   * The package known to create a table of this name (unprefixed), for tables
   * in the dump that no given migration makes; null when none is known.
   */
  packageOfTable(table: string): TableOrigin | null;
  /**
   * Whether a file its naming rule accepts is one of this framework's migrations,
   * judged from its path and first 4 KB (`head`), for choosing the framework when
   * `--framework` is not given. Cheap and without parsing.
   */
  recognises(file: string, head: string): boolean;
  /** Migration name for a file path, or null when the file is not a migration. */
  migrationName(file: string): string | null;
  /** Sort migrations into the order the framework runs them. */
  compareNames(a: string, b: string): number;
  analyze(name: string, file: string, source: string, options: FrameworkOptions): Migration;
  /**
   * Set when each migration is a folder holding one file of this name (Prisma's
   * `<timestamp>_<name>/migration.sql`): the migrations folder's subfolders are
   * read, and `migrationName` is given `<subfolder>/<this name>`. Absent: the
   * migrations are the folder's own files.
   */
  readonly fileInEachFolder?: string;
  /**
   * Reads what a migrations folder holds beside its migrations (Drizzle's
   * `meta/_journal.json`), once per folder, before any of its migrations is
   * analysed; the result reaches `analyze` and `recordOf` as `options.folder`.
   * Throws InputError when the folder is not laid out as the runner needs.
   */
  readFolder?(folder: string): Promise<FolderContext>;
  /**
   * What the migration's tracking row records beyond its name, from the file's
   * exact bytes (a checksum) and its folder: kept on the Migration as `record`
   * and handed to the tracking table's `rowFor`/`writeFor`/`matchRows`.
   */
  recordOf?(name: string, file: string, bytes: Uint8Array, options: FrameworkOptions): TrackingRecord;
  /**
   * One sentence when the migrations were written for another engine than the dump's
   * (Prisma's `migration_lock.toml` names its provider), shown as a warning; null when
   * they agree or nothing says. Absent: the migrations name no engine.
   */
  dialectWarning?(migrations: readonly Migration[], dialect: DialectName): string | null;
  /**
   * How the framework's own rename calls (operations with `renamesDefaultNames`)
   * rename the keys and indexes it named by default; absent when they never do.
   */
  readonly defaultNameOnRename?: DefaultNameOnRename;
  /**
   * Reads a project root statically (never running its code): migration locations,
   * connection settings, and whatever `analyze` will need from other files, loaded
   * up front so that `analyze` stays pure. Throws InputError when `dir` is not such a project.
   */
  readProject?(dir: string, options: ProjectReadOptions): Promise<ProjectSettings>;
  /**
   * Files at a project's root that mark it as this framework's (`knexfile.js`),
   * for choosing the framework for `--app` alone. Absent: any folder may be this
   * framework's project, when no other framework's files are in it.
   */
  readonly projectFiles?: readonly string[];
}
