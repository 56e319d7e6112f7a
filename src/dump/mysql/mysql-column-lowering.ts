import type { CheckSpec, ColumnDefault, ColumnSpec, ForeignKeySpec, IndexSpec, LogicalType } from '../../model/migration.js';
import type { SourceLocation } from '../../model/source.js';
import { type AstNode, child, columnNames, expressionSql, list, literalValue, literalsIn, tableName, text } from './mysql-ast.js';
import type { ColumnDefinition, DefaultDefinition, TableDefinition } from './mysql-create-table.js';
import { PRIMARY_KEY_NAME } from './mysql-identifiers.js';
import { parseMysqlType } from './mysql-types.js';

/**
 * Column and constraint specs from MySQL DDL written in migrations: from the
 * hand-written CREATE TABLE reader, and from node-sql-parser's ALTER TABLE nodes.
 */

const INTEGER_BYTES: Readonly<Record<string, 1 | 2 | 3 | 4 | 8>> = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 8 };
const TEXT_SIZES = { tinytext: 'tiny', text: 'normal', mediumtext: 'medium', longtext: 'long' } as const;
const GEOMETRY = new Set(['geometry', 'point', 'linestring', 'polygon', 'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection']);

/** The logical type a MySQL type spelling stands for; `raw` when the model has no kind for it. */
export function logicalType(typeText: string): LogicalType {
  const t = parseMysqlType(typeText);
  const n = (i: number): number | null => (t.args?.[i] === undefined ? null : Number(t.args[i]));
  if (t.base === 'tinyint' && t.args?.[0] === '1') return { kind: 'boolean' };
  const bytes = INTEGER_BYTES[t.base];
  if (bytes !== undefined) return { kind: 'integer', bytes, unsigned: t.unsigned };
  if (t.base in TEXT_SIZES) return { kind: 'text', size: TEXT_SIZES[t.base as keyof typeof TEXT_SIZES] };
  if (GEOMETRY.has(t.base)) return { kind: 'geometry', subtype: t.base === 'geometry' ? null : t.base };
  switch (t.base) {
    case 'decimal':
      return { kind: 'decimal', precision: n(0), scale: n(1), unsigned: t.unsigned };
    case 'float':
      return { kind: 'float', bits: t.args === null ? 24 : t.args.length === 1 ? ((n(0) ?? 0) <= 24 ? 24 : 53) : null };
    case 'double':
      return { kind: 'float', bits: 53 };
    case 'varchar':
    case 'char':
      return { kind: 'string', length: n(0), fixed: t.base === 'char' };
    case 'blob':
      return { kind: 'binary', length: null };
    case 'binary':
    case 'varbinary':
      return { kind: 'binary', length: n(0) };
    case 'json':
      return { kind: 'json', binary: false };
    case 'uuid':
      return { kind: 'uuid' };
    case 'enum':
    case 'set':
      return { kind: t.base, values: t.args ?? [] };
    case 'date':
    case 'year':
      return { kind: t.base };
    case 'time':
      return { kind: 'time', precision: n(0), timezone: false };
    case 'timestamp':
    case 'datetime':
      return { kind: 'timestamp', precision: n(0), timezone: false };
    default:
      return { kind: 'raw', sql: typeText };
  }
}

function columnDefault(value: DefaultDefinition | undefined): ColumnDefault | undefined {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'string':
      return { kind: 'literal', value: value.value };
    case 'number':
      return { kind: 'literal', value: Number(value.text) };
    case 'null':
      return { kind: 'literal', value: null };
    case 'expression':
      return { kind: 'expression', sql: value.sql };
  }
}

/** The specs of a CREATE TABLE read by `readCreateTable`. */
export function tableSpecs(def: TableDefinition, at: SourceLocation): { columns: ColumnSpec[]; indexes: IndexSpec[]; foreignKeys: ForeignKeySpec[]; checks: CheckSpec[] } {
  const indexes: IndexSpec[] = [];
  const checks: CheckSpec[] = [];
  const columns = def.columns.map((c) => {
    if (c.primaryKey) indexes.push({ name: PRIMARY_KEY_NAME, kind: 'primary', columns: [c.name], at });
    if (c.unique) indexes.push({ name: c.name, kind: 'unique', columns: [c.name], at });
    if (c.check) checks.push({ name: null, column: c.name, expression: c.check.expression, literals: c.check.literals, at });
    return columnSpec(c, at);
  });
  for (const key of def.keys) indexes.push({ name: key.name ?? key.columns[0] ?? '', kind: key.kind, columns: key.columns, at });
  const foreignKeys = def.foreignKeys.map((fk, n) => ({ ...fk, name: fk.name ?? `${def.name}_ibfk_${n + 1}`, at }));
  for (const check of def.checks) checks.push({ name: check.name, column: null, expression: check.expression, literals: check.literals, at });
  return { columns, indexes, foreignKeys, checks };
}

export function columnSpec(c: ColumnDefinition, at: SourceLocation): ColumnSpec {
  return {
    name: c.name,
    type: logicalType(c.typeText),
    nullable: c.nullable ?? !c.primaryKey,
    default: columnDefault(c.default),
    autoIncrement: c.autoIncrement,
    generated: c.generated,
    comment: c.comment,
    at,
  };
}

/** A column node of node-sql-parser (ALTER TABLE ADD/MODIFY/CHANGE) as a spec. */
export function astColumnSpec(name: string, node: AstNode, at: SourceLocation): ColumnSpec {
  const nullable = text(child(node, 'nullable'), 'type');
  const defaultNode = child(child(node, 'default_val'), 'value');
  const literal = literalValue(defaultNode);
  const generated = child(node, 'generated');
  return {
    name,
    type: logicalType(astTypeText(child(node, 'definition'))),
    nullable: nullable !== 'not null',
    default: defaultNode === null ? undefined : literal !== undefined ? { kind: 'literal', value: literal } : { kind: 'expression', sql: expressionSql(defaultNode) },
    autoIncrement: node['auto_increment'] !== undefined && node['auto_increment'] !== null,
    generated: generated === null ? null : { kind: text(generated, 'storage_type') === 'stored' ? 'stored' : 'virtual', expression: expressionSql(child(generated, 'expr')) },
    comment: typeof literalValue(child(child(node, 'comment'), 'value')) === 'string' ? String(literalValue(child(child(node, 'comment'), 'value'))) : null,
    at,
  };
}

/** node-sql-parser's `{dataType, length, scale, suffix, expr}` back as type text. */
function astTypeText(def: AstNode | null): string {
  const base = (text(def, 'dataType') ?? '').toLowerCase();
  const values = list(child(def, 'expr'), 'value').map((v) => `'${String(literalValue(v) ?? '').replace(/'/g, "''")}'`);
  const length = text(def, 'length');
  const scale = text(def, 'scale');
  const args = values.length > 0 ? `(${values.join(',')})` : length !== null ? `(${length}${scale !== null ? `,${scale}` : ''})` : '';
  const suffix = list(def, 'suffix').map((s) => String(s).toLowerCase()).join(' ');
  return `${base}${args}${suffix ? ` ${suffix}` : ''}`;
}

/** A constraint or index node of node-sql-parser (`ADD CONSTRAINT …`, `ADD INDEX …`) as specs. */
export function astConstraint(table: string, node: AstNode, at: SourceLocation): IndexSpec | ForeignKeySpec | CheckSpec | null {
  const type = (text(node, 'constraint_type') ?? text(node, 'keyword') ?? '').toLowerCase();
  const columns = columnNames(list(node, 'definition'));
  const name = text(node, 'constraint') ?? text(node, 'index');
  if (type.startsWith('primary')) return { name: PRIMARY_KEY_NAME, kind: 'primary', columns, at };
  if (type.startsWith('unique')) return { name: name ?? columns[0] ?? '', kind: 'unique', columns, at };
  if (type === 'foreign key') {
    const ref = child(node, 'reference_definition');
    const action = (which: string): string | null => {
      const found = list(ref, 'on_action').find((a) => text(a, 'type') === which);
      const value = found === undefined ? null : text(child(found, 'value'), 'value');
      return value === null || value === 'no action' || value === 'restrict' ? null : value;
    };
    return { name: name ?? `${table}_ibfk_1`, columns, refTable: tableName(list(ref, 'table')), refColumns: columnNames(list(ref, 'definition')), onDelete: action('on delete'), onUpdate: action('on update'), at };
  }
  if (type === 'check') {
    const expression = list(node, 'definition')[0];
    return { name, column: null, expression: expressionSql(expression), literals: literalsIn(expression), at };
  }
  const kind = type.startsWith('fulltext') ? 'fulltext' : type.startsWith('spatial') ? 'spatial' : 'index';
  return { name: name ?? columns[0] ?? '', kind, columns, at };
}
