import type { Diagnostic } from './source.js';

/** The SQL engines whose dumps migstamp reads. */
export type DialectName = 'postgres' | 'mysql' | 'sqlite';

/**
 * A column as the dump declares it. `type` is the engine's canonical spelling
 * (pg_dump prints `character varying(255)`, `timestamp(0) without time zone`),
 * lower-cased; `rawType` keeps the text exactly as it was in the dump.
 */
export interface ColumnSnapshot {
  readonly name: string;
  readonly type: string;
  readonly rawType: string;
  readonly nullable: boolean;
  /** Default expression as SQL text (`'draft'::character varying`, `nextval(...)`), or null. */
  readonly default: string | null;
  /** An identity column (PostgreSQL), or MySQL's AUTO_INCREMENT as `by-default`; serials show as a `nextval` default instead. */
  readonly identity: 'always' | 'by-default' | null;
  /** Generation expression of a generated column, or null. */
  readonly generated: string | null;
  /** The column's comment, or null when it has none or the engine keeps none (SQLite). */
  readonly comment: CommentSnapshot | null;
  readonly line: number;
}

/**
 * A column comment: MySQL prints it in the column's definition, pg_dump in a
 * `COMMENT ON COLUMN` statement of its own (whose line this is).
 */
export interface CommentSnapshot {
  readonly text: string;
  readonly line: number;
}

/** Primary keys, unique constraints and plain indexes, all in one list. */
export interface IndexSnapshot {
  readonly name: string;
  readonly kind: 'primary' | 'unique' | 'index';
  /** Column names, or the expression text for expression indexes. */
  readonly columns: readonly string[];
  /** True when it came from a table constraint rather than CREATE INDEX. */
  readonly constraint: boolean;
  /** The partial-index predicate, or null. */
  readonly where: string | null;
  readonly method: string | null;
  readonly line: number;
}

export interface ForeignKeySnapshot {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string | null;
  readonly onUpdate: string | null;
  readonly line: number;
}

export interface CheckSnapshot {
  readonly name: string;
  /** The check expression as the dump prints it (deparsed SQL). */
  readonly expression: string;
  /** String and number literals in the expression, for comparing with migrations' CHECKs. */
  readonly literals: readonly string[];
  readonly line: number;
}

export interface TableSnapshot {
  /** Unqualified name; the snapshot holds the tables of one schema. */
  readonly name: string;
  readonly columns: readonly ColumnSnapshot[];
  readonly indexes: readonly IndexSnapshot[];
  readonly foreignKeys: readonly ForeignKeySnapshot[];
  readonly checks: readonly CheckSnapshot[];
  readonly partitioned: boolean;
  readonly line: number;
}

export interface ViewSnapshot {
  readonly name: string;
  readonly materialized: boolean;
  readonly line: number;
}

/**
 * A trigger, by name and the table it fires on. Only the name is read, from the
 * statement's first words: bodies are not parsed.
 */
export interface TriggerSnapshot {
  readonly name: string;
  readonly table: string;
  readonly line: number;
}

/** A stored function or procedure, by name (PostgreSQL overloads appear once per signature). */
export interface RoutineSnapshot {
  readonly name: string;
  readonly kind: 'function' | 'procedure';
  readonly line: number;
}

/** A sequence made with CREATE SEQUENCE (PostgreSQL, MariaDB), by name. */
export interface SequenceSnapshot {
  readonly name: string;
  readonly line: number;
}

export interface EnumTypeSnapshot {
  readonly name: string;
  readonly values: readonly string[];
  readonly line: number;
}

/** A row of the tracking table (Laravel: `migrations(id, migration, batch)`). */
export interface TrackingRow {
  readonly migration: string;
  readonly batch: number;
  readonly line: number;
  /**
   * The name as the row stores it, when the framework's identity of a migration leaves
   * part of it out (Knex stores the file's extension, which the runner may see as `.js`
   * for a `.ts` source); absent when it is `migration`.
   */
  readonly recorded?: string;
  /**
   * Set on a row the runner wrote for an attempt that did not finish (Prisma's
   * unfinished row, golang-migrate's dirty version, Flyway's `success = false`):
   * it does not track its migration, and the runner refuses to go on until it is
   * settled. The sentence says what the row shows and what the runner does.
   */
  readonly failed?: string;
}

export interface TrackingTable {
  readonly name: string;
  /** Schema the table lives in, or null where the engine has none (MySQL, SQLite). */
  readonly schema: string | null;
  readonly columns: readonly string[];
  readonly rows: readonly TrackingRow[];
  readonly line: number;
  /** The highest `id` among the rows; null when no row has one. */
  readonly highestId?: number | null;
  /**
   * The id counter, where the engine keeps it apart from the rows (a PostgreSQL
   * sequence), as the dump leaves it: the id it would hand out next. Null when
   * the dump does not say. Below or at `highestId`, the next insert collides.
   */
  readonly nextId?: IdCounter | null;
}

export interface IdCounter {
  /** The sequence, as the dump names it (`public.migrations_id_seq`). */
  readonly name: string;
  readonly next: number;
  readonly line: number;
}

/** A literal value read from a data row: SQL NULL is null; everything else is its text. */
export type RowValue = string | null;

/** A data row of a table whose rows were asked for, keyed by column name. */
export interface DataRow {
  readonly values: Readonly<Record<string, RowValue>>;
  readonly line: number;
}

/** What a dump says about the rows of one table that migrations insert into. */
export interface TableRows {
  readonly table: string;
  readonly rows: readonly DataRow[];
  /** True when more rows existed than the reader keeps; absence of a row then proves nothing. */
  readonly truncated: boolean;
}

/** Everything migstamp knows about one dumped database schema. */
export interface SchemaSnapshot {
  readonly dialect: DialectName;
  /** The schema (namespace) the snapshot describes: `public` by default on PostgreSQL. */
  readonly schema: string | null;
  readonly file: string;
  readonly tables: ReadonlyMap<string, TableSnapshot>;
  readonly views: ReadonlyMap<string, ViewSnapshot>;
  readonly enumTypes: ReadonlyMap<string, EnumTypeSnapshot>;
  /** Triggers on the described schema's tables, in dump order. */
  readonly triggers: readonly TriggerSnapshot[];
  /** Functions and procedures of the described schema, in dump order. */
  readonly routines: readonly RoutineSnapshot[];
  /** Sequences of the described schema, serials' own included, in dump order. */
  readonly sequences: readonly SequenceSnapshot[];
  /** Null when the dump has no tracking table at all. */
  readonly tracking: TrackingTable | null;
  /** Rows of the tables the caller asked for, when the dump carries data. */
  readonly rows: ReadonlyMap<string, TableRows>;
  /** True when the dump holds table data (COPY/INSERT blocks), not only schema. */
  readonly hasData: boolean;
  /**
   * Lower-cased names found in schema statements the reader could not parse.
   * A table named here may have lost a constraint or index the reader never saw:
   * its objects still count when present, but their absence proves nothing.
   */
  readonly unreadNames: ReadonlySet<string>;
  readonly warnings: readonly Diagnostic[];
  /**
   * Other schemas of the same database that define tables (PostgreSQL), for
   * telling a data-only dump from a schema chosen wrong, and for pointing at a
   * tracking table that is elsewhere. Absent where the engine has no schemas.
   */
  readonly otherSchemas?: readonly OtherSchema[];
}

/** A schema the snapshot does not describe, and what it holds. */
export interface OtherSchema {
  readonly name: string;
  readonly tables: number;
  /** It has a table named like the tracking table. */
  readonly tracking: boolean;
}
