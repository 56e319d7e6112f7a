import type {
  CheckSpec,
  ColumnChange,
  ColumnSpec,
  ForeignKeySpec,
  IndexSpec,
  LiteralValue,
  RoutineKind,
  SourceLocation,
} from '../model/index.js';

/**
 * A checkable statement about the final schema that some migration made true:
 * "table T exists", "column T.c exists", "index I exists on T", "row R is in T".
 */
export type Fact =
  | { readonly kind: 'table'; readonly table: string }
  /** `spec` is null for a column known only by name (renamed without a known creator). */
  | { readonly kind: 'column'; readonly table: string; readonly name: string; readonly spec: ColumnSpec | null }
  /** The attributes a column change states. */
  | { readonly kind: 'columnChange'; readonly table: string; readonly change: ColumnChange }
  | { readonly kind: 'index'; readonly table: string; readonly index: IndexSpec }
  | { readonly kind: 'foreignKey'; readonly table: string; readonly foreignKey: ForeignKeySpec }
  | { readonly kind: 'check'; readonly table: string; readonly check: CheckSpec }
  | { readonly kind: 'view'; readonly name: string }
  /** `table` is '' only for a trigger a migration drops without naming its table, and that no migration made. */
  | { readonly kind: 'trigger'; readonly table: string; readonly name: string }
  /** `routine` is null only for one a migration drops without saying which kind (`DROP ROUTINE`), and that no migration made. */
  | { readonly kind: 'routine'; readonly name: string; readonly routine: RoutineKind | null }
  | { readonly kind: 'sequence'; readonly name: string }
  | { readonly kind: 'columnComment'; readonly table: string; readonly column: string; readonly text: string }
  | { readonly kind: 'enumType'; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'row'; readonly table: string; readonly row: Readonly<Record<string, LiteralValue>> };

/**
 * How firmly a fact is expected: `plain` facts decide verdicts both ways; `guarded`
 * ones (under Schema::hasTable/hasColumn) too, but `migrate` would skip them;
 * `conditional` ones (unknown condition, or rows a later data change may have touched)
 * count when present and prove nothing when missing.
 */
export type FactMode = 'plain' | 'guarded' | 'conditional';

/**
 * The same object as an earlier migration had made it, when a later migration
 * establishes a key that was already held before it ran: dropped and re-created,
 * renamed onto a name that existed, or re-created after another migration dropped it.
 * Had the later migration not run, the dump could hold the earlier object under the
 * same name, so the name alone proves nothing. `removedBy` is the migration that
 * took the earlier object away (the establishing migration itself when it did).
 */
export interface Prior {
  /** The earlier object as it last stood. */
  readonly fact: Fact;
  /** Changes later migrations made to the earlier object in place, oldest first: it may have stood as before any unproven one. */
  readonly changes: readonly FactChange[];
  readonly origin: number;
  readonly removedBy: number;
  /** The `FactEntry.step` of `removedBy`'s statement that took the earlier object away. */
  readonly removedAt: number;
}

/** A change a later migration made to a fact in place (a column's `change()`): the fact before it, and the statement that made it. */
export interface FactChange {
  readonly before: Fact;
  readonly by: number;
  /** The `FactEntry.step` of that statement in `by`. */
  readonly step: number;
}

/** A fact in the replayed schema, with the migration (index in run order) that established it. */
export interface FactEntry {
  readonly key: string;
  readonly fact: Fact;
  readonly origin: number;
  readonly mode: FactMode;
  readonly at: SourceLocation;
  readonly prior: Prior | null;
  /**
   * Why a later migration left this fact `conditional` although it was made
   * unconditionally (it may have lost it): said in place of the unknown condition.
   */
  readonly weakened: string | null;
  /** The table renames that carried this fact to its key, oldest first (empty when it never moved). */
  readonly moves: readonly Move[];
  /**
   * Where in its migration the statement that made it runs: the operation's
   * position, then the order in which that operation's statements run (a table
   * and its columns, then each index, foreign key and check). A migration that
   * fails halfway without a transaction leaves exactly the facts before its failure.
   */
  readonly step: number;
  /** Changes later migrations made to it in place, oldest first. */
  readonly changes: readonly FactChange[];
}

/**
 * One table rename that carried a fact along: the fact as it stood before, under
 * its old key, and the object its old key had held before it (see `Prior`).
 */
export interface Move {
  readonly by: number;
  readonly from: Fact;
  readonly fromKey: string;
  readonly prior: Prior | null;
}

/** The key under which a fact lives in the replayed schema; one fact per key. */
export function factKey(fact: Fact): string {
  switch (fact.kind) {
    case 'table':
      return `table:${fact.table}`;
    case 'column':
      return `column:${fact.table}.${fact.name}`;
    case 'columnChange':
      return `change:${fact.table}.${fact.change.name}`;
    case 'index':
      return fact.index.kind === 'primary' ? `index:${fact.table}:#primary` : `index:${fact.table}:${fact.index.name}`;
    case 'foreignKey':
      return `fk:${fact.table}:${fact.foreignKey.name}`;
    case 'check':
      return `check:${fact.table}:${fact.check.name ?? `#${[...fact.check.literals].sort().join(',')}`}`;
    case 'view':
      return `view:${fact.name}`;
    case 'trigger':
      return `trigger:${fact.table}:${fact.name}`;
    case 'routine':
      return `routine:${fact.name}`;
    case 'sequence':
      return `sequence:${fact.name}`;
    case 'columnComment':
      return `comment:${fact.table}.${fact.column}`;
    case 'enumType':
      return `type:${fact.name}`;
    case 'row':
      return `row:${fact.table}:${JSON.stringify(fact.row)}`;
  }
}

/** The table a fact belongs to, or null for schema-level objects. */
export function factTable(fact: Fact): string | null {
  switch (fact.kind) {
    case 'view':
    case 'enumType':
    case 'routine':
    case 'sequence':
      return null;
    default:
      return fact.table;
  }
}

/** Human wording of the object a fact is about, e.g. `column agents.avatar`. */
export function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'table':
      return `table ${fact.table}`;
    case 'column':
      return `column ${fact.table}.${fact.name}`;
    case 'columnChange':
      return `column ${fact.table}.${fact.change.name} (changed)`;
    case 'index':
      return fact.index.kind === 'primary'
        ? `primary key ${fact.table}(${fact.index.columns.join(', ')})`
        : `${fact.index.kind === 'unique' ? 'unique index' : 'index'} ${fact.index.name}`;
    case 'foreignKey':
      return `foreign key ${fact.foreignKey.name}`;
    case 'check':
      return `check ${fact.check.name ?? `on ${fact.table}`}`;
    case 'view':
      return `view ${fact.name}`;
    case 'trigger':
      return fact.table === '' ? `trigger ${fact.name}` : `trigger ${fact.name} on ${fact.table}`;
    case 'routine':
      return `${fact.routine ?? 'routine'} ${fact.name}`;
    case 'sequence':
      return `sequence ${fact.name}`;
    case 'columnComment':
      return `comment on column ${fact.table}.${fact.column}`;
    case 'enumType':
      return `type ${fact.name}`;
    case 'row':
      return `row in ${fact.table} ${describeRow(fact.row)}`;
  }
}

function describeRow(row: Readonly<Record<string, LiteralValue>>): string {
  const shown = Object.entries(row)
    .slice(0, 3)
    .map(([column, value]) => `${column}=${value === null ? 'NULL' : JSON.stringify(value)}`);
  return `(${shown.join(', ')}${Object.keys(row).length > 3 ? ', …' : ''})`;
}
