import type { Operation } from '../model/index.js';

/*
 * Which operations can change what another operation leaves behind. Judging a
 * migration in a history of its own (see `belief.ts`) replays only the operations
 * that can interact with it, so that a thousand pending migrations do not cost a
 * thousand replays of the whole folder.
 *
 * Operations interact through the replayed schema, which is keyed by table: an
 * operation acts on the facts of the tables it names, on foreign keys elsewhere
 * that reference a table it drops or renames (or a column it drops or renames),
 * and it asks guards about other tables. Tables linked by any of these fall into
 * one group; operations in different groups never see each other's facts.
 */

/** Marks the rows of every table, which a data change with no known table may have touched. */
const EVERY_ROW = '\u0000rows';

/**
 * The interaction groups of lowered migrations: for every migration, the group of
 * each of its operations (by position), and the migrations with an operation in each group.
 * Operations that touch no table (opaque code) get no group: they leave no facts.
 */
export interface InteractionGroups {
  /** `groupOf[m][k]`: group of operation k of migration m, or -1 when it touches no table. */
  readonly groupOf: readonly (readonly number[])[];
  /** Migrations with at least one operation in each group, in run order. */
  readonly members: readonly (readonly number[])[];
}

/** Groups the operations of `operations[m]` (null: the migration takes no part) by the tables through which they can interact. */
export function interactionGroups(operations: readonly (readonly Operation[] | null)[]): InteractionGroups {
  const links = new UnionFind();
  const all = operations.flatMap((list) => list ?? []);
  const targets = targetsOf(all);
  const touched = operations.map((list) => (list ?? []).map((operation) => tablesOf(operation, targets)));
  if (all.some((operation) => operation.kind === 'dataChange' && operation.table === null)) {
    for (const operation of all) if (operation.kind === 'insertRows') links.union(EVERY_ROW, lower(operation.table));
  }
  for (const perOperation of touched) {
    for (const tables of perOperation) for (const table of tables.slice(1)) links.union(tables[0]!, table);
  }
  const ids = new Map<string, number>();
  const members: number[][] = [];
  const groupOf = touched.map((perOperation, migration) =>
    perOperation.map((tables) => {
      if (tables.length === 0) return -1;
      const root = links.find(tables[0]!);
      let id = ids.get(root);
      if (id === undefined) {
        id = members.length;
        ids.set(root, id);
        members.push([]);
      }
      const list = members[id]!;
      if (list[list.length - 1] !== migration) list.push(migration);
      return id;
    }),
  );
  return { groupOf, members };
}

interface Targets {
  /** Tables dropped or renamed: every foreign key that references them is touched. */
  readonly tables: ReadonlySet<string>;
  /** `table.column` dropped or renamed: foreign keys referencing that column are touched. */
  readonly columns: ReadonlySet<string>;
  /** Index names that PostgreSQL's DROP INDEX / ALTER INDEX … RENAME name without their table. */
  readonly tablelessIndexes: ReadonlySet<string>;
}

function targetsOf(operations: readonly Operation[]): Targets {
  const tables = new Set<string>();
  const columns = new Set<string>();
  const tablelessIndexes = new Set<string>();
  for (const operation of operations) {
    switch (operation.kind) {
      case 'dropIndex':
        if (operation.table === '') tablelessIndexes.add(lower(operation.name));
        break;
      case 'renameIndex':
        if (operation.table === '') {
          tablelessIndexes.add(lower(operation.from));
          tablelessIndexes.add(lower(operation.to));
        }
        break;
      case 'dropTable':
        tables.add(lower(operation.table));
        break;
      case 'renameTable':
        tables.add(lower(operation.from));
        tables.add(lower(operation.to));
        break;
      case 'dropColumn':
        columns.add(`${lower(operation.table)}.${lower(operation.column)}`);
        break;
      case 'renameColumn':
        columns.add(`${lower(operation.table)}.${lower(operation.from)}`);
        break;
      default:
        break;
    }
  }
  return { tables, columns, tablelessIndexes };
}

/** The tables (lower-cased, with pseudo-tables for views, types and rows) through which an operation acts or asks. */
function tablesOf(operation: Operation, targets: Targets): string[] {
  const tables = new Set<string>();
  for (const guard of operation.guards) {
    if (guard.kind === 'tableExists' || guard.kind === 'columnExists' || guard.kind === 'indexExists') tables.add(lower(guard.table));
  }
  const referenced = (table: string, refTable: string, refColumns: readonly string[]) => {
    const target = lower(refTable);
    if (targets.tables.has(target) || refColumns.some((column) => targets.columns.has(`${target}.${lower(column)}`))) tables.add(target);
    tables.add(lower(table));
  };
  switch (operation.kind) {
    case 'createTable':
      tables.add(lower(operation.table));
      for (const foreignKey of operation.foreignKeys) referenced(operation.table, foreignKey.refTable, foreignKey.refColumns);
      break;
    case 'addForeignKey':
      referenced(operation.table, operation.foreignKey.refTable, operation.foreignKey.refColumns);
      break;
    case 'renameTable':
      tables.add(lower(operation.from));
      tables.add(lower(operation.to));
      break;
    case 'dropIndex':
    case 'renameIndex':
      if (operation.table !== '') tables.add(lower(operation.table));
      break;
    case 'dropTable':
    case 'addColumn':
    case 'changeColumn':
    case 'dropColumn':
    case 'renameColumn':
    case 'addIndex':
    case 'dropForeignKey':
    case 'addCheck':
    case 'dropCheck':
    case 'insertRows':
      tables.add(lower(operation.table));
      break;
    case 'dataChange':
      tables.add(operation.table === null ? EVERY_ROW : lower(operation.table));
      break;
    case 'createView':
    case 'dropView':
      tables.add(`\u0000view:${operation.name}`);
      break;
    case 'createEnumType':
    case 'dropEnumType':
      tables.add(`\u0000type:${operation.name}`);
      break;
    case 'createTrigger':
    case 'dropTrigger':
      // MySQL and SQLite name no table when dropping a trigger: the name links it to its table.
      if (operation.table !== '') tables.add(lower(operation.table));
      tables.add(`\u0000trigger:${lower(operation.name)}`);
      break;
    case 'renameTrigger':
      if (operation.table !== '') tables.add(lower(operation.table));
      tables.add(`\u0000trigger:${lower(operation.from)}`);
      tables.add(`\u0000trigger:${lower(operation.to)}`);
      break;
    case 'createRoutine':
    case 'dropRoutine':
      tables.add(`\u0000routine:${lower(operation.name)}`);
      break;
    case 'renameRoutine':
      tables.add(`\u0000routine:${lower(operation.from)}`);
      tables.add(`\u0000routine:${lower(operation.to)}`);
      break;
    case 'createSequence':
    case 'dropSequence':
      tables.add(`\u0000sequence:${lower(operation.name)}`);
      break;
    case 'renameSequence':
      tables.add(`\u0000sequence:${lower(operation.from)}`);
      tables.add(`\u0000sequence:${lower(operation.to)}`);
      break;
    case 'setColumnComment':
      tables.add(lower(operation.table));
      break;
    case 'rawSql':
    case 'opaque':
      break;
    default: {
      const unhandled: never = operation;
      throw new Error(`no interaction rule for ${(unhandled as Operation).kind}`);
    }
  }
  // An index named without its table links every table that has an index of that name.
  for (const name of indexNamesOf(operation)) if (targets.tablelessIndexes.has(name)) tables.add(`\u0000index:${name}`);
  return [...tables];
}

/** Index names an operation makes, drops or renames (lower-cased). */
function indexNamesOf(operation: Operation): string[] {
  switch (operation.kind) {
    case 'createTable':
      return operation.indexes.map((index) => lower(index.name));
    case 'addIndex':
      return [lower(operation.index.name)];
    case 'dropIndex':
      return [lower(operation.name)];
    case 'renameIndex':
      return [lower(operation.from), lower(operation.to)];
    default:
      return [];
  }
}

/** Names are linked case-insensitively: guards match tables that way, and linking too much is only slower. */
function lower(name: string): string {
  return name.toLowerCase();
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(name: string): string {
    let root = name;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    for (let node = name; node !== root; ) {
      const up = this.parent.get(node)!;
      this.parent.set(node, root);
      node = up;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
}
