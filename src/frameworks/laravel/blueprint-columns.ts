/**
 * Blueprint column methods of Laravel 8–12 and the columns they add, as LogicalTypes.
 * Facts from Illuminate\Database\Schema\Blueprint: `string()` defaults to
 * Builder::$defaultStringLength (255 unless the app changes it at boot, which a
 * static reading cannot see), `id()` is `bigIncrements('id')`, `timestamps()` adds
 * two nullable columns, `morphs()` adds `{name}_type` + `{name}_id` and an index.
 */
import type { LogicalType } from '../../model/index.js';
import { newDraft, type ColumnDraft } from './blueprint-state.js';
import type { ColumnCall, ColumnMethodResult } from './column-call.js';
import { plural, snake } from './inflector.js';
import { modelKeys } from './models.js';

type ColumnBuilder = (call: ColumnCall) => ColumnMethodResult;

const int = (bytes: 1 | 2 | 3 | 4 | 8, unsigned: boolean): LogicalType => ({ kind: 'integer', bytes, unsigned });

function single(column: ColumnDraft, foreign: ColumnMethodResult['foreign'] = null): ColumnMethodResult {
  return { columns: [column], indexes: [], chainable: true, foreign };
}

function several(columns: ColumnDraft[], indexes: ColumnMethodResult['indexes'] = []): ColumnMethodResult {
  return { columns, indexes, chainable: false, foreign: null };
}

/** `increments()` family: unsigned auto-increment integers (the primary key comes with them). */
function increments(bytes: 1 | 2 | 3 | 4 | 8, fallbackName: string | null = null): ColumnBuilder {
  return (call) => {
    const column = call.column(int(bytes, true), 0, fallbackName);
    column.autoIncrement = true;
    return single(column);
  };
}

/** `integer($column, $autoIncrement = false, $unsigned = false)` and its sized siblings. */
function integer(bytes: 1 | 2 | 3 | 4 | 8): ColumnBuilder {
  return (call) => {
    const unsigned = call.bool(2, 'unsigned', false);
    const column = call.column(int(bytes, unsigned));
    column.autoIncrement = call.bool(1, 'autoIncrement', false);
    return single(column);
  };
}

/** `unsignedInteger($column, $autoIncrement = false)` and its sized siblings. */
function unsignedInteger(bytes: 1 | 2 | 3 | 4 | 8): ColumnBuilder {
  return (call) => {
    const column = call.column(int(bytes, true));
    column.autoIncrement = call.bool(1, 'autoIncrement', false);
    return single(column);
  };
}

function simple(type: LogicalType, fallbackName: string | null = null): ColumnBuilder {
  return (call) => single(call.column(type, 0, fallbackName));
}

/** date/time types take `$precision`; it is null when not given so each dialect applies its default. */
function temporal(kind: 'time' | 'timestamp', timezone: boolean): ColumnBuilder {
  return (call) => single(call.column({ kind, precision: call.int(1, 'precision', null), timezone }));
}

/** timestamps()/timestampsTz()/datetimes(): `created_at` and `updated_at`, both nullable. */
function timestampPair(timezone: boolean): ColumnBuilder {
  return (call) => {
    const type: LogicalType = { kind: 'timestamp', precision: call.int(0, 'precision', null), timezone };
    const columns = ['created_at', 'updated_at'].map((name) => ({ ...newDraft(name, type, call.node), nullable: true }));
    return several(columns);
  };
}

function softDeletes(timezone: boolean): ColumnBuilder {
  return (call) => {
    const type: LogicalType = { kind: 'timestamp', precision: call.int(1, 'precision', null), timezone };
    const column = call.column(type, 0, 'deleted_at');
    column.nullable = true;
    return single(column);
  };
}

/** `decimal($column, $total = 8, $places = 2, $unsigned = false)`. */
function decimal(forceUnsigned: boolean): ColumnBuilder {
  return (call) => {
    const unsigned = forceUnsigned || call.bool(3, 'unsigned', false);
    const precision = call.int(1, 'total', 8);
    const scale = call.int(2, 'places', 2);
    return single(call.column({ kind: 'decimal', precision, scale, unsigned }));
  };
}

/**
 * `float()`: Laravel 11+ takes `$precision = 53` (≤ 24 is single precision); Laravel 8–10
 * took `($total = 8, $places = 2)`, which MySQL stores as FLOAT(8,2) and PostgreSQL as
 * double precision. With no precision or with both numbers, the width is left to the dialect.
 */
const float: ColumnBuilder = (call) => {
  const column = call.column({ kind: 'float', bits: null });
  const precision = call.args.has(1, 'precision') ? call.int(1, 'precision', null) : null;
  const withPlaces = call.args.has(2, 'places');
  if (precision !== null && !withPlaces) column.type = { kind: 'float', bits: precision <= 24 ? 24 : 53 };
  return single(column);
};

function enumLike(kind: 'enum' | 'set'): ColumnBuilder {
  return (call) => single(call.column({ kind, values: call.strings(1, 'allowed') }));
}

function geometry(subtype: string | null): ColumnBuilder {
  return (call) => {
    const given = call.args.has(1, 'subtype') ? call.raw(1, 'subtype') : undefined;
    const sub = given?.kind === 'string' ? given.value.toLowerCase() : subtype;
    return single(call.column({ kind: 'geometry', subtype: sub }));
  };
}

/** The type of a morph's `_id` column, which depends on Schema::morphUsingUuids()/Ulids(). */
function morphIdType(key: 'int' | 'uuid' | 'ulid'): LogicalType {
  if (key === 'uuid') return { kind: 'uuid' };
  if (key === 'ulid') return { kind: 'string', length: 26, fixed: true };
  return int(8, true);
}

function morphs(key: 'int' | 'uuid' | 'ulid' | 'default', nullable: boolean): ColumnBuilder {
  return (call) => {
    const name = call.string(0, 'name');
    const indexName = call.args.has(1, 'indexName') ? call.string(1, 'indexName') : null;
    const idType = morphIdType(key === 'default' ? call.analysis.morphKeyType : key);
    const columns = [
      { ...newDraft(`${name}_type`, { kind: 'string', length: call.analysis.defaultStringLength, fixed: false }, call.node), nullable },
      { ...newDraft(`${name}_id`, idType, call.node), nullable },
    ];
    return several(columns, [{ columns: [`${name}_type`, `${name}_id`], name: indexName }]);
  };
}

/** `string($column, $length = null)` / `char(...)`: null length means the default string length. */
function stringColumn(fixed: boolean): ColumnBuilder {
  return (call) => {
    const length = call.int(1, 'length', call.analysis.defaultStringLength);
    return single(call.column({ kind: 'string', length, fixed }));
  };
}

/**
 * `foreignIdFor(User::class)`: the column is the model's foreign key and the table its
 * table. With the application (`--app`) both come from the model's file (see models.ts);
 * otherwise Eloquent's defaults are assumed (integer key `id`, table from the class
 * name), and a warning says so.
 */
const foreignIdFor: ColumnBuilder = (call) => {
  const model = call.raw(0, 'model');
  const written = model?.kind === 'class' || model?.kind === 'string' ? (model.kind === 'class' ? model.name : model.value) : null;
  if (written === null) {
    call.unresolved ??= 'foreignIdFor(): the model is not a class name';
    return single(newDraft('', int(8, true), call.node));
  }
  const className = baseName(written);
  const snakeName = snake(className);
  const keys = modelKeys(written, call.analysis.names, call.analysis.project);
  const given = call.args.has(1, 'column') ? call.string(1, 'column') : null;
  if (typeof keys === 'string') {
    call.analysis.warn('W-LARAVEL-MODEL-ASSUMED', `foreignIdFor(${className}) assumes an integer key 'id' and table '${plural(snakeName)}': ${keys}`, call.node);
    return single(newDraft(given ?? `${snakeName}_id`, int(8, true), call.node), { modelTable: plural(snakeName) });
  }
  const name = given ?? `${snakeName}_${keys.keyName}`;
  const type: LogicalType = keys.keyType === 'int' ? int(8, true) : keys.keyType === 'ulid' ? { kind: 'string', length: 26, fixed: true } : { kind: 'uuid' };
  return single(newDraft(name, type, call.node), { modelTable: keys.table ?? plural(snakeName) });
};

function baseName(className: string): string {
  const parts = className.split('\\');
  return parts[parts.length - 1] ?? className;
}

const COLUMN_METHODS: Readonly<Record<string, ColumnBuilder>> = {
  id: increments(8, 'id'),
  increments: increments(4),
  integerIncrements: increments(4),
  tinyIncrements: increments(1),
  smallIncrements: increments(2),
  mediumIncrements: increments(3),
  bigIncrements: increments(8),
  tinyInteger: integer(1),
  smallInteger: integer(2),
  mediumInteger: integer(3),
  integer: integer(4),
  bigInteger: integer(8),
  unsignedTinyInteger: unsignedInteger(1),
  unsignedSmallInteger: unsignedInteger(2),
  unsignedMediumInteger: unsignedInteger(3),
  unsignedInteger: unsignedInteger(4),
  unsignedBigInteger: unsignedInteger(8),
  foreignId: (call) => single(call.column(int(8, true)), { modelTable: null }),
  foreignIdFor,
  foreignUuid: (call) => single(call.column({ kind: 'uuid' }), { modelTable: null }),
  foreignUlid: (call) => single(call.column({ kind: 'string', length: call.int(1, 'length', 26), fixed: true }), { modelTable: null }),
  decimal: decimal(false),
  unsignedDecimal: decimal(true),
  float,
  unsignedFloat: float,
  double: simple({ kind: 'float', bits: 53 }),
  unsignedDouble: simple({ kind: 'float', bits: 53 }),
  boolean: simple({ kind: 'boolean' }),
  char: stringColumn(true),
  string: stringColumn(false),
  tinyText: simple({ kind: 'text', size: 'tiny' }),
  text: simple({ kind: 'text', size: 'normal' }),
  mediumText: simple({ kind: 'text', size: 'medium' }),
  longText: simple({ kind: 'text', size: 'long' }),
  binary: (call) => single(call.column({ kind: 'binary', length: call.int(1, 'length', null) })),
  json: simple({ kind: 'json', binary: false }),
  jsonb: simple({ kind: 'json', binary: true }),
  uuid: simple({ kind: 'uuid' }, 'uuid'),
  ulid: (call) => single(call.column({ kind: 'string', length: call.int(1, 'length', 26), fixed: true }, 0, 'ulid')),
  enum: enumLike('enum'),
  set: enumLike('set'),
  date: simple({ kind: 'date' }),
  // The model has no separate date-time kind: DATETIME and TIMESTAMP both map to `timestamp`.
  dateTime: temporal('timestamp', false),
  dateTimeTz: temporal('timestamp', true),
  time: temporal('time', false),
  timeTz: temporal('time', true),
  timestamp: temporal('timestamp', false),
  timestampTz: temporal('timestamp', true),
  timestamps: timestampPair(false),
  nullableTimestamps: timestampPair(false),
  timestampsTz: timestampPair(true),
  datetimes: timestampPair(false),
  softDeletes: softDeletes(false),
  softDeletesTz: softDeletes(true),
  softDeletesDatetime: softDeletes(false),
  rememberToken: (call) => single({ ...newDraft('remember_token', { kind: 'string', length: 100, fixed: false }, call.node), nullable: true }),
  year: simple({ kind: 'year' }),
  ipAddress: simple({ kind: 'ipAddress' }, 'ip_address'),
  macAddress: simple({ kind: 'macAddress' }, 'mac_address'),
  geometry: geometry(null),
  geography: (call) => single(call.column({ kind: 'geometry', subtype: 'geography' })),
  point: geometry('point'),
  lineString: geometry('linestring'),
  polygon: geometry('polygon'),
  geometryCollection: geometry('geometrycollection'),
  multiPoint: geometry('multipoint'),
  multiLineString: geometry('multilinestring'),
  multiPolygon: geometry('multipolygon'),
  multiPolygonZ: geometry('multipolygonz'),
  morphs: morphs('default', false),
  nullableMorphs: morphs('default', true),
  numericMorphs: morphs('int', false),
  nullableNumericMorphs: morphs('int', true),
  uuidMorphs: morphs('uuid', false),
  nullableUuidMorphs: morphs('uuid', true),
  ulidMorphs: morphs('ulid', false),
  nullableUlidMorphs: morphs('ulid', true),
  computed: (call) => {
    const column = call.column({ kind: 'raw', sql: 'computed' });
    const expression = call.raw(1, 'expression');
    column.generated = { kind: 'virtual', expression: expression?.kind === 'string' ? expression.value : '' };
    return single(column);
  },
  vector: (call) => single(call.column({ kind: 'raw', sql: `vector(${call.int(1, 'dimensions', null) ?? ''})` })),
};

/** The builder for a column method, or undefined when `method` adds no column. */
export function columnMethod(method: string): ColumnBuilder | undefined {
  return Object.hasOwn(COLUMN_METHODS, method) ? COLUMN_METHODS[method] : undefined;
}
