import type { Dialect, Guard, InferenceResult, MigrateOutcome, Migration, Operation, SchemaSnapshot, Verdict } from '../model/index.js';
import { type GuardAnswer, columnAnswer, matchTable } from './guard-answers.js';
import { findCheck, findColumn, findForeignKey, findIndex, findIndexLike, findRoutine, findSequence, findTable, findTrigger } from './lookup.js';

/**
 * What `migrate` would do with a migration that stays untracked, judged against
 * the dumped schema: the first operation that would fail decides; otherwise data
 * changes repeat, unreadable code is unpredictable, and the rest runs. A place
 * in the migration's own file (`ownFile`) is given as its line alone.
 *
 * @param changedBefore tables (lower case) that migrations `migrate` runs
 *   before this one change, each with the first of them: the dump does not
 *   show those tables as this migration meets them, so no failure is foretold
 *   on them, and a clean run is said to follow those migrations.
 */
export function predictMigrate(operations: readonly Operation[], snapshot: SchemaSnapshot, dialect: Dialect, ownFile: string | null = null, changedBefore: ReadonlyMap<string, string> = new Map()): MigrateOutcome {
  const place = (operation: Operation) => (operation.at.file === ownFile ? `line ${operation.at.line}` : `${operation.at.file}:${operation.at.line}`);
  let ran = 0;
  let data: string | null = null;
  let opaque: string | null = null;
  // Tables this migration makes itself: what it then does to them is checked against
  // nothing in the dump (a create then an index on it must not read as "does not exist").
  const madeHere = new Set<string>();
  const reliedOn = new Set<string>();
  for (const operation of operations) {
    if (!guardsHold(operation.guards, snapshot, dialect)) continue;
    ran++;
    const table = tableOfOperation(operation)?.toLowerCase() ?? null;
    const earlier = table === null || madeHere.has(table) ? undefined : changedBefore.get(table);
    if (earlier !== undefined) reliedOn.add(earlier);
    const failure = table !== null && (madeHere.has(table) || earlier !== undefined) ? null : failureOf(operation, snapshot, dialect);
    if (operation.kind === 'createTable') madeHere.add(operation.table.toLowerCase());
    if (operation.kind === 'renameTable') madeHere.add(operation.to.toLowerCase());
    if (failure !== null) return { kind: 'fails', detail: `would fail: ${failure} (${place(operation)})` };
    if ((operation.kind === 'insertRows' || operation.kind === 'dataChange') && data === null) data = dataWording(operation);
    if ((operation.kind === 'opaque' || operation.kind === 'rawSql') && opaque === null) opaque = place(operation);
  }
  if (operations.length > 0 && ran === 0) return { kind: 'no-op', detail: 'would change nothing: every statement is guarded by an existence check that skips it on this schema' };
  if (opaque !== null) return { kind: 'unpredictable', detail: `runs code migstamp cannot read (${opaque})` };
  if (data !== null) return { kind: 'repeats-data', detail: `would run its data change again: ${data}` };
  if (operations.length === 0) return { kind: 'no-op', detail: 'has no statically visible effect' };
  if (reliedOn.size > 0) return { kind: 'runs', detail: `would run cleanly after ${[...reliedOn].join(', ')}, which migrate runs before it on the same tables` };
  return { kind: 'runs', detail: 'would run cleanly against this schema' };
}

/**
 * Foretells `next` again for the migrations `migrate` would run (neither
 * tracked nor stamped), in the order it runs them, where the first pass said
 * "would fail": a pending migration before it that creates, drops or changes
 * the same table (the first of a create-then-drop pair, a column added then
 * renamed) means the dump does not show what this one meets. Runs after every
 * stamp is settled (gaps included), since only then is the run order known.
 *
 * @param migrations the migrations as judged, with their operations lowered
 *   to the dump's dialect, matched to verdicts by name
 */
export function predictInRunOrder(result: InferenceResult, migrations: readonly Migration[], snapshot: SchemaSnapshot, dialect: Dialect): InferenceResult {
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  const changedBefore = new Map<string, string>();
  const verdicts = result.verdicts.map((verdict): Verdict => {
    const migration = byName.get(verdict.migration);
    if (migration === undefined || verdict.kind === 'tracked' || verdict.stamp || verdict.next?.kind === 'elsewhere') return verdict;
    const next = verdict.next?.kind === 'fails' && changedBefore.size > 0 ? predictMigrate(migration.operations, snapshot, dialect, migration.file, changedBefore) : verdict.next;
    for (const operation of migration.operations) {
      for (const table of tablesOfOperation(operation)) if (!changedBefore.has(table)) changedBefore.set(table, migration.name);
    }
    return next === verdict.next ? verdict : { ...verdict, next };
  });
  return { ...result, verdicts };
}

/** Would the operation run? A guard whose answer depends on the Laravel version is treated like an unknown condition. */
function guardsHold(guards: readonly Guard[], snapshot: SchemaSnapshot, dialect: Dialect): boolean {
  const same = (held: string, asked: string) => dialect.identifiersEqual(held, asked);
  const tables = () => [...snapshot.tables.values()].map((table) => table.name);
  return guards.every((guard) => {
    switch (guard.kind) {
      case 'tableExists':
        return holds(matchTable(tables(), guard.table, same)?.answer ?? 'no', guard.negated);
      case 'columnExists': {
        const table = matchTable(tables(), guard.table, same);
        const columns = table === null ? [] : (snapshot.tables.get(table.name)?.columns ?? []).map((column) => column.name);
        return holds(columnAnswer(table, columns, guard.column, same), guard.negated);
      }
      case 'indexExists': {
        const table = findTable(snapshot, guard.table, dialect);
        const exists = table !== undefined && findIndexLike(table, guard.index, dialect) !== undefined;
        return exists !== guard.negated;
      }
      case 'engine':
        return guard.engines.includes(snapshot.dialect) !== guard.negated;
      case 'unknown':
        return true;
    }
  });
}

function holds(answer: GuardAnswer, negated: boolean): boolean {
  switch (answer) {
    case 'yes':
      return !negated;
    case 'no':
      return negated;
    case 'undecided':
      return true;
  }
}

function dataWording(operation: Extract<Operation, { kind: 'insertRows' | 'dataChange' }>): string {
  if (operation.kind === 'insertRows') return `inserts rows into ${operation.table}`;
  return operation.description;
}

/** Every table an operation acts on by name, in lower case: both names of a rename. */
function tablesOfOperation(operation: Operation): string[] {
  if (operation.kind === 'renameTable') return [operation.from.toLowerCase(), operation.to.toLowerCase()];
  const table = tableOfOperation(operation);
  return table === null ? [] : [table.toLowerCase()];
}

/** The table an operation acts on, when it acts on one by name. */
function tableOfOperation(operation: Operation): string | null {
  if (operation.kind === 'renameTable') return operation.from;
  return 'table' in operation && typeof operation.table === 'string' ? operation.table : null;
}

function failureOf(operation: Operation, snapshot: SchemaSnapshot, dialect: Dialect): string | null {
  const tableOf = (name: string) => findTable(snapshot, name, dialect);
  const hasColumn = (table: string, column: string) => {
    const found = tableOf(table);
    return found !== undefined && findColumn(found, column, dialect) !== undefined;
  };
  const hasForeignKey = (table: string, name: string) => {
    const found = tableOf(table);
    return found !== undefined && findForeignKey(found, name, dialect) !== undefined;
  };
  const hasCheck = (table: string, name: string) => {
    const found = tableOf(table);
    return found !== undefined && findCheck(found, name, dialect) !== undefined;
  };
  switch (operation.kind) {
    case 'createTable':
      return tableOf(operation.table) && !operation.ifNotExists && !operation.temporary ? `table ${operation.table} already exists` : null;
    case 'dropTable':
      return !tableOf(operation.table) && !operation.ifExists ? `table ${operation.table} does not exist` : null;
    case 'renameTable':
      if (!tableOf(operation.from)) return `table ${operation.from} does not exist`;
      return tableOf(operation.to) ? `table ${operation.to} already exists` : null;
    case 'addColumn':
      if (!tableOf(operation.table)) return `table ${operation.table} does not exist`;
      return hasColumn(operation.table, operation.column.name) ? `column ${operation.table}.${operation.column.name} already exists` : null;
    case 'changeColumn':
    case 'dropColumn': {
      const column = operation.kind === 'dropColumn' ? operation.column : operation.column.name;
      return hasColumn(operation.table, column) ? null : `column ${operation.table}.${column} does not exist`;
    }
    case 'renameColumn':
      if (!hasColumn(operation.table, operation.from)) return `column ${operation.table}.${operation.from} does not exist`;
      return hasColumn(operation.table, operation.to) ? `column ${operation.table}.${operation.to} already exists` : null;
    case 'addIndex': {
      const table = tableOf(operation.table);
      if (!table) return `table ${operation.table} does not exist`;
      const spec = operation.index;
      const exists = findIndex(table, spec.name, spec.kind === 'primary', dialect) !== undefined;
      return exists ? `${spec.kind === 'primary' ? `a primary key on ${operation.table}` : `index ${spec.name}`} already exists` : null;
    }
    case 'dropIndex': {
      const table = tableOf(operation.table);
      const exists = table !== undefined && findIndex(table, operation.name, operation.indexKind === 'primary', dialect) !== undefined;
      return exists ? null : `index ${operation.name} does not exist`;
    }
    case 'addForeignKey':
      return hasForeignKey(operation.table, operation.foreignKey.name) ? `foreign key ${operation.foreignKey.name} already exists` : null;
    case 'dropForeignKey':
      return hasForeignKey(operation.table, operation.name) ? null : `foreign key ${operation.name} does not exist`;
    case 'addCheck': {
      const name = operation.check.name;
      return name !== null && hasCheck(operation.table, name) ? `constraint ${name} already exists` : null;
    }
    case 'dropCheck':
      return operation.ifExists || hasCheck(operation.table, operation.name) ? null : `constraint ${operation.name} does not exist`;
    case 'createView':
      return snapshot.views.has(operation.name) && !operation.orReplace ? `view ${operation.name} already exists` : null;
    case 'dropView':
      return !snapshot.views.has(operation.name) && !operation.ifExists ? `view ${operation.name} does not exist` : null;
    case 'createTrigger':
      return !operation.orReplace && !operation.ifNotExists && findTrigger(snapshot, operation.table, operation.name, dialect) ? `trigger ${operation.name} already exists` : null;
    case 'dropTrigger':
      return !operation.ifExists && !findTrigger(snapshot, operation.table, operation.name, dialect) ? `trigger ${operation.name} does not exist` : null;
    case 'renameTrigger':
      if (!findTrigger(snapshot, operation.table, operation.from, dialect)) return `trigger ${operation.from} does not exist`;
      return findTrigger(snapshot, operation.table, operation.to, dialect) ? `trigger ${operation.to} already exists` : null;
    case 'createRoutine':
      return !operation.orReplace && !operation.ifNotExists && findRoutine(snapshot, operation.name, operation.routine, dialect) ? `${operation.routine} ${operation.name} already exists` : null;
    case 'dropRoutine':
      return !operation.ifExists && !findRoutine(snapshot, operation.name, operation.routine, dialect) ? `${operation.routine ?? 'routine'} ${operation.name} does not exist` : null;
    case 'renameRoutine':
      if (!findRoutine(snapshot, operation.from, null, dialect)) return `routine ${operation.from} does not exist`;
      return findRoutine(snapshot, operation.to, null, dialect) ? `routine ${operation.to} already exists` : null;
    case 'createSequence':
      return !operation.ifNotExists && findSequence(snapshot, operation.name, dialect) ? `sequence ${operation.name} already exists` : null;
    case 'dropSequence':
      return !operation.ifExists && !findSequence(snapshot, operation.name, dialect) ? `sequence ${operation.name} does not exist` : null;
    case 'renameSequence':
      if (!findSequence(snapshot, operation.from, dialect)) return `sequence ${operation.from} does not exist`;
      return findSequence(snapshot, operation.to, dialect) ? `sequence ${operation.to} already exists` : null;
    case 'setColumnComment':
      return hasColumn(operation.table, operation.column) ? null : `column ${operation.table}.${operation.column} does not exist`;
    case 'createEnumType':
      return snapshot.enumTypes.has(operation.name) ? `type ${operation.name} already exists` : null;
    case 'dropEnumType':
      return !snapshot.enumTypes.has(operation.name) && !operation.ifExists ? `type ${operation.name} does not exist` : null;
    case 'insertRows':
      return tableOf(operation.table) ? null : `table ${operation.table} does not exist`;
    case 'renameIndex':
    case 'dataChange':
    case 'rawSql':
    case 'opaque':
      return null;
  }
}
