import type { ColumnDefault, LogicalType } from '../../model/migration.js';
import type { ColumnSnapshot } from '../../model/schema.js';

/**
 * How Laravel's SQLiteGrammar (Laravel 8–12) spells each logical type. SQLite
 * keeps the declared type text as written and enforces none of it (only its
 * affinity: INTEGER, TEXT, BLOB, REAL, NUMERIC), so `varchar` and
 * `varchar(255)` store the same values: lengths and precisions are ignored
 * when comparing, and type names are compared by Laravel's spelling and its
 * common synonyms, not by affinity (a `varchar` → `text` change must still show).
 * https://github.com/laravel/framework/blob/8.x/src/Illuminate/Database/Schema/Grammars/SQLiteGrammar.php
 * https://www.sqlite.org/datatype3.html
 *
 * Laravel 8–10 run `->change()` (and, before Laravel 9/10, renameColumn and
 * dropColumn) on SQLite through Doctrine DBAL, which rebuilds the whole table
 * and re-spells every column its own way: `INTEGER UNSIGNED`, `CLOB` for text,
 * JSON and strings longer than DBAL's 4000-character VARCHAR limit,
 * `DOUBLE PRECISION`, `BOOLEAN`. Those spellings name the same types.
 * https://github.com/doctrine/dbal/blob/3.6.x/src/Platforms/SqlitePlatform.php
 */

/** A column as SQLite declares it, with the literals of its own CHECK clauses (how enums are kept). */
export interface SqliteColumnSnapshot extends ColumnSnapshot {
  readonly checkLiterals: ReadonlyArray<readonly string[]>;
}

/** Lower-cased, white space collapsed, no blanks around parentheses: `Varchar ( 255 )` → `varchar(255)`. */
export function canonicalType(declared: string): string {
  return declared
    .replace(/["`[\]]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim();
}

/** A declared type's name words and its parenthesised arguments. */
function parseType(type: string): { base: string; args: string[] | null } {
  const paren = /^([^(]*)\((.*)\)$/.exec(canonicalType(type));
  if (!paren) return { base: canonicalType(type), args: null };
  return { base: paren[1]!.trim(), args: paren[2]!.split(',') };
}

const INTEGER_NAMES = new Set(['integer', 'int', 'bigint', 'smallint', 'mediumint', 'tinyint', 'int2', 'int4', 'int8', 'unsigned big int']);
const STRING_NAMES = new Set(['varchar', 'char', 'character', 'character varying', 'varying character', 'nchar', 'nvarchar', 'native character']);
const FLOAT_NAMES = new Set(['float', 'double', 'double precision', 'real']);
const TIMESTAMP_NAMES = new Set(['datetime', 'timestamp']);
/** Doctrine DBAL declares a string longer than this as CLOB (AbstractPlatform::getVarcharMaxLength). */
const DOCTRINE_VARCHAR_MAX = 4000;

/** Laravel's SQLite spelling of a logical type. */
export function renderType(type: LogicalType): string {
  switch (type.kind) {
    case 'integer':
    case 'year':
      return 'integer';
    case 'decimal':
      return 'numeric';
    case 'float':
      return type.bits === 53 ? 'double' : 'float';
    case 'boolean':
      return 'tinyint(1)';
    case 'string':
    case 'uuid':
    case 'ipAddress':
    case 'macAddress':
      return 'varchar';
    case 'text':
    case 'json':
      return 'text';
    case 'binary':
      return 'blob';
    case 'enum':
      return `varchar check (… in (${type.values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}))`;
    case 'set':
      return 'set (not supported on SQLite)';
    case 'date':
      return 'date';
    case 'time':
      return 'time';
    case 'timestamp':
      return 'datetime';
    case 'geometry':
      return type.subtype ?? 'geometry';
    case 'raw':
      return canonicalType(type.sql);
  }
}

/** Does the dumped column's declared type say what Laravel writes for `expected`? */
export function typeMatches(expected: LogicalType, actual: ColumnSnapshot): boolean {
  const got = parseType(actual.type);
  switch (expected.kind) {
    case 'integer':
    case 'year':
      // Doctrine appends UNSIGNED to integer names (SqlitePlatform::_getCommonIntegerTypeDeclarationSQL).
      return INTEGER_NAMES.has(got.base.replace(/ unsigned$/, ''));
    case 'decimal':
      return got.base === 'numeric' || got.base === 'decimal';
    case 'float':
      return FLOAT_NAMES.has(got.base);
    case 'boolean':
      return got.base === 'boolean' || got.base === 'bool' || (got.base === 'tinyint' && (got.args === null || got.args.join() === '1'));
    case 'string':
      return STRING_NAMES.has(got.base) || (got.base === 'clob' && expected.length !== null && expected.length > DOCTRINE_VARCHAR_MAX);
    case 'ipAddress':
    case 'macAddress':
      return STRING_NAMES.has(got.base);
    case 'uuid':
      return STRING_NAMES.has(got.base) || got.base === 'uuid';
    case 'text':
      return got.base === 'text' || got.base === 'clob' || got.base.endsWith(' text');
    case 'json':
      return got.base === 'text' || got.base === 'json' || got.base === 'jsonb' || got.base === 'clob';
    case 'binary':
      return got.base === 'blob';
    case 'enum':
      return STRING_NAMES.has(got.base) && enumValuesMatch(expected.values, actual);
    case 'set':
      return false;
    case 'date':
    case 'time':
      return got.base === expected.kind;
    case 'timestamp':
      return TIMESTAMP_NAMES.has(got.base);
    case 'geometry':
      return got.base === 'geometry' || got.base === expected.subtype;
    case 'raw':
      return canonicalType(expected.sql) === canonicalType(actual.type);
  }
}

/**
 * Laravel keeps an enum's values in the column's CHECK (`"c" in ('a', 'b')`):
 * when the column has CHECKs, one of them must allow exactly these values.
 */
function enumValuesMatch(values: readonly string[], actual: ColumnSnapshot): boolean {
  const checks = 'checkLiterals' in actual ? (actual as SqliteColumnSnapshot).checkLiterals : [];
  if (checks.length === 0) return true;
  const wanted = [...new Set(values)].sort().join('\u0000');
  return checks.some((literals) => [...new Set(literals)].sort().join('\u0000') === wanted);
}

/** A dumped default: `'1'`, `1`, `-1.5`, `NULL`, `CURRENT_TIMESTAMP`, `(expr)`. */
function parseDefault(sql: string): { kind: 'string' | 'number'; value: string } | { kind: 'null' } | { kind: 'expression'; sql: string } {
  let s = sql.trim();
  while (/^\(.*\)$/s.test(s) && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
  const quoted = /^'((?:[^']|'')*)'$/s.exec(s);
  if (quoted) return { kind: 'string', value: quoted[1]!.replace(/''/g, "'") };
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { kind: 'number', value: s };
  if (/^null$/i.test(s)) return { kind: 'null' };
  if (/^true$/i.test(s)) return { kind: 'number', value: '1' };
  if (/^false$/i.test(s)) return { kind: 'number', value: '0' };
  return { kind: 'expression', sql: s };
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Does the dumped default match the migration's? Laravel quotes every literal
 * default on SQLite (`default '1'` for `->default(1)` and `->default(true)`),
 * and SQLite compares stored values by affinity, so `'1'`, `1` and true agree.
 */
export function defaultMatches(expected: ColumnDefault, actual: ColumnSnapshot): boolean {
  const got = actual.default === null ? ({ kind: 'null' } as const) : parseDefault(actual.default);
  if (expected.kind === 'expression') {
    const want = parseDefault(expected.sql);
    const norm = (d: ReturnType<typeof parseDefault>): string => (d.kind === 'expression' ? d.sql.toLowerCase().replace(/\s+/g, '') : JSON.stringify(d));
    return got.kind !== 'null' && norm(want) === norm(got);
  }
  const want = expected.value;
  if (want === null) return got.kind === 'null';
  if (got.kind === 'null' || got.kind === 'expression') return false;
  if (typeof want === 'boolean') return got.value === (want ? '1' : '0') || got.value.toLowerCase() === String(want);
  if (typeof want === 'number') return got.value.trim() !== '' && Number(got.value) === want;
  return got.value === want || (got.kind === 'number' && Number(got.value) === Number(want) && want.trim() !== '');
}
