import type { CheckSpec, ColumnSpec, ForeignKeySpec, IndexSpec, RoutineKind } from './migration.js';
import type { SourceLocation } from './source.js';

/** What migstamp concluded about one migration (see README "Verdicts"). */
export type VerdictKind = 'tracked' | 'applied' | 'implied' | 'pending' | 'partial' | 'unknown' | 'orphan';

/**
 * Stable evidence codes. Reports, JSON output and tests refer to these; never rename one.
 * `present`/`missing` codes come from comparing a migration's expected facts with the dump.
 */
export type EvidenceCode =
  | 'E-TRACKED'
  | 'E-ORPHAN'
  /** A tracking row whose migration was folded into the project's schema file (a squashed baseline). */
  | 'E-SQUASHED'
  | 'E-TABLE-PRESENT'
  | 'E-TABLE-MISSING'
  | 'E-TABLE-GONE'
  | 'E-COLUMN-PRESENT'
  | 'E-COLUMN-MISSING'
  | 'E-COLUMN-GONE'
  | 'E-COLUMN-CHANGED'
  | 'E-COLUMN-UNCHANGED'
  | 'E-INDEX-PRESENT'
  | 'E-INDEX-MISSING'
  | 'E-INDEX-GONE'
  | 'E-FK-PRESENT'
  | 'E-FK-MISSING'
  | 'E-FK-GONE'
  | 'E-CHECK-PRESENT'
  | 'E-CHECK-MISSING'
  | 'E-CHECK-DIFFERS'
  | 'E-CHECK-GONE'
  | 'E-VIEW-PRESENT'
  | 'E-VIEW-MISSING'
  | 'E-VIEW-GONE'
  | 'E-TRIGGER-PRESENT'
  | 'E-TRIGGER-MISSING'
  | 'E-TRIGGER-GONE'
  | 'E-ROUTINE-PRESENT'
  | 'E-ROUTINE-MISSING'
  | 'E-ROUTINE-GONE'
  | 'E-SEQUENCE-PRESENT'
  | 'E-SEQUENCE-MISSING'
  | 'E-SEQUENCE-GONE'
  | 'E-COMMENT-PRESENT'
  | 'E-COMMENT-MISSING'
  /** The column has a comment in the dump, but not the text the migration gives it. */
  | 'E-COMMENT-DIFFERS'
  | 'E-COMMENT-GONE'
  /** The engine keeps no column comments (SQLite): a comment is never evidence there. */
  | 'E-COMMENT-UNSHOWN'
  | 'E-TYPE-PRESENT'
  | 'E-TYPE-MISSING'
  | 'E-TYPE-GONE'
  | 'E-ROW-PRESENT'
  | 'E-ROW-MISSING'
  | 'E-ROWS-UNKNOWN'
  | 'E-SUPERSEDED'
  /**
   * The object under this name is as an earlier migration had already made it:
   * `note` when this migration leaves it looking the same (its presence proves nothing),
   * `missing` when the dump shows the earlier version, not this migration's.
   */
  | 'E-SAME-AS-BEFORE'
  | 'E-IMPLIED-BY'
  | 'E-ABSENCE-UNPROVEN'
  | 'E-CONDITIONAL'
  | 'E-DUMP-UNREAD'
  | 'E-GUARDED'
  | 'E-DATA-UNCHECKABLE'
  | 'E-OPAQUE'
  | 'E-PARSE-ERROR'
  | 'E-OTHER-CONNECTION'
  /** Judged stampable, but the stamp cannot stand: it needs a migration the believed history shows did not run, or its verdict kept turning on others' that turned on it. Not stamped. */
  | 'E-UNSETTLED'
  /** Applied, but a migration before it has not run, and the runner reads or refuses a row after such a gap (TrackingTableSpec.afterGap): not stamped. */
  | 'E-AFTER-GAP'
  | 'E-ASSUMED'
  | 'E-UP-TO'
  | 'E-NO-EFFECT'
  | 'E-DRIFT-TYPE'
  | 'E-DRIFT-NULLABLE'
  | 'E-DRIFT-DEFAULT';

/**
 * How an evidence item bears on the verdict: `present` and `missing` decide it;
 * `drift` is an applied object that differs in detail; `note` explains without deciding.
 */
export type EvidenceStatus = 'present' | 'missing' | 'drift' | 'note';

export interface Evidence {
  readonly code: EvidenceCode;
  readonly status: EvidenceStatus;
  /** The object checked, e.g. `table work_items`, `column agents.avatar`. */
  readonly subject: string;
  /** One sentence for humans. */
  readonly detail: string;
  /** Where the migration states it. */
  readonly source: SourceLocation | null;
  /** Dump line of the object that was found, when found. */
  readonly dumpLine: number | null;
  /** A parser's message behind an `E-OPAQUE` or `E-PARSE-ERROR` item: shown in `--json` only, since it names tokens, not the problem. */
  readonly parserMessage?: string;
}

/** What the framework's migrate command would do with a migration left out of the script. */
export type MigrateOutcome =
  | { readonly kind: 'runs'; readonly detail: string }
  | { readonly kind: 'fails'; readonly detail: string }
  | { readonly kind: 'no-op'; readonly detail: string }
  | { readonly kind: 'repeats-data'; readonly detail: string }
  | { readonly kind: 'unpredictable'; readonly detail: string }
  /** It runs on another connection's database, which this dump does not show. */
  | { readonly kind: 'elsewhere'; readonly detail: string }
  /** An orphaned tracking row: the runner passes over it (`ignored`) or stops because of it (`refused`). */
  | { readonly kind: 'orphan-ignored'; readonly detail: string }
  | { readonly kind: 'orphan-refused'; readonly detail: string };

/** A fact the script's preconditions verify at run time before stamping. */
export type Precondition =
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'column'; readonly table: string; readonly column: string }
  | { readonly kind: 'index'; readonly table: string; readonly name: string }
  | { readonly kind: 'constraint'; readonly table: string; readonly name: string }
  | { readonly kind: 'view'; readonly name: string }
  | { readonly kind: 'trigger'; readonly table: string; readonly name: string }
  /** `routine` null: a function or a procedure. */
  | { readonly kind: 'routine'; readonly name: string; readonly routine: RoutineKind | null }
  | { readonly kind: 'sequence'; readonly name: string };

export interface Verdict {
  readonly migration: string;
  /** Null for orphans (a tracking row without a file). */
  readonly file: string | null;
  /** The migration's origin (`app`, a package's name) when a project was read; absent otherwise. */
  readonly origin?: string;
  readonly kind: VerdictKind;
  /** One short reason for the status table. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  /** Batch recorded in the tracking table (tracked, orphan), otherwise null. */
  readonly batch: number | null;
  /** Whether the script inserts a row for it. */
  readonly stamp: boolean;
  /** For migrations left out of the script: what `migrate` would do next. */
  readonly next: MigrateOutcome | null;
  /** Facts the script checks in the database before stamping this migration. */
  readonly preconditions: readonly Precondition[];
}

/** A table as the migrations, replayed in order, leave it; compared with the dump by `diff`. */
export interface ExpectedTable {
  readonly name: string;
  /** `spec` is null for a column known only by name. */
  readonly columns: readonly { readonly name: string; readonly spec: ColumnSpec | null }[];
  readonly indexes: readonly IndexSpec[];
  readonly foreignKeys: readonly ForeignKeySpec[];
  readonly checks: readonly CheckSpec[];
}

/** A table in the dump that no migration believed to have run makes (see unclaimedTables). */
export interface UnclaimedTable {
  readonly name: string;
  readonly dumpLine: number;
  /** Migrations left out of the script that create a table of this name: migrate would stop on them. */
  readonly wouldCollide: readonly string[];
}

export interface InferenceResult {
  /** Migrations in run order, then orphans. */
  readonly verdicts: readonly Verdict[];
  /** Highest batch in the tracking table (0 when empty or absent). */
  readonly highestBatch: number;
  /** The schema the migrations leave, table by table, in creation order. */
  readonly expected: ReadonlyMap<string, ExpectedTable>;
  /** Tables of the dump that no migration believed to have run makes, in dump order. */
  readonly unclaimedTables: readonly UnclaimedTable[];
}
