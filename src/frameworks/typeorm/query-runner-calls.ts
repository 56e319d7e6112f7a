/**
 * QueryRunner calls in `up()` as operations (https://typeorm.io/docs/migrations/api):
 * `query()` SQL for the dialect to read, and the schema methods with the names
 * TypeORM gives what a migration leaves unnamed. Methods that only read
 * (`hasTable`, `getTable`, …) or steer the transaction change nothing.
 */
import type { DialectName, ForeignKeySpec, Guard, IndexSpec, Operation, SourceLocation } from '../../model/index.js';
import { foreignKeyName, indexName, uniqueConstraintName } from './naming-strategy.js';
import {
  columnNameOf,
  columnOf,
  foreignKeyOf,
  indexOf,
  itemsOf,
  primaryKeyOf,
  propsOf,
  type Read,
  tableNameOf,
  uniqueColumnOf,
  uniqueOf,
} from './schema-objects.js';
import { type Value, booleanOf, textOf, textsOf } from './static-values.js';

/** What a call is and where it stands. */
export interface CallSite {
  readonly method: string;
  readonly args: readonly Value[];
  readonly at: SourceLocation;
  readonly guards: readonly Guard[];
  /** The call's source text, for reasons. */
  readonly text: string;
}

/** Calls that read the schema or steer the transaction: no effect of their own. */
const NO_EFFECT = new Set([
  'hasTable', 'hasColumn', 'hasDatabase', 'hasSchema', 'getTable', 'getTables', 'getView', 'getViews', 'getDatabases',
  'getCurrentDatabase', 'getCurrentSchema', 'getReplicationMode', 'connect', 'release', 'startTransaction',
  'commitTransaction', 'rollbackTransaction', 'beforeMigration', 'afterMigration', 'clearSqlMemory', 'enableSqlMemory',
  'disableSqlMemory', 'getMemorySql', 'getTableComment', 'stream',
]);

type Ops = Operation[];

/** The operations one QueryRunner call makes. Never throws: what it cannot read becomes `opaque`. */
export function queryRunnerCall(call: CallSite): Ops {
  const base = { at: call.at, guards: call.guards };
  const opaque = (reason: string): Ops => [{ ...base, kind: 'opaque', reason }];
  const [first, second, third] = call.args;
  const table = tableNameOf(first);
  if (NO_EFFECT.has(call.method)) return [];
  if (call.method === 'query' || call.method === 'sql') return query(call, base);
  if (table === null) return opaque(`${call.text}: the table is not known statically`);
  const each = (value: Value | undefined, one: (item: Value) => Ops): Ops => {
    const items = itemsOf(value);
    return items === null ? opaque(`${call.text}: the list is not known statically`) : items.flatMap(one);
  };
  const spec = <T>(read: Read<T>, make: (value: T) => Operation): Ops => (read.ok ? [make(read.spec)] : opaque(`${call.text}: ${read.reason}`));
  switch (call.method) {
    case 'createTable':
      return createTable(first!, booleanOf(second, false), booleanOf(call.args[2], true), booleanOf(call.args[3], true), base, call.text);
    case 'dropTable':
      return [{ ...base, kind: 'dropTable', table, ifExists: booleanOf(second, false) }];
    case 'renameTable': {
      const to = tableNameOf(second);
      return to === null ? opaque(`${call.text}: the new name is not known statically`) : [{ ...base, kind: 'renameTable', from: table, to, renamesDefaultNames: true }];
    }
    case 'addColumn':
      return addColumn(table, second, base, call.text);
    case 'addColumns':
      return each(second, (column) => addColumn(table, column, base, call.text));
    case 'dropColumn':
      return dropColumn(table, second, base, call.text);
    case 'dropColumns':
      return each(second, (column) => dropColumn(table, column, base, call.text));
    case 'renameColumn': {
      const from = columnNameOf(second);
      const to = columnNameOf(third);
      if (from === null || to === null) return opaque(`${call.text}: a column name is not known statically`);
      return [{ ...base, kind: 'renameColumn', table, from, to, renamesDefaultNames: true }];
    }
    case 'changeColumn':
      return changeColumn(table, second, third, base, call.text);
    case 'changeColumns':
      return each(second, (change) => changeColumn(table, propsOf(change)?.get('oldColumn'), propsOf(change)?.get('newColumn'), base, call.text));
    case 'createIndex':
      return spec(indexOf(table, second ?? { kind: 'null' }, call.at), (index) => ({ ...base, kind: 'addIndex', table, index }));
    case 'createIndices':
      return each(second, (index) => spec(indexOf(table, index, call.at), (made) => ({ ...base, kind: 'addIndex', table, index: made })));
    case 'dropIndex':
      return dropNamed(table, second, 'index', base, call.text);
    case 'dropIndices':
      return each(second, (index) => dropNamed(table, index, 'index', base, call.text));
    case 'createUniqueConstraint':
      return spec(uniqueOf(table, second ?? { kind: 'null' }, call.at), (index) => ({ ...base, kind: 'addIndex', table, index }));
    case 'createUniqueConstraints':
      return each(second, (unique) => spec(uniqueOf(table, unique, call.at), (index) => ({ ...base, kind: 'addIndex', table, index })));
    case 'dropUniqueConstraint':
      return dropNamed(table, second, 'unique', base, call.text);
    case 'dropUniqueConstraints':
      return each(second, (unique) => dropNamed(table, unique, 'unique', base, call.text));
    case 'createPrimaryKey': {
      const columns = textsOf(second);
      return columns === null ? opaque(`${call.text}: the columns are not known statically`) : [{ ...base, kind: 'addIndex', table, index: primaryKeyOf(table, columns, call.at) }];
    }
    case 'createForeignKey':
      return spec(foreignKeyOf(table, second ?? { kind: 'null' }, call.at), (foreignKey) => ({ ...base, kind: 'addForeignKey', table, foreignKey }));
    case 'createForeignKeys':
      return each(second, (fk) => spec(foreignKeyOf(table, fk, call.at), (foreignKey) => ({ ...base, kind: 'addForeignKey', table, foreignKey })));
    case 'dropForeignKey':
      return dropNamed(table, second, 'foreign', base, call.text);
    case 'dropForeignKeys':
      return each(second, (fk) => dropNamed(table, fk, 'foreign', base, call.text));
    case 'clearTable':
      return [{ ...base, kind: 'dataChange', table, description: `${call.text} deletes every row` }];
    default:
      return opaque(`${call.text}: queryRunner.${call.method}() is not read by migstamp`);
  }
}

type Base = { readonly at: SourceLocation; readonly guards: readonly Guard[] };

/**
 * `query(sql)` with SQL known statically is the dialect's to read. With parameters
 * the SQL holds placeholders (`$1`, `?`) no parser takes as values: a data change
 * when it writes rows, else opaque.
 */
function query(call: CallSite, base: Base): Ops {
  const [sql, parameters] = call.args;
  if (sql === undefined || sql.kind !== 'string') return [{ ...base, kind: 'opaque', reason: `${call.text}: the SQL is built at run time` }];
  const hasParameters = parameters !== undefined && !(parameters.kind === 'array' && parameters.items.length === 0);
  if (!hasParameters) return [{ ...base, kind: 'rawSql', sql: sql.value }];
  if (/^\s*(insert|update|delete)\b/i.test(sql.value)) return [{ ...base, kind: 'dataChange', table: null, description: `${call.text}: a data change with parameters` }];
  return [{ ...base, kind: 'opaque', reason: `${call.text}: SQL with parameters is not read` }];
}

/**
 * `createTable(table, ifNotExist = false, createForeignKeys = true, createIndices = true)`:
 * primary columns make one primary key, `isUnique` columns a unique constraint each
 * (unless `uniques` already has one on that column alone), and indices and foreign
 * keys are made unless their flag is false (PostgresQueryRunner.createTable, createTableSql).
 */
function createTable(tableValue: Value, ifNotExists: boolean, withForeignKeys: boolean, withIndices: boolean, base: Base, text: string): Ops {
  const p = propsOf(tableValue);
  const table = tableNameOf(tableValue);
  const opaque = (reason: string): Ops => [{ ...base, kind: 'opaque', reason: `${text}: ${reason}` }];
  if (p === null || table === null) return opaque('the table is not known statically');
  const columns = itemsOf(p.get('columns'));
  if (columns === null) return opaque('its columns are not known statically');
  const read = columns.map((column) => columnOf(column, base.at));
  const failed = read.find((r) => !r.ok);
  if (failed !== undefined && !failed.ok) return opaque(failed.reason);
  const specs = read.flatMap((r) => (r.ok ? [r.spec] : []));
  const indexes: IndexSpec[] = [];
  const primary = specs.filter((s) => s.primary).map((s) => s.column.name);
  if (primary.length > 0) indexes.push(primaryKeyOf(table, primary, base.at));
  const lists: { key: string; read: (value: Value) => Read<IndexSpec>; wanted: boolean }[] = [
    { key: 'uniques', read: (value) => uniqueOf(table, value, base.at), wanted: true },
    { key: 'indices', read: (value) => indexOf(table, value, base.at), wanted: withIndices },
  ];
  for (const list of lists) {
    const items = itemsOf(p.get(list.key));
    if (items === null) return opaque(`its ${list.key} are not known statically`);
    if (!list.wanted) continue;
    for (const item of items) {
      const index = list.read(item);
      if (!index.ok) return opaque(index.reason);
      indexes.push(index.spec);
    }
  }
  for (const s of specs.filter((s) => s.unique)) {
    const covered = indexes.some((index) => index.kind === 'unique' && index.columns.length === 1 && index.columns[0] === s.column.name);
    if (!covered) indexes.push(uniqueColumnOf(table, s.column.name, base.at));
  }
  const foreignKeys: ForeignKeySpec[] = [];
  const fks = itemsOf(p.get('foreignKeys'));
  if (fks === null) return opaque('its foreign keys are not known statically');
  if (withForeignKeys) {
    for (const item of fks) {
      const fk = foreignKeyOf(table, item, base.at);
      if (!fk.ok) return opaque(fk.reason);
      foreignKeys.push(fk.spec);
    }
  }
  return [
    {
      ...base,
      kind: 'createTable',
      table,
      columns: specs.map((s) => s.column),
      indexes,
      foreignKeys,
      checks: [],
      ifNotExists,
      temporary: false,
    },
  ];
}

/**
 * `addColumn(table, column)`: an `isUnique` column also gets its unique constraint,
 * named differently on each engine, so one addIndex per engine:
 * - PostgreSQL: `UQ_…` of the table (PostgresQueryRunner.addColumn);
 * - MySQL: a unique index `IDX_…` (MysqlQueryRunner.addColumn, `namingStrategy.indexName`);
 * - SQLite: `UQ_…` of `temporary_{table}`: AbstractSqliteQueryRunner.addColumns
 *   rebuilds the table, recreateTable renames the new one `temporary_{table}` before
 *   createTableSql names the column's unique constraint after it, and the rename back
 *   keeps that name.
 */
function addColumn(table: string, value: Value | undefined, base: Base, text: string): Ops {
  const read = value === undefined ? null : columnOf(value, base.at);
  if (read === null || !read.ok) return [{ ...base, kind: 'opaque', reason: `${text}: ${read?.reason ?? 'no column given'}` }];
  const column = read.spec.column.name;
  const ops: Ops = [{ ...base, kind: 'addColumn', table, column: read.spec.column }];
  if (read.spec.unique) {
    const on = (engines: readonly DialectName[], negated: boolean): readonly Guard[] => [...base.guards, { kind: 'engine', engines, negated }];
    ops.push({ ...base, guards: on(['mysql', 'sqlite'], true), kind: 'addIndex', table, index: uniqueColumnOf(table, column, base.at) });
    ops.push({ ...base, guards: on(['mysql'], false), kind: 'addIndex', table, index: { name: indexName(table, [column], null), kind: 'unique', columns: [column], at: base.at } });
    ops.push({ ...base, guards: on(['sqlite'], false), kind: 'addIndex', table, index: uniqueColumnOf(`temporary_${table.split('.').pop() ?? table}`, column, base.at) });
  }
  return ops;
}

function dropColumn(table: string, value: Value | undefined, base: Base, text: string): Ops {
  const column = columnNameOf(value);
  return column === null ? [{ ...base, kind: 'opaque', reason: `${text}: the column is not known statically` }] : [{ ...base, kind: 'dropColumn', table, column }];
}

/**
 * `changeColumn(table, oldColumnOrName, newColumn)`: the new TableColumn is the whole
 * column as it will be (drivers drop and re-add it when its type or length differs,
 * else alter each attribute that differs), so every attribute is stated; a new name
 * is a rename first.
 */
function changeColumn(table: string, oldValue: Value | undefined, newValue: Value | undefined, base: Base, text: string): Ops {
  const from = columnNameOf(oldValue);
  const read = newValue === undefined ? null : columnOf(newValue, base.at);
  if (from === null || read === null || !read.ok) return [{ ...base, kind: 'opaque', reason: `${text}: ${read !== null && !read.ok ? read.reason : 'a column is not known statically'}` }];
  const column = read.spec.column;
  const ops: Ops = from === column.name ? [] : [{ ...base, kind: 'renameColumn', table, from, to: column.name }];
  ops.push({
    ...base,
    kind: 'changeColumn',
    table,
    column: { name: column.name, type: column.type, nullable: column.nullable, default: column.default ?? null, autoIncrement: column.autoIncrement, at: column.at },
  });
  return ops;
}

/** A drop by name, or by the object the migration made it from (whose name TypeORM computes again when it has none). */
function dropNamed(table: string, value: Value | undefined, what: 'index' | 'unique' | 'foreign', base: Base, text: string): Ops {
  const given = textOf(value) ?? textOf(propsOf(value)?.get('name'));
  const columns = textsOf(propsOf(value)?.get('columnNames'));
  const where = textOf(propsOf(value)?.get('where'));
  const computed = columns === null ? null : what === 'index' ? indexName(table, columns, where) : what === 'unique' ? uniqueConstraintName(table, columns) : foreignKeyName(table, columns);
  const name = given ?? computed;
  if (name === null) return [{ ...base, kind: 'opaque', reason: `${text}: the name is not known statically` }];
  if (what === 'foreign') return [{ ...base, kind: 'dropForeignKey', table, name }];
  return [{ ...base, kind: 'dropIndex', table, name, indexKind: what === 'unique' ? 'unique' : null }];
}
