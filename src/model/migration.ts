import type { TrackingRecord } from './tracking.js';
import type { DialectName } from './schema.js';
import type { Diagnostic, SourceLocation } from './source.js';

/**
 * A column type independent of any engine or framework. Framework adapters map
 * their column builders to these; each dialect says how it spells them in a dump.
 */
export type LogicalType =
  | { readonly kind: 'integer'; readonly bytes: 1 | 2 | 3 | 4 | 8; readonly unsigned: boolean }
  | { readonly kind: 'decimal'; readonly precision: number | null; readonly scale: number | null; readonly unsigned: boolean }
  | { readonly kind: 'float'; readonly bits: 24 | 53 | null }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'string'; readonly length: number | null; readonly fixed: boolean }
  | { readonly kind: 'text'; readonly size: 'tiny' | 'normal' | 'medium' | 'long' }
  | { readonly kind: 'binary'; readonly length: number | null }
  | { readonly kind: 'json'; readonly binary: boolean }
  | { readonly kind: 'uuid' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'set'; readonly values: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'time'; readonly precision: number | null; readonly timezone: boolean }
  | { readonly kind: 'timestamp'; readonly precision: number | null; readonly timezone: boolean }
  | { readonly kind: 'year' }
  | { readonly kind: 'ipAddress' }
  | { readonly kind: 'macAddress' }
  | { readonly kind: 'geometry'; readonly subtype: string | null }
  /** A type written as SQL text (raw statements, `->type('citext')`): compared by its text. */
  | { readonly kind: 'raw'; readonly sql: string };

export type ColumnDefault =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  /** An SQL expression such as `CURRENT_TIMESTAMP` (Laravel `useCurrent()`, `DB::raw(...)`). */
  | { readonly kind: 'expression'; readonly sql: string };

export interface ColumnSpec {
  readonly name: string;
  readonly type: LogicalType;
  readonly nullable: boolean;
  /** undefined: no default given; a `change()` leaves what it does not mention alone. */
  readonly default: ColumnDefault | undefined;
  readonly autoIncrement: boolean;
  readonly generated: { readonly kind: 'stored' | 'virtual'; readonly expression: string } | null;
  readonly comment: string | null;
  readonly at: SourceLocation;
}

/**
 * What a column change states (Laravel `->change()`, SQL `ALTER COLUMN`); every
 * attribute it does not mention stays as it was.
 */
export interface ColumnChange {
  readonly name: string;
  /** Null when the change does not state a type (`ALTER COLUMN c SET NOT NULL`). */
  readonly type: LogicalType | null;
  readonly nullable: boolean | null;
  /** undefined: not stated; null: the default is dropped. */
  readonly default: ColumnDefault | null | undefined;
  /** Null when not stated (`ALTER COLUMN … TYPE`); Laravel's change() and MySQL's MODIFY restate the whole column, counter included. */
  readonly autoIncrement: boolean | null;
  readonly at: SourceLocation;
}

export type IndexKind = 'primary' | 'unique' | 'index' | 'fulltext' | 'spatial';

export interface IndexSpec {
  /** The name the framework gives it (Laravel: `{table}_{columns}_{kind}`). */
  readonly name: string;
  readonly kind: IndexKind;
  readonly columns: readonly string[];
  readonly at: SourceLocation;
}

export interface ForeignKeySpec {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string | null;
  readonly onUpdate: string | null;
  readonly at: SourceLocation;
}

export interface CheckSpec {
  /** Null when the SQL left the name to the engine. */
  readonly name: string | null;
  /** The column a column-level CHECK is declared on (an enum's, `c varchar check (…)`), which takes it along when dropped; null for a table constraint. */
  readonly column: string | null;
  readonly expression: string;
  /** String and number literals of the expression, compared with the dump's. */
  readonly literals: readonly string[];
  readonly at: SourceLocation;
}

/** A stored routine's kind; PostgreSQL's DROP ROUTINE names either. */
export type RoutineKind = 'function' | 'procedure';

/** A literal row value in a migration's insert; null is SQL NULL. */
export type LiteralValue = string | number | boolean | null;

/**
 * The condition an operation runs under.
 * `schema` guards (`Schema::hasTable`, `Schema::hasColumn`, `Schema::hasIndex`) are decidable from the dump;
 * `unknown` conditions (config, environment) are not: their operations prove a run only when present.
 */
export type Guard =
  | { readonly kind: 'tableExists'; readonly table: string; readonly negated: boolean }
  | { readonly kind: 'columnExists'; readonly table: string; readonly column: string; readonly negated: boolean }
  /** Laravel 11+ `Schema::hasIndex(t, index)`: `index` is a name, or the list of columns in order, as Laravel takes it. */
  | { readonly kind: 'indexExists'; readonly table: string; readonly index: string | readonly string[]; readonly negated: boolean }
  /** A branch on the database engine (Laravel `DB::getDriverName() === 'sqlite'`), decided by the dump's dialect. */
  | { readonly kind: 'engine'; readonly engines: readonly DialectName[]; readonly negated: boolean }
  | { readonly kind: 'unknown'; readonly text: string };

/**
 * A key or index whose table or column a runner's own rename call renames
 * (`renamesDefaultNames` on the rename): what it was and what it will be on.
 */
export interface RenamedKey {
  /** An index kind, or `foreignKey`. */
  readonly kind: IndexKind | 'foreignKey';
  readonly name: string;
  readonly before: { readonly table: string; readonly columns: readonly string[] };
  readonly after: { readonly table: string; readonly columns: readonly string[] };
}

/**
 * The name the framework's rename gives a key or index on this engine, or null
 * when the key keeps its name (it is not named as the framework names it by
 * default, or the framework leaves that kind alone there).
 */
export type DefaultNameOnRename = (dialect: DialectName, key: RenamedKey) => string | null;

interface OperationBase {
  readonly at: SourceLocation;
  /** Every enclosing condition, outermost first; empty when unconditional. */
  readonly guards: readonly Guard[];
}

/** One schema or data change a migration makes, as far as static reading can tell. */
export type Operation =
  | (OperationBase & {
      readonly kind: 'createTable';
      readonly table: string;
      readonly columns: readonly ColumnSpec[];
      readonly indexes: readonly IndexSpec[];
      readonly foreignKeys: readonly ForeignKeySpec[];
      readonly checks: readonly CheckSpec[];
      readonly ifNotExists: boolean;
      readonly temporary: boolean;
    })
  | (OperationBase & { readonly kind: 'dropTable'; readonly table: string; readonly ifExists: boolean })
  /** `renamesDefaultNames`: the framework's rename call also renames the keys and indexes that carry its default names for the old table or column (see FrameworkAdapter.defaultNameOnRename). */
  | (OperationBase & { readonly kind: 'renameTable'; readonly from: string; readonly to: string; readonly renamesDefaultNames?: boolean })
  | (OperationBase & { readonly kind: 'addColumn'; readonly table: string; readonly column: ColumnSpec })
  /** `->change()` / `ALTER COLUMN`: only the attributes it states are expected afterwards. */
  | (OperationBase & { readonly kind: 'changeColumn'; readonly table: string; readonly column: ColumnChange })
  | (OperationBase & { readonly kind: 'dropColumn'; readonly table: string; readonly column: string })
  /** `renamesDefaultNames`: the framework's rename call also renames the keys and indexes that carry its default names for the old table or column (see FrameworkAdapter.defaultNameOnRename). */
  | (OperationBase & { readonly kind: 'renameColumn'; readonly table: string; readonly from: string; readonly to: string; readonly renamesDefaultNames?: boolean })
  | (OperationBase & { readonly kind: 'addIndex'; readonly table: string; readonly index: IndexSpec })
  | (OperationBase & { readonly kind: 'dropIndex'; readonly table: string; readonly name: string; readonly indexKind: IndexKind | null })
  | (OperationBase & { readonly kind: 'renameIndex'; readonly table: string; readonly from: string; readonly to: string })
  | (OperationBase & {
      readonly kind: 'addForeignKey';
      readonly table: string;
      readonly foreignKey: ForeignKeySpec;
      /**
       * True when the framework adds the key on every engine, rebuilding the table where the
       * engine cannot add one in place (SQLite), so that its absence is evidence there too.
       * Absent: on such engines the framework may skip it (Laravel 8), and its absence proves nothing.
       */
      readonly addedOnEveryEngine?: boolean;
    })
  | (OperationBase & { readonly kind: 'dropForeignKey'; readonly table: string; readonly name: string })
  | (OperationBase & { readonly kind: 'addCheck'; readonly table: string; readonly check: CheckSpec })
  | (OperationBase & { readonly kind: 'dropCheck'; readonly table: string; readonly name: string; readonly ifExists: boolean })
  | (OperationBase & { readonly kind: 'createView'; readonly name: string; readonly orReplace: boolean })
  | (OperationBase & { readonly kind: 'dropView'; readonly name: string; readonly ifExists: boolean })
  /** `table` is '' when the SQL names none (MySQL, SQLite: trigger names are unique in the schema). */
  | (OperationBase & { readonly kind: 'createTrigger'; readonly table: string; readonly name: string; readonly orReplace: boolean; readonly ifNotExists: boolean })
  | (OperationBase & { readonly kind: 'dropTrigger'; readonly table: string; readonly name: string; readonly ifExists: boolean })
  | (OperationBase & { readonly kind: 'renameTrigger'; readonly table: string; readonly from: string; readonly to: string })
  | (OperationBase & { readonly kind: 'createRoutine'; readonly name: string; readonly routine: RoutineKind; readonly orReplace: boolean; readonly ifNotExists: boolean })
  /** `routine` is null when the SQL does not say (`DROP ROUTINE`). */
  | (OperationBase & { readonly kind: 'dropRoutine'; readonly name: string; readonly routine: RoutineKind | null; readonly ifExists: boolean })
  | (OperationBase & { readonly kind: 'renameRoutine'; readonly from: string; readonly to: string })
  | (OperationBase & { readonly kind: 'createSequence'; readonly name: string; readonly ifNotExists: boolean })
  | (OperationBase & { readonly kind: 'dropSequence'; readonly name: string; readonly ifExists: boolean })
  | (OperationBase & { readonly kind: 'renameSequence'; readonly from: string; readonly to: string })
  /** `COMMENT ON COLUMN`, MySQL's `MODIFY … COMMENT`, Laravel's `->comment()->change()`; null (or '') removes it. */
  | (OperationBase & { readonly kind: 'setColumnComment'; readonly table: string; readonly column: string; readonly comment: string | null })
  | (OperationBase & { readonly kind: 'createEnumType'; readonly name: string; readonly values: readonly string[] })
  | (OperationBase & { readonly kind: 'dropEnumType'; readonly name: string; readonly ifExists: boolean })
  /** Rows inserted with literal values; `rows` is null when values are not literal. */
  | (OperationBase & {
      readonly kind: 'insertRows';
      readonly table: string;
      readonly rows: ReadonlyArray<Readonly<Record<string, LiteralValue>>> | null;
    })
  /** A data change with no checkable trace: update, delete, upsert, Eloquent, seeders. */
  | (OperationBase & { readonly kind: 'dataChange'; readonly table: string | null; readonly description: string })
  /** SQL text for the dump's dialect to turn into operations (`DB::statement`, `queryRunner.query`). */
  | (OperationBase & { readonly kind: 'rawSql'; readonly sql: string })
  /** Code or SQL whose effect static reading cannot tell: never evidence, always reported. */
  | (OperationBase & {
      readonly kind: 'opaque';
      /** Why it cannot be checked, in words a reviewer reads. */
      readonly reason: string;
      /** The SQL parser's own message, when a parser rejected it: for `--json`, never the reason shown. */
      readonly parserMessage?: string;
    });

export type OperationKind = Operation['kind'];

/** One migration file, read statically. */
export interface Migration {
  /** The name the tracking table stores (Laravel: file name without `.php`). */
  readonly name: string;
  readonly file: string;
  /** Who ships it (`app`, a package's name) when a project was read; absent otherwise. */
  readonly origin?: string;
  /** Connection the migration declares (`$connection`, `Schema::connection`), or null for the default. */
  readonly connection: string | null;
  readonly operations: readonly Operation[];
  /** Set when the file could not be read as a migration at all; operations are then empty. */
  readonly error: Diagnostic | null;
  /** Findings that did not stop the analysis (e.g. an unsupported Blueprint method). */
  readonly warnings: readonly Diagnostic[];
  /** What its tracking row records beyond the name (`FrameworkAdapter.recordOf`); absent where there is nothing more. */
  readonly record?: TrackingRecord;
}
