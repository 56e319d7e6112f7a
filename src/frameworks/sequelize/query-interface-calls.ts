/**
 * `queryInterface.*` and `queryInterface.sequelize.*` calls as operations
 * (sequelize v6 src/dialects/abstract/query-interface.js for the signatures).
 * Arguments that cannot be read statically make the call opaque.
 */
import type { ColumnSpec, ForeignKeySpec, IndexKind, IndexSpec, LiteralValue } from '../../model/index.js';
import { type AttributeRead, inlineForeignKeys, inlineUniques, readAttribute } from './columns.js';
import { defaultConstraintName, defaultIndexName } from './default-names.js';
import { enumColumnOperations } from './enum-columns.js';
import type { Reading, Scope } from './reading.js';
import { entry, evaluate, stringOf, type Value } from './static-values.js';
import type { CallExpression } from 'ts-morph';

/** Calls that only read the schema or the connection: nothing to record. */
const READ_ONLY = new Set(['describeTable', 'showAllTables', 'tableExists', 'showIndex', 'getForeignKeysForTables', 'getForeignKeyReferencesForTable', 'getDialect', 'getQueryInterface', 'quoteIdentifier', 'quoteTable', 'escape', 'authenticate']);

/** Records what one call on the query interface (or its `sequelize`) does. */
export function queryInterfaceCall(node: CallExpression, method: string, owner: 'queryInterface' | 'instance', scope: Scope, r: Reading): void {
  const args = node.getArguments().map((arg) => evaluate(arg, scope.env));
  if (READ_ONLY.has(method)) return;
  const handler = owner === 'instance' ? (method === 'query' ? rawQuery : undefined) : HANDLERS[method];
  if (handler === undefined) {
    r.opaque(node, scope, `calls ${owner === 'instance' ? 'sequelize' : 'queryInterface'}.${method}(), which is not read`);
    return;
  }
  const problem = handler({ node, args, scope, r });
  if (problem !== null) r.opaque(node, scope, `${owner === 'instance' ? 'sequelize' : 'queryInterface'}.${method}(): ${problem}`);
}

interface Call {
  readonly node: CallExpression;
  readonly args: readonly Value[];
  readonly scope: Scope;
  readonly r: Reading;
}

/** A handler records its operations and returns null, or returns why the call cannot be read. */
type Handler = (call: Call) => string | null;

/** A table argument: a name, or `{ tableName, schema }`. */
function tableOf(value: Value | undefined): string | null {
  return stringOf(value) ?? stringOf(entry(value, 'tableName'));
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  createTable,
  dropTable: ({ node, args, scope, r }) => {
    const table = tableOf(args[0]);
    if (table === null) return 'its table name cannot be read statically';
    // Every dialect's dropTableQuery writes DROP TABLE IF EXISTS.
    r.push(node, scope, { kind: 'dropTable', table, ifExists: true });
    return null;
  },
  renameTable: ({ node, args, scope, r }) => {
    const from = tableOf(args[0]);
    const to = tableOf(args[1]);
    if (from === null || to === null) return 'its table names cannot be read statically';
    r.push(node, scope, { kind: 'renameTable', from, to });
    return null;
  },
  addColumn,
  removeColumn: ({ node, args, scope, r }) => {
    const table = tableOf(args[0]);
    const column = stringOf(args[1]);
    if (table === null || column === null) return 'its table or column cannot be read statically';
    r.push(node, scope, { kind: 'dropColumn', table, column });
    return null;
  },
  renameColumn: ({ node, args, scope, r }) => {
    const table = tableOf(args[0]);
    const from = stringOf(args[1]);
    const to = stringOf(args[2]);
    if (table === null || from === null || to === null) return 'its table or columns cannot be read statically';
    r.push(node, scope, { kind: 'renameColumn', table, from, to });
    return null;
  },
  changeColumn,
  addIndex,
  removeIndex: ({ node, args, scope, r }) => {
    const table = tableOf(args[0]);
    const given = args[1];
    const fields = given?.kind === 'array' ? given.items.map(stringOf) : null;
    const name = stringOf(given) ?? (fields !== null && !fields.includes(null) && table !== null ? defaultIndexName(table, fields as string[]) : null);
    if (table === null || name === null) return 'its table or index cannot be read statically';
    r.push(node, scope, { kind: 'dropIndex', table, name, indexKind: null });
    return null;
  },
  addConstraint,
  removeConstraint,
  bulkInsert,
  bulkUpdate: ({ node, args, scope, r }) => dataChange(node, tableOf(args[0]), 'updates rows (bulkUpdate)', scope, r),
  bulkDelete: ({ node, args, scope, r }) => dataChange(node, tableOf(args[0]), 'deletes rows (bulkDelete)', scope, r),
  upsert: ({ node, args, scope, r }) => dataChange(node, tableOf(args[0]), 'upserts a row', scope, r),
  insert: ({ node, args, scope, r }) => dataChange(node, tableOf(args[1]) ?? stringOf(entry(args[0], 'tableName')), 'inserts a row', scope, r),
};

function dataChange(node: CallExpression, table: string | null, description: string, scope: Scope, r: Reading): null {
  r.push(node, scope, { kind: 'dataChange', table, description });
  return null;
}

/** `sequelize.query(sql, options)`: the SQL is the dump's dialect's to read. */
function rawQuery({ node, args, scope, r }: Call): string | null {
  const sql = stringOf(args[0]);
  if (sql === null) return 'its SQL is not a static string';
  r.push(node, scope, { kind: 'rawSql', sql });
  return null;
}

function createTable({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const attributes = args[1];
  if (table === null) return 'its table name cannot be read statically';
  if (attributes?.kind !== 'object') return `the columns of ${table} cannot be read statically`;
  const at = r.at(node);
  const reads: AttributeRead[] = [];
  for (const [name, attribute] of attributes.entries) {
    const read = readAttribute(name, attribute, at);
    if (typeof read === 'string') return read;
    reads.push(read);
  }
  const primary = reads.filter((read) => read.primaryKey).map((read) => read.column.name);
  const indexes: IndexSpec[] = primary.length === 0 ? [] : [{ name: `${table}_pkey`, kind: 'primary', columns: primary, at }];
  const columns: ColumnSpec[] = reads.filter((read) => read.enumValues === null).map((read) => read.column);
  r.push(node, scope, { kind: 'createTable', table, columns, indexes, foreignKeys: [], checks: [], ifNotExists: true, temporary: false });
  addInlineParts(node, table, reads, true, scope, r);
  return null;
}

/** ENUM columns, and the unique keys and foreign keys the engine names, after the table or column they belong to. */
function addInlineParts(node: CallExpression, table: string, reads: readonly AttributeRead[], creating: boolean, scope: Scope, r: Reading): void {
  const at = r.at(node);
  for (const read of reads) {
    if (read.enumValues !== null) r.operations.push(...enumColumnOperations(table, read.column, read.enumValues, at, scope.guards));
  }
  let n = 0;
  for (const read of reads) {
    if (read.unique && !read.primaryKey) {
      for (const { index, guards } of inlineUniques(table, read.column.name, at, scope.guards)) r.push(node, { ...scope, guards }, { kind: 'addIndex', table, index });
    }
    if (read.references !== null) n += 1;
    for (const { foreignKey, guards } of inlineForeignKeys(table, read, creating ? n : null, at, scope.guards)) r.push(node, { ...scope, guards }, { kind: 'addForeignKey', table, foreignKey });
  }
}

function addColumn({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const name = stringOf(args[1]);
  if (table === null || name === null || args[2] === undefined) return 'its table or column cannot be read statically';
  const read = readAttribute(name, args[2], r.at(node));
  if (typeof read === 'string') return read;
  if (read.enumValues === null) r.push(node, scope, { kind: 'addColumn', table, column: read.column });
  addInlineParts(node, table, [read], false, scope, r);
  return null;
}

/**
 * `changeColumn(table, column, attribute)` restates the column's type and nullability on every
 * engine (PostgreSQL: ALTER COLUMN … TYPE, SET/DROP NOT NULL; MySQL: CHANGE; SQLite: a rebuilt table).
 * A default it does not give is dropped on PostgreSQL and MySQL but kept by SQLite's rebuild,
 * so only a stated default is expected. With `references` it also adds the foreign key
 * (query-generator `changeColumnQuery`: `ADD FOREIGN KEY`), which only PostgreSQL names
 * predictably (`{table}_{column}_fkey`): found on outline, where a migration that drops that
 * key and re-adds it this way was judged by its column alone, and stamped after failing between the two.
 */
function changeColumn({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const name = stringOf(args[1]);
  if (table === null || name === null || args[2] === undefined) return 'its table or column cannot be read statically';
  const read = readAttribute(name, args[2], r.at(node));
  if (typeof read === 'string') return read;
  const column = read.column;
  r.push(node, scope, {
    kind: 'changeColumn',
    table,
    column: { name, type: read.enumValues === null ? column.type : null, nullable: column.nullable, default: column.default, autoIncrement: null, at: column.at },
  });
  for (const { foreignKey, guards } of inlineForeignKeys(table, read, null, r.at(node), scope.guards)) r.push(node, { ...scope, guards }, { kind: 'addForeignKey', table, foreignKey });
  return null;
}

/**
 * `addIndex(table, fields, options)` or `addIndex(table, { fields, name, unique, type })`;
 * unnamed, it is named by `defaultIndexName`.
 */
function addIndex({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const options = args[1]?.kind === 'array' ? (args[2] ?? { kind: 'object', entries: new Map() }) : args[1];
  const fieldList = args[1]?.kind === 'array' ? args[1] : entry(options, 'fields');
  if (table === null || fieldList?.kind !== 'array' || options?.kind !== 'object') return 'its table, fields or options cannot be read statically';
  const fields = fieldList.items.map((field) => stringOf(field) ?? stringOf(entry(field, 'name')) ?? stringOf(entry(field, 'attribute')));
  if (fields.includes(null)) return 'its fields cannot be read statically';
  const columns = fields as string[];
  const given = entry(options, 'name');
  const name = given === undefined ? defaultIndexName(table, columns) : stringOf(given);
  if (name === null) return 'its name cannot be read statically';
  const type = stringOf(entry(options, 'type'))?.toUpperCase() ?? (entry(options, 'unique')?.kind === 'boolean' && (entry(options, 'unique') as { value: boolean }).value ? 'UNIQUE' : '');
  const kind: IndexKind = type === 'UNIQUE' ? 'unique' : type === 'FULLTEXT' ? 'fulltext' : type === 'SPATIAL' ? 'spatial' : 'index';
  r.push(node, scope, { kind: 'addIndex', table, index: { name, kind, columns, at: r.at(node) } });
  return null;
}

/** `addConstraint(table, { type, fields, name, references, onDelete, onUpdate })`. */
function addConstraint({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const options = args[1];
  const type = stringOf(entry(options, 'type'))?.toUpperCase();
  const fieldList = entry(options, 'fields');
  if (table === null || type === undefined || fieldList?.kind !== 'array') return 'its table, type or fields cannot be read statically';
  const fields = fieldList.items.map((field) => stringOf(field) ?? stringOf(entry(field, 'name')) ?? stringOf(entry(field, 'attribute')));
  if (fields.includes(null)) return 'its fields cannot be read statically';
  const columns = fields as string[];
  const givenName = entry(options, 'name');
  const named = (suffix: Parameters<typeof defaultConstraintName>[2]): string | null => (givenName === undefined ? defaultConstraintName(table, columns, suffix) : stringOf(givenName));
  const at = r.at(node);
  switch (type) {
    case 'UNIQUE':
    case 'PRIMARY KEY': {
      const name = named(type === 'UNIQUE' ? 'uk' : 'pk');
      if (name === null) return 'its name cannot be read statically';
      r.push(node, scope, { kind: 'addIndex', table, index: { name, kind: type === 'UNIQUE' ? 'unique' : 'primary', columns, at } });
      return null;
    }
    case 'FOREIGN KEY': {
      const references = entry(options, 'references');
      const refTable = tableOf(entry(references, 'table'));
      const refField = entry(references, 'field') ?? entry(references, 'fields');
      const refColumns = refField?.kind === 'array' ? refField.items.map(stringOf) : [stringOf(refField)];
      if (refTable === null || refColumns.includes(null)) return 'its references cannot be read statically';
      const name = named(`${refTable}_fk`);
      if (name === null) return 'its name cannot be read statically';
      const action = (key: string): string | null => stringOf(entry(options, key))?.toUpperCase() ?? null;
      const foreignKey: ForeignKeySpec = { name, columns, refTable, refColumns: refColumns as string[], onDelete: action('onDelete'), onUpdate: action('onUpdate'), at };
      // sequelize's SQLite query interface adds it by rebuilding the table (src/dialects/sqlite/query-interface.js, addConstraint).
      r.push(node, scope, { kind: 'addForeignKey', table, foreignKey, addedOnEveryEngine: true });
      return null;
    }
    case 'CHECK':
      return "a CHECK constraint's condition is a where object, which is not compared";
    default:
      return `a ${type} constraint is not read`;
  }
}

/**
 * `removeConstraint(table, name)` does not say what the constraint is; the suffixes
 * Sequelize (`_fk`, `_uk`, `_pk`) and PostgreSQL (`_fkey`, `_key`, `_pkey`) give tell it.
 */
function removeConstraint({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  const name = stringOf(args[1]);
  if (table === null || name === null) return 'its table or constraint cannot be read statically';
  if (/_(fk|fkey)$/.test(name)) r.push(node, scope, { kind: 'dropForeignKey', table, name });
  else if (/_(uk|key)$/.test(name)) r.push(node, scope, { kind: 'dropIndex', table, name, indexKind: 'unique' });
  else if (/_(pk|pkey)$/.test(name)) r.push(node, scope, { kind: 'dropIndex', table, name, indexKind: 'primary' });
  else if (/_(ck|check)$/.test(name)) r.push(node, scope, { kind: 'dropCheck', table, name, ifExists: false });
  else return `what kind of constraint ${name} is cannot be told from its name`;
  return null;
}

/**
 * `bulkInsert(table, rows)`: rows of literal values are evidence when the dump has data.
 * Values computed at run time (`new Date()`) are left out of the row; a row with no literal left makes it unreadable.
 */
function bulkInsert({ node, args, scope, r }: Call): string | null {
  const table = tableOf(args[0]);
  if (table === null) return 'its table name cannot be read statically';
  const list = args[1];
  const rows = list?.kind === 'array' ? list.items.map(literalRow) : null;
  const known = rows === null || rows.includes(null) ? null : (rows as Record<string, LiteralValue>[]);
  r.push(node, scope, { kind: 'insertRows', table, rows: known });
  return null;
}

function literalRow(value: Value): Record<string, LiteralValue> | null {
  if (value.kind !== 'object') return null;
  const row: Record<string, LiteralValue> = {};
  for (const [column, cell] of value.entries) {
    if (cell.kind === 'string' || cell.kind === 'number' || cell.kind === 'boolean') row[column] = cell.value;
    else if (cell.kind === 'null') row[column] = null;
  }
  return Object.keys(row).length === 0 ? null : row;
}
