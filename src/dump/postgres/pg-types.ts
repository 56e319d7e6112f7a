import type { CheckSpec, ColumnDefault, ColumnSpec, LogicalType } from '../../model/migration.js';
import type { ColumnSnapshot } from '../../model/schema.js';
import { defaultConstraintName } from './pg-ast.js';

/**
 * How Laravel's PostgresGrammar (Laravel 8–12) spells each logical type, and
 * how pg_dump prints it back (format_type's canonical names).
 * https://github.com/laravel/framework/blob/8.x/src/Illuminate/Database/Schema/Grammars/PostgresGrammar.php
 * https://www.postgresql.org/docs/current/datatype.html
 */

/** A type split into its base name, modifiers and time-zone flag. */
interface PgType {
  readonly base: string;
  readonly args: readonly string[] | null;
  /** For time and timestamp: true `with time zone`, false `without`. */
  readonly timezone: boolean;
  readonly array: boolean;
}

/** Alternative spellings PostgreSQL accepts, mapped to format_type's names. */
const ALIASES: Record<string, string> = {
  varchar: 'character varying',
  char: 'character',
  bpchar: 'character',
  int: 'integer',
  int4: 'integer',
  serial: 'integer',
  serial4: 'integer',
  int2: 'smallint',
  smallserial: 'smallint',
  serial2: 'smallint',
  int8: 'bigint',
  bigserial: 'bigint',
  serial8: 'bigint',
  float8: 'double precision',
  float: 'double precision',
  float4: 'real',
  bool: 'boolean',
  decimal: 'numeric',
  timestamptz: 'timestamp',
  timetz: 'time',
  varbit: 'bit varying',
};

/** Parses a type's text (`timestamp(0) without time zone`, `varchar(255)`, `int4[]`). */
export function parsePgType(text: string): PgType {
  let t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^pg_catalog\./, '');
  const array = t.endsWith('[]');
  t = t.replace(/(\[\d*\])+$/, '').trim();
  let timezone = /^(timestamptz|timetz)\b/.test(t);
  const zone = / with(out)? time zone$/.exec(t);
  if (zone) {
    timezone = zone[1] === undefined;
    t = t.slice(0, zone.index);
  }
  const paren = /^([^(]+?)\s*\(([^)]*)\)\s*(.*)$/.exec(t);
  const name = paren ? `${paren[1]}${paren[3] ? ` ${paren[3]}` : ''}`.trim() : t.trim();
  const args = paren ? paren[2]!.split(',').map((a) => a.trim()) : null;
  return { base: ALIASES[name] ?? name, args, timezone, array };
}

/** Laravel's column type for integers of each byte width. */
function integerBase(bytes: number): string {
  return bytes <= 2 ? 'smallint' : bytes <= 4 ? 'integer' : 'bigint';
}

/** The PostgreSQL spelling of a logical type, as pg_dump would print Laravel's column. */
export function renderType(type: LogicalType): string {
  switch (type.kind) {
    case 'integer':
      return integerBase(type.bytes);
    case 'decimal':
      return type.precision === null ? 'numeric' : `numeric(${type.precision},${type.scale ?? 0})`;
    case 'float':
      return type.bits === 24 ? 'real' : 'double precision';
    case 'boolean':
      return 'boolean';
    case 'string':
      return `${type.fixed ? 'character' : 'character varying'}${type.length === null ? '' : `(${type.length})`}`;
    case 'text':
      return 'text';
    case 'binary':
      return 'bytea';
    case 'json':
      return type.binary ? 'jsonb' : 'json';
    case 'uuid':
      return 'uuid';
    case 'enum':
      return 'character varying(255)';
    case 'set':
      return 'set (not supported on PostgreSQL)';
    case 'date':
      return 'date';
    case 'time':
    case 'timestamp':
      return `${type.kind}${type.precision === null ? '' : `(${type.precision})`} ${type.timezone ? 'with' : 'without'} time zone`;
    case 'year':
      return 'integer';
    case 'ipAddress':
      return 'inet';
    case 'macAddress':
      return 'macaddr';
    case 'geometry':
      return `geography(${type.subtype ?? 'geometry'},4326)`;
    case 'raw':
      return type.sql;
  }
}

/**
 * Laravel's PostgresGrammar writes `enum()` as `varchar(255) check ("c" in ('a', 'b'))`;
 * PostgreSQL names that unnamed column constraint `{table}_{column}_check`. The check
 * is an effect of the migration that makes the column, and a later migration that
 * drops it by that name is proven by its absence.
 */
export function enumCheck(table: string, column: ColumnSpec): CheckSpec | null {
  if (column.type.kind !== 'enum') return null;
  const values = column.type.values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
  return {
    name: defaultConstraintName(table, 'check', [column.name]),
    column: column.name,
    expression: `"${column.name.replace(/"/g, '""')}" in (${values})`,
    literals: column.type.values,
    at: column.at,
  };
}

/**
 * Does the dumped column have the type Laravel gives `expected`? Lengths and
 * precisions must match when the migration states them; spelling aliases
 * (`varchar`, `int4`, `timestamptz`) are equal.
 */
export function typeMatches(expected: LogicalType, actual: ColumnSnapshot): boolean {
  const got = parsePgType(actual.type);
  if (got.array && expected.kind !== 'raw') return false;
  const sameArgs = (want: readonly string[]): boolean => got.args !== null && got.args.join(',') === want.join(',');
  switch (expected.kind) {
    case 'integer':
    case 'year':
      return got.base === integerBase(expected.kind === 'year' ? 4 : expected.bytes);
    case 'decimal':
      if (got.base !== 'numeric') return false;
      return expected.precision === null || sameArgs([String(expected.precision), String(expected.scale ?? 0)]);
    case 'float':
      return got.base === (expected.bits === 24 ? 'real' : 'double precision');
    case 'string':
      if (got.base !== (expected.fixed ? 'character' : 'character varying')) return false;
      return expected.length === null || sameArgs([String(expected.length)]);
    case 'text':
      // Laravel 9+ makes tinyText a varchar(255).
      return got.base === 'text' || (expected.size === 'tiny' && got.base === 'character varying' && sameArgs(['255']));
    case 'enum':
      // The allowed values live in a CHECK constraint, compared separately.
      return got.base === 'character varying';
    case 'set':
      return false;
    case 'time':
    case 'timestamp': {
      if (got.base !== expected.kind || got.timezone !== expected.timezone) return false;
      // Laravel 8 writes precision 0 by default, Laravel 11+ none: both mean "not stated".
      const gotPrecision = got.args === null ? null : Number(got.args[0]);
      if (expected.precision === null || expected.precision === 0) return gotPrecision === null || gotPrecision === 0;
      return gotPrecision === expected.precision;
    }
    case 'geometry': {
      if (got.base !== 'geography' && got.base !== 'geometry') return false;
      return expected.subtype === null || got.args?.[0]?.toLowerCase() === expected.subtype.toLowerCase();
    }
    case 'raw':
      return sameType(parsePgType(expected.sql), got);
    default:
      return got.base === renderType(expected);
  }
}

function sameType(a: PgType, b: PgType): boolean {
  return a.base === b.base && a.timezone === b.timezone && a.array === b.array && (a.args ?? []).join(',') === (b.args ?? []).join(',');
}

/** A dumped default, reduced to a literal when it is one. */
type ParsedDefault =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'expression'; readonly sql: string };

/** Strips outer parentheses and trailing casts: `('draft'::character varying)` → `'draft'`. */
function stripDecoration(sql: string): string {
  let s = sql.trim();
  for (;;) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
    s = s.replace(/::[a-z_ ."]+(\(\d+(,\s*\d+)?\))?(\[\])*$/i, '').trim();
    if (s === before) return s;
  }
}

function parseDefault(sql: string): ParsedDefault {
  const s = stripDecoration(sql);
  const quoted = /^[Ee]?'((?:[^']|'')*)'$/.exec(s);
  if (quoted) return { kind: 'string', value: quoted[1]!.replace(/''/g, "'") };
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return { kind: 'number', value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  if (/^null$/i.test(s)) return { kind: 'null' };
  return { kind: 'expression', sql: s };
}

/** Expressions PostgreSQL treats as the same function. */
const SAME_EXPRESSION: Record<string, string> = {
  'now()': 'current_timestamp',
  'transaction_timestamp()': 'current_timestamp',
};

function normalizeExpression(sql: string): string {
  const s = stripDecoration(sql).toLowerCase().replace(/\s+/g, '');
  return SAME_EXPRESSION[s] ?? s;
}

/** Truthiness of a Laravel boolean default written as 1/0, '1'/'0' or true/false. */
function asBoolean(value: string | number | boolean): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  return null;
}

/** Does the dumped default (`'draft'::character varying`, `false`, `CURRENT_TIMESTAMP`) match the migration's? */
export function defaultMatches(expected: ColumnDefault, actual: ColumnSnapshot): boolean {
  const got: ParsedDefault = actual.default === null ? { kind: 'null' } : parseDefault(actual.default);
  if (expected.kind === 'expression') {
    return got.kind !== 'null' && normalizeExpression(expected.sql) === normalizeExpression(actual.default ?? '');
  }
  const want = expected.value;
  if (want === null) return got.kind === 'null';
  switch (got.kind) {
    case 'string':
      return got.value === String(want);
    case 'number':
      return Number(want) === got.value && String(want).trim() !== '';
    case 'boolean':
      return asBoolean(want) === got.value;
    case 'null':
    case 'expression':
      return false;
  }
}
