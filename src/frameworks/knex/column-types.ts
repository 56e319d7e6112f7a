/**
 * Knex's column builders and the columns they make, as LogicalTypes.
 *
 * Facts from knex 3.3: the builder names are `columnTypes` in lib/schema/tablebuilder.js
 * (with `columnAlias` in lib/schema/columnbuilder.js: string → varchar, enum → enu,
 * boolean → bool, float → floating); the types per engine come from the column compilers
 * (lib/schema/columncompiler.js and lib/dialects/{postgres,mysql,sqlite3}/schema/*-columncompiler.js):
 * `varchar(length = 255)`, `floating(8, 2)` (PostgreSQL `real`), `decimal(8, 2)`,
 * `datetime`/`timestamp` (PostgreSQL `timestamptz` unless `useTz: false`), `uuid`
 * (`char(36)` off PostgreSQL), `enu` (`text check (… in (…))` on PostgreSQL and SQLite,
 * MySQL's `enum(…)`), `increments` (`serial primary key`, `int unsigned … auto_increment
 * primary key`, `integer … primary key autoincrement`). A column without
 * `notNullable()` is nullable: the compilers write no NOT NULL.
 */
import type { LogicalType } from '../../model/index.js';
import { type JsValue, asNumber, asString, property } from './js-values.js';

/** A column as a builder call and its modifiers describe it. */
export interface ColumnDraft {
  name: string;
  type: LogicalType;
  nullable: boolean;
  default: { readonly kind: 'literal'; readonly value: string | number | boolean | null } | { readonly kind: 'expression'; readonly sql: string } | undefined;
  autoIncrement: boolean;
  /** `increments()` with its default `{ primaryKey: true }`: the column is the primary key. */
  primaryKey: boolean;
  comment: string | null;
}

/** The column a builder makes from its arguments, or a reason it cannot be told. */
export type ColumnResult = { readonly ok: true; readonly draft: ColumnDraft } | { readonly ok: false; readonly reason: string };

type Builder = (args: readonly JsValue[]) => LogicalType | string;

const int = (bytes: 1 | 2 | 3 | 4 | 8): Builder => () => ({ kind: 'integer', bytes, unsigned: false });

/** `datetime(name, { useTz, precision })`, or the older `(name, withoutTz = false, precision)`; `timestamp(…)` alike. */
const dateTime: Builder = (args) => {
  const options = args[1];
  if (options?.kind === 'object') {
    const useTz = property(options, 'useTz');
    return { kind: 'timestamp', precision: asNumber(property(options, 'precision')), timezone: useTz?.kind === 'boolean' ? useTz.value : true };
  }
  return { kind: 'timestamp', precision: asNumber(args[2]), timezone: !(options?.kind === 'boolean' && options.value) };
};

const textSizes: Readonly<Record<string, 'tiny' | 'normal' | 'medium' | 'long'>> = { tinytext: 'tiny', mediumtext: 'medium', longtext: 'long', text: 'normal' };

const BUILDERS: Readonly<Record<string, Builder>> = {
  tinyint: int(1),
  smallint: int(2),
  mediumint: int(3),
  int: int(4),
  integer: int(4),
  bigint: int(8),
  bigInteger: int(8),
  biginteger: int(8),
  decimal: (args) => ({ kind: 'decimal', precision: args[1]?.kind === 'null' ? null : (asNumber(args[1]) ?? 8), scale: asNumber(args[2]) ?? 2, unsigned: false }),
  float: () => ({ kind: 'float', bits: 24 }),
  double: () => ({ kind: 'float', bits: 53 }),
  real: () => ({ kind: 'float', bits: 24 }),
  boolean: () => ({ kind: 'boolean' }),
  bool: () => ({ kind: 'boolean' }),
  date: () => ({ kind: 'date' }),
  datetime: dateTime,
  dateTime: dateTime,
  timestamp: dateTime,
  time: () => ({ kind: 'time', precision: null, timezone: false }),
  year: () => ({ kind: 'year' }),
  char: (args) => ({ kind: 'string', length: asNumber(args[1]) ?? 255, fixed: true }),
  string: (args) => ({ kind: 'string', length: asNumber(args[1]) ?? 255, fixed: false }),
  varchar: (args) => ({ kind: 'string', length: asNumber(args[1]) ?? 255, fixed: false }),
  text: (args) => ({ kind: 'text', size: textSizes[asString(args[1])?.toLowerCase() ?? 'text'] ?? 'normal' }),
  tinytext: () => ({ kind: 'text', size: 'tiny' }),
  tinyText: () => ({ kind: 'text', size: 'tiny' }),
  mediumtext: () => ({ kind: 'text', size: 'medium' }),
  mediumText: () => ({ kind: 'text', size: 'medium' }),
  longtext: () => ({ kind: 'text', size: 'long' }),
  longText: () => ({ kind: 'text', size: 'long' }),
  binary: (args) => ({ kind: 'binary', length: asNumber(args[1]) }),
  json: () => ({ kind: 'json', binary: false }),
  jsonb: () => ({ kind: 'json', binary: true }),
  uuid: () => ({ kind: 'uuid' }),
  enum: enumType,
  enu: enumType,
  geometry: () => ({ kind: 'geometry', subtype: null }),
  geography: () => ({ kind: 'geometry', subtype: 'geography' }),
  point: () => ({ kind: 'geometry', subtype: 'point' }),
  specificType: (args) => {
    const sql = asString(args[1]);
    return sql === null ? 'specificType() type is not a literal' : { kind: 'raw', sql };
  },
};

/** `enu(name, values, { useNative, enumName })`: a native PostgreSQL type is a type of its own. */
function enumType(args: readonly JsValue[]): LogicalType | string {
  const values = args[1]?.kind === 'array' ? args[1].items.map(asString) : null;
  if (values === null || values.some((value) => value === null)) return 'enum() values are not literal';
  const native = property(args[2], 'useNative');
  const enumName = asString(property(args[2], 'enumName'));
  if (native?.kind === 'boolean' && native.value) return enumName === null ? 'enum() with useNative and no literal enumName' : { kind: 'raw', sql: enumName };
  return { kind: 'enum', values: values as string[] };
}

/** Is `method` one of Knex's column builders? */
export function isColumnMethod(method: string): boolean {
  return Object.hasOwn(BUILDERS, method) || method === 'increments' || method === 'bigIncrements' || method === 'bigincrements';
}

/** The column `t.method(...args)` adds, before modifiers. */
export function columnOf(method: string, args: readonly JsValue[]): ColumnResult {
  if (method === 'increments' || method === 'bigIncrements' || method === 'bigincrements') {
    // increments(name = 'id', { primaryKey = true })
    const name = args[0] === undefined ? 'id' : asString(args[0]);
    if (name === null) return { ok: false, reason: `${method}() column name is not a literal` };
    const primary = property(args[1], 'primaryKey');
    const draft = newDraft(name, { kind: 'integer', bytes: method === 'increments' ? 4 : 8, unsigned: true });
    return { ok: true, draft: { ...draft, nullable: false, autoIncrement: true, primaryKey: primary?.kind !== 'boolean' || primary.value } };
  }
  const name = asString(args[0]);
  if (name === null) return { ok: false, reason: `${method}() column name is not a literal` };
  const type = BUILDERS[method]!(args);
  if (typeof type === 'string') return { ok: false, reason: type };
  return { ok: true, draft: newDraft(name, type) };
}

function newDraft(name: string, type: LogicalType): ColumnDraft {
  return { name, type, nullable: true, default: undefined, autoIncrement: false, primaryKey: false, comment: null };
}
