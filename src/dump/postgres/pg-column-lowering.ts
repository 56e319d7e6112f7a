import type { ColumnDef, Constraint, Node, TypeName } from 'libpg-query';
import type { CheckSpec, ColumnDefault, ColumnSpec, ForeignKeySpec, IndexSpec, LiteralValue, LogicalType } from '../../model/migration.js';
import type { SourceLocation } from '../../model/source.js';
import { constValue, defaultConstraintName, expressionText, FK_ACTIONS, literalsIn, stringList } from './pg-ast.js';
import { COLUMN_CLAUSE_STOP, type SqlText } from './pg-sql-text.js';

/**
 * Column definitions and constraints of migration SQL, as the model's specs.
 * Unnamed constraints get PostgreSQL's default names (`t_pkey`, `t_a_key`,
 * `t_a_fkey`), since that is what the dump will show.
 */

/** Serial pseudo-types: an integer with a sequence default. */
const SERIAL_BYTES: Record<string, 2 | 4 | 8> = { smallserial: 2, serial2: 2, serial: 4, serial4: 4, bigserial: 8, serial8: 8 };
const INTEGER_BYTES: Record<string, 2 | 4 | 8> = { int2: 2, smallint: 2, int4: 4, int: 4, integer: 4, int8: 8, bigint: 8 };

function typmods(typeName: TypeName): number[] {
  return (typeName.typmods ?? []).flatMap((n) => ('A_Const' in n ? [Number(constValue(n.A_Const) ?? 0)] : []));
}

/** The logical type of a SQL type name; unknown and array types stay `raw` with their text. */
export function logicalType(typeName: TypeName | undefined, text: SqlText): LogicalType {
  const raw = typeName ? text.clause(text.charIndex(typeName.location ?? 0), COLUMN_CLAUSE_STOP) : '';
  if (!typeName || (typeName.arrayBounds?.length ?? 0) > 0) return { kind: 'raw', sql: raw };
  const name = stringList(typeName.names).at(-1)?.toLowerCase() ?? '';
  const mods = typmods(typeName);
  const precision = mods.length > 0 ? mods[0]! : null;
  const bytes = INTEGER_BYTES[name] ?? SERIAL_BYTES[name];
  if (bytes !== undefined) return { kind: 'integer', bytes, unsigned: false };
  switch (name) {
    case 'numeric':
    case 'decimal':
      return { kind: 'decimal', precision, scale: mods.length > 1 ? mods[1]! : precision === null ? null : 0, unsigned: false };
    case 'float8':
      return { kind: 'float', bits: 53 };
    case 'float4':
      return { kind: 'float', bits: 24 };
    case 'bool':
    case 'boolean':
      return { kind: 'boolean' };
    case 'varchar':
      return { kind: 'string', length: precision, fixed: false };
    case 'bpchar':
      return { kind: 'string', length: precision ?? 1, fixed: true };
    case 'text':
      return { kind: 'text', size: 'normal' };
    case 'bytea':
      return { kind: 'binary', length: null };
    case 'json':
    case 'jsonb':
      return { kind: 'json', binary: name === 'jsonb' };
    case 'uuid':
      return { kind: 'uuid' };
    case 'date':
      return { kind: 'date' };
    case 'time':
    case 'timetz':
      return { kind: 'time', precision, timezone: name === 'timetz' };
    case 'timestamp':
    case 'timestamptz':
      return { kind: 'timestamp', precision, timezone: name === 'timestamptz' };
    case 'inet':
      return { kind: 'ipAddress' };
    case 'macaddr':
      return { kind: 'macAddress' };
    default:
      return { kind: 'raw', sql: raw };
  }
}

/** A literal value (`'x'`, `1`, `true`, `NULL`, `'x'::text`), or undefined when the node is an expression. */
export function literalOf(node: Node | undefined): LiteralValue | undefined {
  if (!node) return undefined;
  if ('TypeCast' in node) return literalOf(node.TypeCast.arg);
  if (!('A_Const' in node)) return undefined;
  const c = node.A_Const;
  const value = constValue(c);
  if (value === null) return null;
  if (c.boolval) return value === 'true';
  if (c.ival || c.fval) return Number(value);
  return value;
}

function columnDefault(node: Node | undefined, text: SqlText): ColumnDefault | undefined {
  if (!node) return undefined;
  const literal = literalOf(node);
  if (literal !== undefined) return { kind: 'literal', value: literal };
  return { kind: 'expression', sql: expressionText(text, node, COLUMN_CLAUSE_STOP) };
}

/** Constraints declared next to columns, collected while lowering a CREATE TABLE or ADD COLUMN. */
export interface TableConstraints {
  readonly indexes: IndexSpec[];
  readonly foreignKeys: ForeignKeySpec[];
  readonly checks: CheckSpec[];
}

export function columnSpec(def: ColumnDef, table: string, text: SqlText, at: SourceLocation, into: TableConstraints): ColumnSpec {
  const name = def.colname ?? '';
  const typeName = stringList(def.typeName?.names).at(-1)?.toLowerCase() ?? '';
  let nullable = true;
  let defaultValue: ColumnDefault | undefined;
  let autoIncrement = SERIAL_BYTES[typeName] !== undefined;
  let generated: ColumnSpec['generated'] = null;
  for (const node of def.constraints ?? []) {
    if (!('Constraint' in node)) continue;
    const con = node.Constraint;
    switch (con.contype) {
      case 'CONSTR_NOTNULL':
        nullable = false;
        break;
      case 'CONSTR_NULL':
        nullable = true;
        break;
      case 'CONSTR_DEFAULT':
        defaultValue = columnDefault(con.raw_expr, text);
        break;
      case 'CONSTR_IDENTITY':
        autoIncrement = true;
        nullable = false;
        break;
      case 'CONSTR_GENERATED':
        generated = { kind: 'stored', expression: text.firstGroupInside(text.charIndex(con.location ?? 0)) ?? '' };
        break;
      case 'CONSTR_PRIMARY':
        nullable = false;
        addConstraint(con, table, name, text, at, into);
        break;
      default:
        addConstraint(con, table, name, text, at, into);
    }
  }
  return {
    name,
    type: logicalType(def.typeName, text),
    nullable,
    default: defaultValue,
    autoIncrement,
    generated,
    comment: null,
    at,
  };
}

/** Adds a table constraint, or a column's own constraint when `column` is set. */
export function addConstraint(con: Constraint, table: string, column: string | null, text: SqlText, at: SourceLocation, into: TableConstraints): void {
  const own = column === null ? [] : [column];
  switch (con.contype) {
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE': {
      const primary = con.contype === 'CONSTR_PRIMARY';
      const columns = column === null ? stringList(con.keys) : own;
      const name = con.conname ?? defaultConstraintName(table, primary ? 'primary' : 'unique', columns);
      into.indexes.push({ name, kind: primary ? 'primary' : 'unique', columns, at });
      break;
    }
    case 'CONSTR_FOREIGN': {
      const columns = column === null ? stringList(con.fk_attrs) : own;
      into.foreignKeys.push({
        name: con.conname ?? defaultConstraintName(table, 'foreign', columns),
        columns,
        refTable: con.pktable?.relname ?? '',
        refColumns: stringList(con.pk_attrs),
        onDelete: FK_ACTIONS[con.fk_del_action ?? 'a'] ?? null,
        onUpdate: FK_ACTIONS[con.fk_upd_action ?? 'a'] ?? null,
        at,
      });
      break;
    }
    case 'CONSTR_CHECK':
      into.checks.push({
        // PostgreSQL names a column's unnamed CHECK {table}_{column}_check; a table CHECK after the columns it uses, left to the literals here.
        name: con.conname ?? (column === null ? null : defaultConstraintName(table, 'check', [column])),
        column,
        expression: text.firstGroupInside(text.charIndex(con.location ?? 0)) ?? '',
        literals: literalsIn(con.raw_expr),
        at,
      });
      break;
    default:
      break;
  }
}
