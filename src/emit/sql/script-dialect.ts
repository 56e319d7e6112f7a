import type { DialectName, Precondition, TrackingCell, TrackingWrite } from '../../model/index.js';

/** Where the tracking table lives, and the framework's rows in it (see TrackingTableSpec). */
export interface TrackingTarget {
  readonly schema: string | null;
  /**
   * The schema of the objects the preconditions check (the application's), where
   * it is not the tracking table's (dbmate's table in `public`, Drizzle's in
   * `drizzle`). Absent: `schema`.
   */
  readonly objectsSchema?: string | null;
  readonly table: string;
  /** The column naming a row's migration: the "already there" test compares it. */
  readonly nameColumn: string;
  /** The id column that a counter fills (Laravel: `id`), or null/absent when there is none. */
  readonly idColumn?: string | null;
  /** The cells of the row that records `migration` as run in `batch`. */
  rowFor(migration: string, batch: number): readonly TrackingCell[];
  /** The whole write for `migration`, where it is more than `rowFor`'s insert (TrackingTableSpec.writeFor). */
  writeFor?(migration: string, batch: number): TrackingWrite;
  /** Whether one row for the newest stamped migration records all of them (TrackingTableSpec.newestOnly). */
  readonly newestOnly?: boolean;
}

/**
 * What differs between engines in the stamp script: quoting, transactions and
 * the run-time precondition check. The script's shape lives in `stamp-script.ts`.
 */
export interface ScriptDialect {
  readonly name: DialectName;
  /** How a DBA runs the script, shown in its header. */
  readonly runCommand: string;
  /**
   * What a SELECT of constants needs before its WHERE: MySQL 5.7 accepts
   * `SELECT 'x', 8 WHERE …` only with `FROM DUAL`; the other engines need nothing.
   */
  readonly constantsFrom: string;
  quoteIdentifier(name: string): string;
  /** A string literal that reads back as exactly `value` whatever the session settings. */
  quoteLiteral(value: string): string;
  /** A boolean literal the engine stores in a boolean column (or its stand-in). */
  booleanLiteral(value: boolean): string;
  /** Statements that open the transaction and fix the session settings the script relies on. */
  begin(target: TrackingTarget): readonly string[];
  /** Statements that abort the script, changing nothing, when a precondition fails. */
  preconditions(target: TrackingTarget, checks: readonly Precondition[]): readonly string[];
  commit(): readonly string[];
  /**
   * Statements, run after the preconditions and before the inserts, that move an
   * id counter kept apart from the rows (a PostgreSQL sequence) past the highest
   * id, with a comment saying why; `seen` is what the dump showed, when it showed
   * the counter behind. Absent where the engine's counter follows explicit ids
   * (MySQL's AUTO_INCREMENT, SQLite's rowid and sqlite_sequence).
   */
  idCounter?(target: TrackingTarget, seen: string | null): readonly string[];
}

/** The qualified, quoted name of a table. */
export function qualifiedName(dialect: ScriptDialect, schema: string | null, table: string): string {
  return schema === null ? dialect.quoteIdentifier(table) : `${dialect.quoteIdentifier(schema)}.${dialect.quoteIdentifier(table)}`;
}

/**
 * Text made safe for a `--` comment: line breaks of every kind (which would end
 * the comment and let the rest run as SQL) and other control characters become spaces.
 */
export function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
