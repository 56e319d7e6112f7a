import type { ColumnDefault, LogicalType } from '../../model/migration.js';
import type { ColumnSnapshot } from '../../model/schema.js';
import { tokenize } from './mysql-tokens.js';

/**
 * How Laravel's MySqlGrammar (Laravel 8–12) spells each logical type, and how
 * mysqldump prints it back. MariaDB and MySQL 5.7 print integer display widths
 * (`bigint(20) unsigned`), MySQL 8.0.19+ does not: widths never matter, except
 * that `tinyint(1)` is how Laravel's boolean is recognised. Laravel's
 * `dateTime` is DATETIME and `timestamp` is TIMESTAMP, but the model has one
 * `timestamp` kind, so both spellings match it. MariaDB stores `json` as
 * `longtext` with a `json_valid` CHECK; either spelling matches.
 * https://github.com/laravel/framework/blob/10.x/src/Illuminate/Database/Schema/Grammars/MySqlGrammar.php
 * https://dev.mysql.com/doc/refman/8.0/en/data-types.html
 */

/** A type split into base name, arguments and flags. */
export interface MysqlType {
  readonly base: string;
  /** Numeric arguments (`varchar(255)` → ['255']), or the values of enum/set. */
  readonly args: readonly string[] | null;
  readonly unsigned: boolean;
}

const INTEGER_BYTES: Readonly<Record<string, 1 | 2 | 3 | 4 | 8>> = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 8 };
const INTEGER_BASES: Readonly<Record<number, string>> = { 1: 'tinyint', 2: 'smallint', 3: 'mediumint', 4: 'int', 8: 'bigint' };
const TEXT_BASES = { tiny: 'tinytext', normal: 'text', medium: 'mediumtext', long: 'longtext' } as const;
const ALIASES: Readonly<Record<string, string>> = {
  integer: 'int',
  bool: 'tinyint',
  boolean: 'tinyint',
  'double precision': 'double',
  real: 'double',
  numeric: 'decimal',
  dec: 'decimal',
  fixed: 'decimal',
  character: 'char',
  'character varying': 'varchar',
};

/** Parses a type's text (`bigint(20) unsigned zerofill`, `enum('a','b')`, `double precision`). */
export function parseMysqlType(text: string): MysqlType {
  const tokens = tokenize(text);
  const words: string[] = [];
  let args: string[] | null = null;
  let unsigned = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && args === null) {
      args = [];
      for (i++; i < tokens.length && tokens[i]!.text !== ')'; i++) {
        if (tokens[i]!.kind === 'string' || tokens[i]!.kind === 'number') args.push(tokens[i]!.text);
      }
    } else if (t.kind === 'word') {
      const word = t.text.toLowerCase();
      if (word === 'unsigned') unsigned = true;
      else if (word !== 'signed' && word !== 'zerofill' && args === null) words.push(word);
    }
  }
  const name = words.join(' ');
  const boolAlias = name === 'bool' || name === 'boolean';
  return { base: ALIASES[name] ?? name, args: boolAlias ? ['1'] : args, unsigned };
}

/**
 * The canonical spelling kept in the snapshot: lower case, integer display
 * widths dropped except `tinyint(1)`, enum/set values re-quoted.
 */
export function canonicalType(text: string): string {
  const t = parseMysqlType(text);
  let args = '';
  if (t.base === 'enum' || t.base === 'set') args = `(${(t.args ?? []).map(quoteValue).join(',')})`;
  else if (t.args !== null && !hasDisplayWidth(t)) args = `(${t.args.join(',')})`;
  return `${t.base}${args}${t.unsigned ? ' unsigned' : ''}`;
}

/** Integer and YEAR arguments are display widths (`int(11)`, `year(4)`), except Laravel's boolean `tinyint(1)`. */
function hasDisplayWidth(t: MysqlType): boolean {
  return (t.base in INTEGER_BYTES || t.base === 'year') && !(t.base === 'tinyint' && t.args?.[0] === '1');
}

function quoteValue(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The MySQL spelling of a logical type, as Laravel's grammar writes it. */
export function renderType(type: LogicalType): string {
  switch (type.kind) {
    case 'integer':
      return `${INTEGER_BASES[type.bytes]}${type.unsigned ? ' unsigned' : ''}`;
    case 'decimal':
      return `decimal${type.precision === null ? '' : `(${type.precision},${type.scale ?? 0})`}${type.unsigned ? ' unsigned' : ''}`;
    case 'float':
      return type.bits === 24 ? 'float' : 'double';
    case 'boolean':
      return 'tinyint(1)';
    case 'string':
      return `${type.fixed ? 'char' : 'varchar'}(${type.length ?? 255})`;
    case 'text':
      return TEXT_BASES[type.size];
    case 'binary':
      return type.length === null ? 'blob' : `binary(${type.length})`;
    case 'json':
      return 'json';
    case 'uuid':
      return 'char(36)';
    case 'enum':
    case 'set':
      return `${type.kind}(${type.values.map(quoteValue).join(',')})`;
    case 'date':
    case 'year':
      return type.kind;
    case 'time':
      return `time${type.precision ? `(${type.precision})` : ''}`;
    case 'timestamp':
      return `timestamp${type.precision ? `(${type.precision})` : ''}`;
    case 'ipAddress':
      return 'varchar(45)';
    case 'macAddress':
      return 'varchar(17)';
    case 'geometry':
      return type.subtype === null || type.subtype === 'geography' ? 'geometry' : type.subtype;
    case 'raw':
      return canonicalType(type.sql);
  }
}

/** Does the dumped column have the type Laravel's grammar gives `expected`? */
export function typeMatches(expected: LogicalType, actual: ColumnSnapshot): boolean {
  const got = parseMysqlType(actual.type);
  const firstArg = got.args?.[0] ?? null;
  const lengthIs = (length: number | null): boolean => length === null || firstArg === String(length);
  switch (expected.kind) {
    case 'integer':
      return INTEGER_BYTES[got.base] === expected.bytes && got.unsigned === expected.unsigned;
    case 'boolean':
      return got.base === 'tinyint' && (firstArg === null || firstArg === '1');
    case 'decimal':
      if (got.base !== 'decimal' || got.unsigned !== expected.unsigned) return false;
      return expected.precision === null || (got.args ?? []).join(',') === `${expected.precision},${expected.scale ?? 0}`;
    case 'float':
      // Laravel 8–10's float($total, $places) is a double on older grammars and a float on newer ones.
      if (expected.bits === null) return got.base === 'float' || got.base === 'double';
      return got.base === (expected.bits === 24 ? 'float' : 'double');
    case 'string':
      return got.base === (expected.fixed ? 'char' : 'varchar') && lengthIs(expected.length);
    case 'text':
      return got.base === TEXT_BASES[expected.size];
    case 'binary':
      return expected.length === null ? got.base === 'blob' : (got.base === 'binary' || got.base === 'varbinary') && lengthIs(expected.length);
    case 'json':
      return got.base === 'json' || got.base === 'longtext';
    case 'uuid':
      // MariaDB 10.7+ has a native uuid type, which Laravel 11+ uses there.
      return got.base === 'uuid' || (got.base === 'char' && firstArg === '36');
    case 'enum':
    case 'set':
      return got.base === expected.kind && (got.args ?? []).join('\u0000') === expected.values.join('\u0000');
    case 'time':
    case 'timestamp': {
      const bases = expected.kind === 'time' ? ['time'] : ['timestamp', 'datetime'];
      if (!bases.includes(got.base)) return false;
      const precision = firstArg === null ? 0 : Number(firstArg);
      return precision === (expected.precision ?? 0);
    }
    case 'ipAddress':
      return (got.base === 'varchar' && firstArg === '45') || got.base === 'inet6' || got.base === 'inet4';
    case 'macAddress':
      return got.base === 'varchar' && firstArg === '17';
    case 'geometry':
      return got.base === renderType(expected);
    case 'raw':
      return canonicalType(expected.sql) === canonicalType(actual.type);
    default:
      return got.base === renderType(expected);
  }
}

/** Expressions MySQL and MariaDB print differently for the same thing. */
function normalizeExpression(sql: string): string {
  const s = sql.trim().replace(/^\((.*)\)$/s, '$1').toLowerCase().replace(/\s+/g, '');
  return s.replace(/^(current_timestamp|now|localtimestamp|localtime)(\(\))?$/, 'current_timestamp').replace(/^(current_timestamp)\((\d+)\)$/, '$1($2)');
}

/** A dumped default without its quotes: `'draft'` → draft, `0.00` → 0.00; null for no default / NULL. */
function unquote(sql: string): { value: string; quoted: boolean } | null {
  const token = tokenize(sql)[0];
  if (token === undefined || (token.kind === 'word' && token.text.toLowerCase() === 'null')) return null;
  return { value: token.kind === 'string' || token.kind === 'number' ? token.text : sql, quoted: token.kind === 'string' };
}

/**
 * Does the dumped default match the migration's? MySQL 8 quotes numeric
 * defaults (`DEFAULT '0'`), MariaDB does not; booleans are 1/0.
 */
export function defaultMatches(expected: ColumnDefault, actual: ColumnSnapshot): boolean {
  if (expected.kind === 'expression') return actual.default !== null && normalizeExpression(expected.sql) === normalizeExpression(actual.default);
  const got = actual.default === null ? null : unquote(actual.default);
  const want = expected.value;
  if (want === null || got === null) return want === null && got === null;
  if (typeof want === 'boolean') return got.value === (want ? '1' : '0');
  if (typeof want === 'number') return got.value.trim() !== '' && Number(got.value) === want;
  return got.value === want || (/^-?\d+(\.\d+)?$/.test(want) && Number(got.value) === Number(want));
}
