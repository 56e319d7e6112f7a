import type { ColumnChange, ColumnSpec, DefaultNameOnRename, Dialect, Guard, Operation, SourceLocation } from '../model/index.js';
import { type Fact, type FactEntry, type FactMode, type Move, type Prior, describeFact, factKey, factTable } from './facts.js';
import { isColumnChange, isIndexLike, isIndexNamed, moveToTable, renameColumnIn, usesColumn } from './fact-edits.js';
import { FactStore } from './fact-store.js';
import { type GuardAnswer, type TableMatch, columnAnswer, matchTable } from './guard-answers.js';

/**
 * A fact one migration established and a later one changed, renamed or removed
 * (`left: 'present'`), or an object one migration removed and a later one made
 * again (`left: 'absent'`): what the migration leaves is the opposite of the fact.
 */
export interface Supersession {
  readonly entry: FactEntry;
  readonly by: number;
  readonly how: string;
  readonly at: SourceLocation;
  readonly left: 'present' | 'absent';
  /**
   * Whether the later migration's statement acts on this very object (drops, renames
   * or changes it, or makes again what this one removed), so it could not have run
   * without this one. False when the object only goes along with its table or column,
   * or is stated again.
   */
  readonly needs: boolean;
}

/**
 * An object a migration removed that stays removed at the end of the replay.
 * `removed` is the fact as established, or null when no migration created it
 * (then its absence proves nothing).
 */
export interface Removal {
  readonly fact: Fact;
  readonly removed: FactEntry | null;
  readonly mode: FactMode;
  readonly at: SourceLocation;
  /** The `FactEntry.step` of the statement that removes it. */
  readonly step: number;
  /**
   * Removed along with its table, not by name: its absence adds nothing to the
   * table's, but its presence, with the table made again without it, shows the drop did not run.
   */
  readonly withTable: boolean;
  /**
   * The fact key of the column it was removed along with (an index on a dropped
   * column), or null. Its absence adds nothing to the column's while the column stays
   * dropped; once the column is made again (the same migration dropping and re-adding
   * it, say), the index's absence is all that shows the drop ran.
   */
  readonly withColumn: string | null;
}

/** An operation that a Schema guard would skip, given the migrations before it. */
export interface SkippedOperation {
  readonly operation: Operation;
  readonly guard: Guard;
}

export interface MigrationReplay {
  readonly superseded: Supersession[];
  readonly removals: Removal[];
  readonly skipped: SkippedOperation[];
  /** Data changes and opaque code: effects static reading cannot check. */
  readonly unchecked: Operation[];
  /** The `FactEntry.step` each unchecked operation would have had, in the same order. */
  readonly uncheckedSteps: number[];
}

export interface ReplayResult {
  /** The final replayed schema: every surviving fact, keyed by `factKey`. */
  readonly facts: ReadonlyMap<string, FactEntry>;
  /** What became of each migration's work, by index in run order (an empty record for one that left none). */
  readonly migration: (index: number) => MigrationReplay;
  /** Every migration that made or moved a fact under each key, in run order. */
  readonly establishers: ReadonlyMap<string, readonly number[]>;
}

/** Names in the replay are as the migrations spell them. */
const sameReplayedName = (held: string, asked: string): boolean => held === asked;

/** What the replay needs to know of the dump's engine, and how the framework's renames name keys there. */
export type ReplayEngine = Pick<Dialect, 'name' | 'addsForeignKeysToExistingTables' | 'retypingAutoIncrementKeepsPrimaryKey' | 'showsColumnComments' | 'enumCheck'> & {
  readonly defaultNameOnRename?: DefaultNameOnRename;
};

/** The replay's view of the dump's engine, with the framework's key renaming when it has one. */
export function replayEngine(dialect: Dialect, defaultNameOnRename: DefaultNameOnRename | undefined): ReplayEngine {
  const engine: ReplayEngine = {
    name: dialect.name,
    addsForeignKeysToExistingTables: dialect.addsForeignKeysToExistingTables,
    retypingAutoIncrementKeepsPrimaryKey: dialect.retypingAutoIncrementKeepsPrimaryKey,
    showsColumnComments: dialect.showsColumnComments,
    enumCheck: (table, column) => dialect.enumCheck(table, column),
  };
  return defaultNameOnRename === undefined ? engine : { ...engine, defaultNameOnRename };
}

interface PendingRemoval extends Removal {
  readonly by: number;
}

/**
 * Replays migrations, in run order, over an empty abstract schema, remembering
 * which migration established every fact and which later migration superseded it.
 * `operationsOf(i)` returns null for migrations that take no part (other connection,
 * unreadable file, or not in the history being replayed). `order`, when given, lists
 * the only migrations to ask about, ascending. `positions` gives each operation's
 * place in its migration when `operationsOf` leaves some out (see `FactEntry.step`).
 * Operations must already be lowered (no `rawSql`).
 */
export function replay(count: number, engine: ReplayEngine, operationsOf: (index: number) => readonly Operation[] | null, order?: readonly number[], positions?: ReadonlyMap<Operation, number>): ReplayResult {
  const state = new ReplayState(engine);
  const run = (index: number) => {
    const operations = operationsOf(index);
    if (operations === null) return;
    operations.forEach((operation, position) => state.apply(index, operation, positions?.get(operation) ?? position));
  };
  if (order === undefined) for (let index = 0; index < count; index++) run(index);
  else for (const index of order) run(index);
  return state.finish();
}

/** Two changes of one column in order: what the later states wins, what only the earlier states stays. */
function combineChanges(earlier: ColumnChange, later: ColumnChange): ColumnChange {
  return {
    ...later,
    type: later.type ?? earlier.type,
    nullable: later.nullable ?? earlier.nullable,
    default: later.default === undefined ? earlier.default : later.default,
    autoIncrement: later.autoIncrement ?? earlier.autoIncrement,
  };
}

/** Room for the statements of one operation in `FactEntry.step` (a table with its columns, indexes and keys). */
const STATEMENTS_PER_OPERATION = 100_000;

/** What a migration that made, changed or removed nothing leaves behind; shared, never written. */
const UNTOUCHED: MigrationReplay = Object.freeze({ superseded: [], removals: [], skipped: [], unchecked: [], uncheckedSteps: [] });

class ReplayState {
  private readonly facts = new FactStore();
  private readonly removals = new Map<string, PendingRemoval>();
  /** The last fact that held each key no fact holds now, and the migration that took it away. */
  private readonly vacated = new Map<string, { readonly entry: FactEntry; readonly by: number; readonly step: number }>();
  /** Filled only for migrations that leave a record: a history of one pending migration among thousands stays cheap. */
  private readonly records = new Map<number, MigrationReplay>();
  private readonly establishers = new Map<string, number[]>();

  constructor(private readonly engine: ReplayEngine) {}

  private recordUnchecked(index: number, operation: Operation): void {
    const record = this.recordOf(index);
    record.unchecked.push(operation);
    record.uncheckedSteps.push(this.step);
  }

  private recordOf(index: number): MigrationReplay {
    let record = this.records.get(index);
    if (record === undefined) {
      record = { superseded: [], removals: [], skipped: [], unchecked: [], uncheckedSteps: [] };
      this.records.set(index, record);
    }
    return record;
  }

  /** Statements of one operation run in the order its facts are added; see `FactEntry.step`. */
  private step = 0;

  apply(index: number, operation: Operation, position: number): void {
    this.step = position * STATEMENTS_PER_OPERATION;
    const decision = this.evaluateGuards(operation.guards);
    if (decision.skip !== null) {
      this.recordOf(index).skipped.push({ operation, guard: decision.skip });
      return;
    }
    const mode = decision.mode;
    const at = operation.at;
    switch (operation.kind) {
      case 'createTable': {
        const table = operation.table;
        if (operation.temporary) return;
        if (operation.ifNotExists && this.facts.has(factKey({ kind: 'table', table }))) return;
        // One CREATE TABLE statement makes the table with all its columns (and the CHECKs enum columns
        // carry); indexes, keys and comments follow as statements of their own.
        const statement = this.step++;
        this.add(index, { kind: 'table', table }, mode, at, statement);
        for (const column of operation.columns) {
          this.add(index, { kind: 'column', table, name: column.name, spec: column }, mode, column.at, statement);
          this.addEnumCheck(index, table, column, mode, statement);
        }
        for (const column of operation.columns) this.addComment(index, table, column, mode);
        for (const spec of operation.indexes) this.add(index, { kind: 'index', table, index: spec }, mode, spec.at);
        for (const fk of operation.foreignKeys) this.add(index, { kind: 'foreignKey', table, foreignKey: fk }, mode, fk.at);
        for (const check of operation.checks) this.add(index, { kind: 'check', table, check }, mode, check.at);
        return;
      }
      case 'dropTable':
        this.removeTable(index, operation.table, mode, at);
        return;
      case 'renameTable':
        this.renameTable(index, operation.from, operation.to, mode, at, operation.renamesDefaultNames === true);
        return;
      case 'addColumn':
        this.add(index, { kind: 'column', table: operation.table, name: operation.column.name, spec: operation.column }, mode, at);
        this.addComment(index, operation.table, operation.column, mode);
        this.addEnumCheck(index, operation.table, operation.column, mode);
        return;
      case 'changeColumn':
        this.changeColumn(index, operation.table, operation, mode);
        return;
      case 'dropColumn':
        this.dropColumn(index, operation.table, operation.column, mode, at);
        return;
      case 'renameColumn':
        this.renameColumn(index, operation.table, operation.from, operation.to, mode, at, operation.renamesDefaultNames === true);
        return;
      case 'addIndex':
        this.add(index, { kind: 'index', table: operation.table, index: operation.index }, mode, at);
        return;
      case 'dropIndex':
        // DROP INDEX names no table in PostgreSQL (table ''); then any table's index of that name is meant.
        this.removeWhere(operation.table, index, mode, at, 'dropped', (entry) => entry.fact.kind === 'index' && isIndexNamed(entry.fact, operation.table === '' ? entry.fact.table : operation.table, operation.name, operation.indexKind));
        return;
      case 'renameIndex':
        this.renameIndex(index, operation.table, operation.from, operation.to, mode, at);
        return;
      case 'addForeignKey': {
        const addedLater = this.engine.addsForeignKeysToExistingTables || operation.addedOnEveryEngine === true ? mode : 'conditional';
        this.add(index, { kind: 'foreignKey', table: operation.table, foreignKey: operation.foreignKey }, addedLater, at);
        return;
      }
      case 'dropForeignKey':
        this.removeWhere(operation.table, index, mode, at, 'dropped', (entry) => entry.fact.kind === 'foreignKey' && entry.fact.table === operation.table && entry.fact.foreignKey.name === operation.name);
        return;
      case 'addCheck':
        this.add(index, { kind: 'check', table: operation.table, check: operation.check }, mode, at);
        return;
      case 'dropCheck':
        this.removeWhere(operation.table, index, mode, at, 'dropped', (entry) => entry.fact.kind === 'check' && entry.fact.table === operation.table && entry.fact.check.name === operation.name);
        return;
      case 'createView':
        this.add(index, { kind: 'view', name: operation.name }, mode, at);
        return;
      case 'dropView':
        this.remove(index, factKey({ kind: 'view', name: operation.name }), { kind: 'view', name: operation.name }, mode, at, 'dropped');
        return;
      case 'createTrigger': {
        const fact: Fact = { kind: 'trigger', table: operation.table, name: operation.name };
        if (operation.ifNotExists && this.facts.has(factKey(fact))) return;
        // Made again after a DROP TRIGGER that named no table.
        this.settleRemoval(factKey({ kind: 'trigger', table: '', name: operation.name }), index, at);
        this.add(index, fact, mode, at);
        return;
      }
      case 'dropTrigger':
        this.dropTrigger(index, operation.table, operation.name, mode, at);
        return;
      case 'renameTrigger':
        this.renameObject(index, { kind: 'trigger', table: operation.table, name: operation.from }, (from) => ({ ...from, name: operation.to }), mode, at);
        return;
      case 'createRoutine': {
        const fact: Fact = { kind: 'routine', name: operation.name, routine: operation.routine };
        if (operation.ifNotExists && this.facts.has(factKey(fact))) return;
        this.add(index, fact, mode, at);
        return;
      }
      case 'dropRoutine': {
        const fact: Fact = { kind: 'routine', name: operation.name, routine: operation.routine };
        this.remove(index, factKey(fact), fact, mode, at, 'dropped');
        return;
      }
      case 'renameRoutine':
        this.renameObject(index, { kind: 'routine', name: operation.from, routine: null }, (from) => ({ ...from, name: operation.to }), mode, at);
        return;
      case 'createSequence': {
        const fact: Fact = { kind: 'sequence', name: operation.name };
        if (operation.ifNotExists && this.facts.has(factKey(fact))) return;
        this.add(index, fact, mode, at);
        return;
      }
      case 'dropSequence':
        this.remove(index, factKey({ kind: 'sequence', name: operation.name }), { kind: 'sequence', name: operation.name }, mode, at, 'dropped');
        return;
      case 'renameSequence':
        this.renameObject(index, { kind: 'sequence', name: operation.from }, (from) => ({ ...from, name: operation.to }), mode, at);
        return;
      case 'setColumnComment':
        this.setComment(index, operation.table, operation.column, operation.comment, mode, at);
        return;
      case 'createEnumType':
        this.add(index, { kind: 'enumType', name: operation.name, values: operation.values }, mode, at);
        return;
      case 'dropEnumType':
        this.remove(index, factKey({ kind: 'enumType', name: operation.name, values: [] }), { kind: 'enumType', name: operation.name, values: [] }, mode, at, 'dropped');
        return;
      case 'insertRows':
        if (operation.rows === null) {
          this.recordUnchecked(index, operation);
          return;
        }
        for (const row of operation.rows) this.add(index, { kind: 'row', table: operation.table, row }, mode, at);
        return;
      case 'dataChange':
        // Rows inserted earlier may have been changed or deleted: their absence proves nothing any more.
        this.weakenRows(operation.table);
        this.recordUnchecked(index, operation);
        return;
      case 'opaque':
      case 'rawSql':
        this.recordUnchecked(index, operation);
        return;
    }
  }

  finish(): ReplayResult {
    for (const [, removal] of this.removals) {
      const { by, ...rest } = removal;
      this.recordOf(by).removals.push(rest);
    }
    const records = this.records;
    return { facts: this.facts.asMap(), migration: (index) => records.get(index) ?? UNTOUCHED, establishers: this.establishers };
  }

  private evaluateGuards(guards: readonly Guard[]): { skip: Guard | null; mode: FactMode } {
    let mode: FactMode = 'plain';
    for (const guard of guards) {
      switch (guard.kind) {
        case 'tableExists':
        case 'columnExists':
        case 'indexExists': {
          const answer = this.exists(guard);
          if (answer === 'undecided') {
            // Laravel versions disagree on it: whatever the guard controls may or may not have run.
            mode = 'conditional';
            break;
          }
          if ((answer === 'yes') === guard.negated) return { skip: guard, mode };
          if (mode === 'plain') mode = 'guarded';
          break;
        }
        case 'engine':
          if (guard.engines.includes(this.engine.name) === guard.negated) return { skip: guard, mode };
          break;
        case 'unknown':
          mode = 'conditional';
          break;
      }
    }
    return { skip: null, mode };
  }

  /** Whether the object a schema guard asks about exists, given the migrations replayed so far, as Laravel would answer. */
  private exists(guard: Extract<Guard, { kind: 'tableExists' | 'columnExists' | 'indexExists' }>): GuardAnswer {
    switch (guard.kind) {
      case 'tableExists':
        return this.matchTable(guard.table)?.answer ?? 'no';
      case 'columnExists': {
        const table = this.matchTable(guard.table);
        const columns = table === null ? [] : this.facts.related(table.name).flatMap((entry) => (entry.fact.kind === 'column' && entry.fact.table === table.name ? [entry.fact.name] : []));
        return columnAnswer(table, columns, guard.column, sameReplayedName);
      }
      case 'indexExists':
        return this.facts.related(guard.table).some((entry) => isIndexLike(entry.fact, guard.table, guard.index)) ? 'yes' : 'no';
    }
  }

  /** The table a hasTable/hasColumn guard finds; the exact name is looked up first, since listing every table costs a pass over all facts. */
  private matchTable(name: string): TableMatch | null {
    if (this.facts.has(`table:${name}`)) return { name, answer: 'yes' };
    const tables = [...this.facts.values()].flatMap((entry) => (entry.fact.kind === 'table' ? [entry.fact.table] : []));
    return matchTable(tables, name, sameReplayedName);
  }

  private add(index: number, fact: Fact, mode: FactMode, at: SourceLocation, step: number = this.step++): void {
    const key = factKey(fact);
    const previous = this.facts.get(key);
    if (previous !== undefined && previous.origin !== index) {
      this.supersede(previous, index, 'replaced', at, false);
    }
    this.settleRemoval(key, index, at);
    this.facts.set({ key, fact, origin: index, mode, at, prior: this.priorOf(key, previous, index), weakened: null, moves: [], step, changes: [] });
    this.establish(key, index);
    this.vacated.delete(key);
  }

  /**
   * Moves a fact to its new key (its table was renamed by `index`), keeping the
   * migration that made it. Like `add`, the new key may have held an earlier object:
   * the idiom "create t_new, copy, drop t, rename t_new to t" ends with columns
   * named as the old table's were, and those names alone prove nothing.
   */
  private move(index: number, entry: FactEntry, moved: Fact, at: SourceLocation): void {
    const key = factKey(moved);
    this.vacate(entry, index);
    this.settleRemoval(key, index, at);
    const move: Move = { by: index, from: entry.fact, fromKey: entry.key, prior: entry.prior };
    this.facts.set({ ...entry, key, fact: moved, prior: this.priorOf(key, this.facts.get(key), index) ?? entry.prior, moves: [...entry.moves, move] });
    this.vacated.delete(key);
    this.establish(key, index);
  }

  private establish(key: string, index: number): void {
    const list = this.establishers.get(key);
    if (list === undefined) this.establishers.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  }

  /** An object some migration removed is made again under `key` by `index`: the removal no longer holds at the end. */
  private settleRemoval(key: string, index: number, at: SourceLocation): void {
    const removal = this.removals.get(key);
    if (removal === undefined) return;
    this.removals.delete(key);
    if (removal.by === index) return;
    this.recordOf(removal.by).superseded.push({
      entry: { key, fact: removal.fact, origin: removal.by, mode: removal.mode, at: removal.at, prior: null, weakened: null, moves: [], step: removal.step, changes: [] },
      by: index,
      how: 're-created',
      at,
      left: 'absent',
      needs: true,
    });
  }

  /** The object an earlier migration made under `key` before `index` established it there, if any. */
  private priorOf(key: string, previous: FactEntry | undefined, index: number): Prior | null {
    if (previous !== undefined) {
      return previous.origin === index ? previous.prior : { fact: previous.fact, changes: previous.changes, origin: previous.origin, removedBy: index, removedAt: this.step };
    }
    const gone = this.vacated.get(key);
    if (gone === undefined) return null;
    // Made again by the migration that made it first (created, renamed away, created again): had it
    // stopped halfway, the dump would show the first one, so the name alone does not prove the later statement ran.
    return { fact: gone.entry.fact, changes: gone.entry.changes, origin: gone.entry.origin, removedBy: gone.by, removedAt: gone.step };
  }

  /** Takes a fact out of the schema, remembering it in case a later operation makes its key hold again. */
  private vacate(entry: FactEntry, by: number): void {
    this.facts.delete(entry.key);
    this.vacated.set(entry.key, { entry, by, step: this.step });
  }

  /** Records that `index` leaves the object at `key` absent (as a rename leaves its old name). */
  private expectGone(index: number, key: string, fact: Fact, removed: FactEntry | null, mode: FactMode, at: SourceLocation): void {
    // An object the same migration made and renamed proves nothing by its old name's absence (its
    // creator is the migration being judged, never proven yet), but its presence shows the rename did not run.
    this.removals.set(key, { fact: removed?.fact ?? fact, removed, mode, at, by: index, step: this.step, withTable: false, withColumn: null });
  }

  private supersede(entry: FactEntry, by: number, how: string, at: SourceLocation, needs = true): void {
    if (entry.origin === by) return;
    this.recordOf(entry.origin).superseded.push({ entry, by, how, at, left: 'present', needs });
  }

  /** Removes one fact and records that `index` expects it absent. */
  private remove(index: number, key: string, fact: Fact, mode: FactMode, at: SourceLocation, how: string): void {
    const entry = this.facts.get(key) ?? null;
    if (entry !== null) {
      this.vacate(entry, index);
      this.supersede(entry, index, how, at);
    }
    this.removals.set(key, { fact: entry?.fact ?? fact, removed: entry, mode, at, by: index, step: this.step, withTable: false, withColumn: null });
  }

  private removeWhere(table: string, index: number, mode: FactMode, at: SourceLocation, how: string, matches: (entry: FactEntry) => boolean): void {
    for (const entry of this.scope(table)) {
      if (matches(entry)) this.remove(index, entry.key, entry.fact, mode, at, how);
    }
  }

  /** Removes without expecting absence: objects that vanish along with what was dropped. */
  private discardWhere(table: string, index: number, at: SourceLocation, how: string, matches: (entry: FactEntry) => boolean): void {
    for (const entry of this.facts.related(table)) {
      if (!matches(entry)) continue;
      this.vacate(entry, index);
      this.supersede(entry, index, how, at, false);
    }
  }

  private removeTable(index: number, table: string, mode: FactMode, at: SourceLocation): void {
    for (const entry of this.facts.related(table)) {
      const kind = entry.fact.kind;
      if ((kind === 'column' || kind === 'index' || kind === 'foreignKey' || kind === 'check' || kind === 'trigger' || kind === 'columnComment') && factTable(entry.fact) === table) {
        this.removals.set(entry.key, { fact: entry.fact, removed: entry, mode, at, by: index, step: this.step, withTable: true, withColumn: null });
      }
    }
    this.discardWhere(table, index, at, `dropped with table ${table}`, (entry) => entry.fact.kind !== 'table' && factTable(entry.fact) === table);
    this.remove(index, `table:${table}`, { kind: 'table', table }, mode, at, 'dropped');
  }

  private renameTable(index: number, from: string, to: string, mode: FactMode, at: SourceLocation, renamesDefaultNames: boolean): void {
    const table = this.facts.get(`table:${from}`) ?? null;
    for (const entry of this.facts.related(from)) {
      const moved = moveToTable(entry.fact, from, to);
      if (moved === null) continue;
      const named = renamesDefaultNames ? this.defaultRenamed(entry.fact, moved) : null;
      if (entry.fact.kind === 'table') {
        this.vacate(entry, index);
        this.supersede(entry, index, `renamed to ${to}`, at);
        this.add(index, moved, mode, at);
      } else if (named !== null) {
        this.renameKey(index, entry, named, mode, at);
      } else {
        this.move(index, entry, moved, at);
      }
    }
    this.expectGone(index, `table:${from}`, { kind: 'table', table: from }, table, mode, at);
  }

  private changeColumn(index: number, table: string, operation: Extract<Operation, { kind: 'changeColumn' }>, mode: FactMode): void {
    const columnKey = `column:${table}.${operation.column.name}`;
    const existing = this.facts.get(columnKey);
    if (existing !== undefined && existing.fact.kind === 'column') {
      const before = existing.fact.spec;
      const change = operation.column;
      const merged =
        before === null
          ? null
          : {
              ...before,
              type: change.type ?? before.type,
              nullable: change.nullable ?? before.nullable,
              default: change.default === undefined ? before.default : (change.default ?? undefined),
            };
      this.facts.set({ ...existing, fact: { kind: 'column', table, name: existing.fact.name, spec: merged }, changes: [...existing.changes, { before: existing.fact, by: index, step: this.step }] });
      this.supersede(existing, index, 'changed', operation.at);
      if (this.mayLosePrimaryKey(before, change)) this.weakenPrimaryKey(table, change.name);
      this.weakenComment(table, change.name, index);
    }
    const changeKey = `change:${table}.${operation.column.name}`;
    const earlierChange = this.facts.get(changeKey);
    // A migration that changes one column twice leaves what both state, the later winning.
    const ownEarlier = earlierChange !== undefined && earlierChange.origin === index && earlierChange.fact.kind === 'columnChange' ? earlierChange.fact.change : null;
    const fact: Fact = { kind: 'columnChange', table, change: ownEarlier === null ? operation.column : combineChanges(ownEarlier, operation.column) };
    const step = this.step;
    this.add(index, fact, mode, operation.at);
    // A change that states what the column already was (->nullable()->change() on a nullable
    // column) leaves the dump as it found it: the column before the change is its prior. A
    // migration that changes one column twice is compared with the column as it found it.
    if (existing !== undefined && existing.fact.kind === 'column' && existing.fact.spec !== null) {
      const entry = this.facts.get(changeKey)!;
      const prior = earlierChange !== undefined && earlierChange.origin === index && earlierChange.prior !== null ? earlierChange.prior : { fact: existing.fact, changes: existing.changes, origin: existing.origin, removedBy: index, removedAt: step };
      this.facts.set({ ...entry, prior });
    }
  }

  /** A column made with a comment (Laravel's `->comment()`, MySQL's `COMMENT '…'`); '' is no comment in any engine. */
  private addComment(index: number, table: string, column: ColumnSpec, mode: FactMode): void {
    if (column.comment === null || column.comment === '') return;
    this.add(index, { kind: 'columnComment', table, column: column.name, text: column.comment }, mode, column.at);
  }

  /** The CHECK the engine makes for an enum column (PostgreSQL's `{table}_{column}_check`), made by the same migration. */
  private addEnumCheck(index: number, table: string, column: ColumnSpec, mode: FactMode, step: number = this.step++): void {
    const check = this.engine.enumCheck(table, column);
    if (check !== null) this.add(index, { kind: 'check', table, check }, mode, column.at, step);
  }

  private setComment(index: number, table: string, column: string, text: string | null, mode: FactMode, at: SourceLocation): void {
    if (text !== null && text !== '') {
      this.add(index, { kind: 'columnComment', table, column, text }, mode, at);
      return;
    }
    // Where the engine keeps no comments, removing one leaves nothing to look for.
    if (!this.engine.showsColumnComments) return;
    this.removeWhere(table, index, mode, at, 'removed', (entry) => entry.fact.kind === 'columnComment' && entry.fact.table === table && entry.fact.column === column);
  }

  /**
   * A `change()` restates the column: Laravel 11+ (and MySQL's MODIFY) drop a comment
   * it does not repeat, Laravel 8–10 keep it. The comment made before may therefore be
   * gone: from now on its absence proves nothing. A comment the change states comes
   * after it as an operation of its own.
   */
  private weakenComment(table: string, column: string, index: number): void {
    const entry = this.facts.get(`comment:${table}.${column}`);
    if (entry === undefined || entry.origin === index || entry.mode === 'conditional') return;
    this.facts.set({ ...entry, mode: 'conditional', weakened: 'a later change() restated the column, which drops its comment in Laravel 11+ unless the change repeats it' });
  }

  /** DROP TRIGGER names its table on PostgreSQL only; elsewhere the name alone finds it. */
  private dropTrigger(index: number, table: string, name: string, mode: FactMode, at: SourceLocation): void {
    const fact: Fact = { kind: 'trigger', table, name };
    if (table !== '') {
      this.remove(index, factKey(fact), fact, mode, at, 'dropped');
      return;
    }
    const known = [...this.facts.values()].filter((entry) => entry.fact.kind === 'trigger' && entry.fact.name === name);
    if (known.length === 0) this.remove(index, factKey(fact), fact, mode, at, 'dropped');
    for (const entry of known) this.remove(index, entry.key, entry.fact, mode, at, 'dropped');
  }

  /** ALTER … RENAME TO of a trigger, routine or sequence: the new name is this migration's, the old one must be gone. */
  private renameObject(index: number, from: Fact, renamed: (from: Fact) => Fact, mode: FactMode, at: SourceLocation): void {
    const fromKey = factKey(from);
    const entry = this.facts.get(fromKey) ?? null;
    const to = renamed(entry?.fact ?? from);
    if (entry !== null) {
      this.vacate(entry, index);
      this.supersede(entry, index, `renamed to ${describeFact(to)}`, at);
    }
    this.add(index, to, mode, at);
    this.expectGone(index, fromKey, from, entry, mode, at);
  }

  private dropColumn(index: number, table: string, column: string, mode: FactMode, at: SourceLocation): void {
    // Engines drop the indexes, foreign keys, CHECKs and comment of a dropped column along with it.
    const columnKey = `column:${table}.${column}`;
    for (const entry of this.scope(table)) {
      if (entry.fact.kind === 'index' && usesColumn(entry.fact, table, column)) {
        this.removals.set(entry.key, { fact: entry.fact, removed: entry, mode, at, by: index, step: this.step, withTable: false, withColumn: columnKey });
      }
    }
    this.discardWhere(table, index, at, `dropped with column ${table}.${column}`, (entry) => usesColumn(entry.fact, table, column) || isColumnChange(entry.fact, table, column));
    this.remove(index, columnKey, { kind: 'column', table, name: column, spec: null }, mode, at, 'dropped');
  }

  private renameColumn(index: number, table: string, from: string, to: string, mode: FactMode, at: SourceLocation, renamesDefaultNames: boolean): void {
    const entry = this.facts.get(`column:${table}.${from}`);
    this.discardWhere(table, index, at, `column renamed to ${to}`, (candidate) => isColumnChange(candidate.fact, table, from));
    for (const dependent of this.facts.related(table)) {
      const renamed = renameColumnIn(dependent.fact, table, from, to);
      if (renamed === null) continue;
      const named = renamesDefaultNames ? this.defaultRenamed(dependent.fact, renamed) : null;
      if (named !== null) {
        this.renameKey(index, dependent, named, mode, at);
        continue;
      }
      this.facts.delete(dependent.key);
      this.facts.set({ ...dependent, key: factKey(renamed), fact: renamed });
    }
    const fromKey = `column:${table}.${from}`;
    const source: Fact = { kind: 'column', table, name: from, spec: null };
    if (entry === undefined || entry.fact.kind !== 'column') {
      this.add(index, { kind: 'column', table, name: to, spec: null }, mode, at);
      this.expectGone(index, fromKey, source, null, mode, at);
      return;
    }
    this.vacate(entry, index);
    this.supersede(entry, index, `renamed to ${to}`, at);
    const spec = entry.fact.spec === null ? null : { ...entry.fact.spec, name: to };
    this.add(index, { kind: 'column', table, name: to, spec }, mode, at);
    this.expectGone(index, fromKey, source, entry, mode, at);
  }

  /**
   * The key or index `before` as the framework's rename call leaves it (`after`, with the
   * name the framework gives it on this engine), or null when it keeps its name.
   */
  private defaultRenamed(before: Fact, after: Fact): Fact | null {
    const hook = this.engine.defaultNameOnRename;
    if (hook === undefined) return null;
    if (before.kind === 'index' && after.kind === 'index') {
      const name = hook(this.engine.name, { kind: before.index.kind, name: before.index.name, before: { table: before.table, columns: before.index.columns }, after: { table: after.table, columns: after.index.columns } });
      return name === null || name === before.index.name ? null : { ...after, index: { ...after.index, name } };
    }
    if (before.kind === 'foreignKey' && after.kind === 'foreignKey') {
      // Only the key's own table and columns name it: a key that merely references the renamed table or column keeps its name.
      const own = before.table !== after.table || before.foreignKey.columns.join('\u0000') !== after.foreignKey.columns.join('\u0000');
      if (!own) return null;
      const name = hook(this.engine.name, { kind: 'foreignKey', name: before.foreignKey.name, before: { table: before.table, columns: before.foreignKey.columns }, after: { table: after.table, columns: after.foreignKey.columns } });
      return name === null || name === before.foreignKey.name ? null : { ...after, foreignKey: { ...after.foreignKey, name } };
    }
    return null;
  }

  /**
   * A key renamed along with its table or column: as an explicit rename would, the new
   * name is this migration's own effect (so a rename that stopped before it is seen
   * partial), and the key's maker is superseded.
   */
  private renameKey(index: number, entry: FactEntry, renamed: Fact, mode: FactMode, at: SourceLocation): void {
    this.vacate(entry, index);
    this.supersede(entry, index, `renamed to ${describeFact(renamed)}`, at);
    this.add(index, renamed, mode, at);
  }

  private renameIndex(index: number, table: string, from: string, to: string, mode: FactMode, at: SourceLocation): void {
    // ALTER INDEX ... RENAME names no table (table ''); then any table's index of that name is meant.
    const entry = this.scope(table).find((candidate) => candidate.fact.kind === 'index' && isIndexNamed(candidate.fact, candidate.fact.table, from, null));
    if (entry === undefined || entry.fact.kind !== 'index') return;
    this.vacate(entry, index);
    this.supersede(entry, index, `renamed to ${to}`, at);
    this.add(index, { kind: 'index', table: entry.fact.table, index: { ...entry.fact.index, name: to } }, mode, at);
  }

  /** The facts an operation on `table` can touch; every fact when the SQL named no table. */
  private scope(table: string): FactEntry[] {
    return table === '' ? [...this.facts.values()] : this.facts.related(table);
  }

  private weakenRows(table: string | null): void {
    const candidates = table === null ? [...this.facts.values()] : this.facts.related(table);
    for (const entry of candidates) {
      if (entry.fact.kind === 'row') this.facts.set({ ...entry, mode: 'conditional' });
    }
  }

  /**
   * Whether retyping a column may drop its table's primary key: Doctrine DBAL's SQLite
   * rebuild keeps the column's auto-increment flag, so the key it declared inline is
   * written neither inline (the type is no longer INTEGER) nor as PRIMARY KEY(...).
   * A column known only by name might be that column.
   */
  private mayLosePrimaryKey(before: ColumnSpec | null, change: ColumnChange): boolean {
    if (this.engine.retypingAutoIncrementKeepsPrimaryKey || change.type === null || change.type.kind === 'integer') return false;
    return before === null || before.autoIncrement;
  }

  /** The primary key on `column` may have been lost by a later migration: from now on its absence proves nothing. */
  private weakenPrimaryKey(table: string, column: string): void {
    const entry = this.facts.get(`index:${table}:#primary`);
    if (entry === undefined || entry.fact.kind !== 'index' || !entry.fact.index.columns.includes(column) || entry.mode === 'conditional') return;
    this.facts.set({ ...entry, mode: 'conditional', weakened: 'a later change() gave its auto-increment column another type, which on this engine can drop the primary key' });
  }
}
