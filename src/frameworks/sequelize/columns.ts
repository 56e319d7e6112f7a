/**
 * A Sequelize attribute (`{ type, allowNull, defaultValue, primaryKey, autoIncrement,
 * unique, references, onDelete, onUpdate, comment }`, or a bare data type) as the
 * model's column, and what the engine makes of its inline constraints.
 *
 * Sequelize writes `unique: true` and `references` into the column's SQL
 * (sequelize src/dialects/postgres/query-generator.js and mysql/query-generator.js,
 * `attributeToSQL`): the engine names them, each its own way, so they come back as
 * operations guarded by engine. SQLite keeps them unnamed, so there they are not
 * looked for. A `unique` given as a string joins a model's composite key, which
 * `queryInterface` never reads: it makes nothing.
 */
import type { ColumnDefault, ColumnSpec, ForeignKeySpec, Guard, IndexSpec, LogicalType, SourceLocation } from '../../model/index.js';
import { enumValues, logicalTypeOf } from './data-types.js';
import { mysqlForeignKeyName, postgresInlineName } from './default-names.js';
import { entry, stringOf, type Value } from './static-values.js';

/** An attribute read into the parts the operations need. */
export interface AttributeRead {
  readonly column: ColumnSpec;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly references: { readonly table: string; readonly column: string; readonly onDelete: string | null; readonly onUpdate: string | null } | null;
  /** ENUM's values: the column's type differs per engine (see enum-columns.ts). */
  readonly enumValues: readonly string[] | null;
}

/** Reads an attribute, or says in words why it cannot be. */
export function readAttribute(name: string, attribute: Value, at: SourceLocation): AttributeRead | string {
  const options: Value = attribute.kind === 'dataType' ? { kind: 'object', entries: new Map([['type', attribute]]) } : attribute;
  if (options.kind !== 'object') return `column ${name}'s definition cannot be read statically`;
  const typeValue = entry(options, 'type');
  if (typeValue === undefined) return `column ${name} has no type that can be read statically`;
  const values = enumValues(typeValue, options);
  const type: LogicalType | null = values === null ? logicalTypeOf(typeValue) : { kind: 'enum', values };
  if (type === null) return `column ${name}'s type ${describe(typeValue)} cannot be read statically`;
  const primaryKey = flag(entry(options, 'primaryKey'));
  const autoIncrement = flag(entry(options, 'autoIncrement'));
  const allowNull = entry(options, 'allowNull');
  const defaultValue = columnDefault(entry(options, 'defaultValue'));
  if (defaultValue === 'unknown') return `column ${name}'s default cannot be read statically`;
  const comment = stringOf(entry(options, 'comment'));
  const column: ColumnSpec = {
    name,
    type,
    nullable: !primaryKey && !(allowNull?.kind === 'boolean' && !allowNull.value),
    default: defaultValue,
    autoIncrement,
    generated: null,
    comment,
    at,
  };
  const references = readReferences(entry(options, 'references'), options);
  if (references === 'unknown') return `column ${name}'s references cannot be read statically`;
  return { column, primaryKey, unique: flag(entry(options, 'unique')), references, enumValues: values };
}

function flag(value: Value | undefined): boolean {
  return value?.kind === 'boolean' && value.value;
}

function describe(value: Value): string {
  return value.kind === 'dataType' ? value.name : value.kind === 'unknown' ? value.text : value.kind;
}

/** `defaultValue`: a literal, SQL (`Sequelize.literal`, `fn`), or none (absent, or a client-side default such as NOW). */
function columnDefault(value: Value | undefined): ColumnDefault | undefined | 'unknown' {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: 'literal', value: value.value };
    case 'null':
      return { kind: 'literal', value: null };
    case 'undefined':
      return undefined;
    case 'sql':
      return { kind: 'expression', sql: value.sql };
    default:
      return 'unknown';
  }
}

function readReferences(value: Value | undefined, options: Value): AttributeRead['references'] | 'unknown' {
  if (value === undefined) return null;
  const model = entry(value, 'model');
  const table = stringOf(model) ?? stringOf(entry(model, 'tableName'));
  const column = stringOf(entry(value, 'key')) ?? 'id';
  if (table === null) return 'unknown';
  const action = (key: string): string | null => stringOf(entry(options, key))?.toUpperCase() ?? null;
  return { table, column, onDelete: action('onDelete'), onUpdate: action('onUpdate') };
}

const only = (engine: 'postgres' | 'mysql', guards: readonly Guard[]): readonly Guard[] => [...guards, { kind: 'engine', engines: [engine], negated: false }];

/** The engine-named unique index of a `unique: true` column, per engine that names it. */
export function inlineUniques(table: string, column: string, at: SourceLocation, guards: readonly Guard[]): { index: IndexSpec; guards: readonly Guard[] }[] {
  return [
    { index: { name: postgresInlineName(table, column, 'key'), kind: 'unique', columns: [column], at }, guards: only('postgres', guards) },
    // MySQL names a column's UNIQUE after the column.
    { index: { name: column, kind: 'unique', columns: [column], at }, guards: only('mysql', guards) },
  ];
}

/**
 * The engine-named foreign key of a column with `references`. In CREATE TABLE MySQL
 * numbers them in the order Sequelize writes them (`n`); after ALTER TABLE … ADD the
 * number depends on the keys the table already has, so there only PostgreSQL's is known.
 */
export function inlineForeignKeys(table: string, read: AttributeRead, n: number | null, at: SourceLocation, guards: readonly Guard[]): { foreignKey: ForeignKeySpec; guards: readonly Guard[] }[] {
  const ref = read.references;
  if (ref === null) return [];
  const spec = (name: string): ForeignKeySpec => ({ name, columns: [read.column.name], refTable: ref.table, refColumns: [ref.column], onDelete: ref.onDelete, onUpdate: ref.onUpdate, at });
  const keys = [{ foreignKey: spec(postgresInlineName(table, read.column.name, 'fkey')), guards: only('postgres', guards) }];
  if (n !== null) keys.push({ foreignKey: spec(mysqlForeignKeyName(table, n)), guards: only('mysql', guards) });
  return keys;
}
