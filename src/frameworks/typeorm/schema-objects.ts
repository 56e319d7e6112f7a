/**
 * TypeORM's schema classes (Table, TableColumn, TableIndex, TableForeignKey, TableUnique),
 * read from their options objects, as the neutral specs. Defaults are TypeORM's own:
 * TableColumn's `isNullable`, `isPrimary`, `isUnique`, `isGenerated` are false unless
 * given (typeorm/src/schema-builder/table/TableColumn.ts), a generated column's
 * strategy is `increment` (ColumnMetadata), and unnamed objects get DefaultNamingStrategy's names.
 */
import type { ColumnDefault, ColumnSpec, ForeignKeySpec, IndexKind, IndexSpec, SourceLocation } from '../../model/index.js';
import { logicalType, numberOf } from './column-types.js';
import { foreignKeyName, indexName, primaryKeyName, uniqueConstraintName } from './naming-strategy.js';
import { type Value, booleanOf, textOf, textsOf } from './static-values.js';

/** A spec, or the reason it cannot be read statically. */
export type Read<T> = { readonly ok: true; readonly spec: T } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function props(value: Value | undefined): ReadonlyMap<string, Value> | null {
  return value !== undefined && value.kind === 'object' ? value.props : null;
}

/** A table given by name (`"users"`, `"public.users"`) or as a Table: its name without schema. */
export function tableNameOf(value: Value | undefined): string | null {
  const name = textOf(value) ?? textOf(props(value)?.get('name'));
  return name === null ? null : (name.split('.').pop() ?? name);
}

/** A column given by name or as a TableColumn: its name. */
export function columnNameOf(value: Value | undefined): string | null {
  return textOf(value) ?? textOf(props(value)?.get('name'));
}

/**
 * A TableColumn's `default` is SQL text put into the DDL as it is (`"'open'"`,
 * `"CURRENT_TIMESTAMP"`), or a number or boolean written as one.
 */
function defaultOf(value: Value | undefined): ColumnDefault | undefined {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'number':
    case 'boolean':
      return { kind: 'literal', value: value.value };
    case 'null':
      return { kind: 'literal', value: null };
    case 'string': {
      const sql = value.value.trim();
      const quoted = /^'((?:[^']|'')*)'$/.exec(sql);
      if (quoted) return { kind: 'literal', value: quoted[1]!.replace(/''/g, "'") };
      if (/^-?\d+(\.\d+)?$/.test(sql)) return { kind: 'literal', value: Number(sql) };
      if (/^(true|false)$/i.test(sql)) return { kind: 'literal', value: sql.toLowerCase() === 'true' };
      if (/^null$/i.test(sql)) return { kind: 'literal', value: null };
      return { kind: 'expression', sql };
    }
    default:
      return undefined;
  }
}

export interface ColumnRead {
  readonly column: ColumnSpec;
  readonly primary: boolean;
  readonly unique: boolean;
}

export function columnOf(value: Value, at: SourceLocation): Read<ColumnRead> {
  const p = props(value);
  if (p === null) return fail(`a column given as ${value.kind === 'unknown' ? value.text : 'a non-object'} is not known statically`);
  const name = textOf(p.get('name'));
  const type = textOf(p.get('type'));
  if (name === null) return fail('a column whose name is not known statically');
  if (type === null) return fail(`column ${name} has a type that is not known statically`);
  const strategy = textOf(p.get('generationStrategy')) ?? 'increment';
  const generated = booleanOf(p.get('isGenerated'), false);
  const expression = textOf(p.get('asExpression'));
  const enumValues = textsOf(p.get('enum'));
  const column: ColumnSpec = {
    name,
    type: logicalType({
      type,
      length: numberOf(textOf(p.get('length'))),
      precision: numberOf(textOf(p.get('precision'))),
      scale: numberOf(textOf(p.get('scale'))),
      unsigned: booleanOf(p.get('unsigned'), false),
      enumValues,
    }),
    nullable: booleanOf(p.get('isNullable'), false),
    default: defaultOf(p.get('default')),
    autoIncrement: generated && (strategy === 'increment' || strategy === 'identity' || strategy === 'rowid'),
    generated: expression === null ? null : { kind: textOf(p.get('generatedType'))?.toUpperCase() === 'STORED' ? 'stored' : 'virtual', expression },
    comment: textOf(p.get('comment')),
    at,
  };
  return { ok: true, spec: { column, primary: booleanOf(p.get('isPrimary'), false), unique: booleanOf(p.get('isUnique'), false) } };
}

/** A TableIndex (or its options); unnamed: DefaultNamingStrategy.indexName. */
export function indexOf(table: string, value: Value, at: SourceLocation): Read<IndexSpec> {
  const p = props(value);
  const columns = textsOf(p?.get('columnNames'));
  if (p === null || columns === null) return fail(`an index on ${table} whose columns are not known statically`);
  const where = textOf(p.get('where'));
  const kind: IndexKind = booleanOf(p.get('isUnique'), false)
    ? 'unique'
    : booleanOf(p.get('isFulltext'), false)
      ? 'fulltext'
      : booleanOf(p.get('isSpatial'), false)
        ? 'spatial'
        : 'index';
  return { ok: true, spec: { name: textOf(p.get('name')) ?? indexName(table, columns, where), kind, columns, at } };
}

/** A TableUnique (or its options); unnamed: DefaultNamingStrategy.uniqueConstraintName. */
export function uniqueOf(table: string, value: Value, at: SourceLocation): Read<IndexSpec> {
  const p = props(value);
  const columns = textsOf(p?.get('columnNames'));
  if (p === null || columns === null) return fail(`a unique constraint on ${table} whose columns are not known statically`);
  return { ok: true, spec: { name: textOf(p.get('name')) ?? uniqueConstraintName(table, columns), kind: 'unique', columns, at } };
}

/** A TableForeignKey (or its options); unnamed: DefaultNamingStrategy.foreignKeyName. */
export function foreignKeyOf(table: string, value: Value, at: SourceLocation): Read<ForeignKeySpec> {
  const p = props(value);
  const columns = textsOf(p?.get('columnNames'));
  const refColumns = textsOf(p?.get('referencedColumnNames'));
  const refTable = tableNameOf(p?.get('referencedTableName'));
  if (p === null || columns === null || refColumns === null || refTable === null) return fail(`a foreign key on ${table} that is not known statically`);
  const action = (key: string): string | null => textOf(p.get(key))?.toUpperCase() ?? null;
  return {
    ok: true,
    spec: { name: textOf(p.get('name')) ?? foreignKeyName(table, columns), columns, refTable, refColumns, onDelete: action('onDelete'), onUpdate: action('onUpdate'), at },
  };
}

/** The primary key TypeORM writes for a table's `isPrimary` columns (createTableSql). */
export function primaryKeyOf(table: string, columns: readonly string[], at: SourceLocation): IndexSpec {
  return { name: primaryKeyName(table, columns), kind: 'primary', columns, at };
}

/** The unique constraint an `isUnique` column gets (createTableSql, addColumn): DefaultNamingStrategy.uniqueConstraintName(table, [column]). */
export function uniqueColumnOf(table: string, column: string, at: SourceLocation): IndexSpec {
  return { name: uniqueConstraintName(table, [column]), kind: 'unique', columns: [column], at };
}

/** Items of a list value, or null when it is not a list known statically. */
export function itemsOf(value: Value | undefined): readonly Value[] | null {
  if (value === undefined) return [];
  return value.kind === 'array' ? value.items : null;
}

export { props as propsOf };
