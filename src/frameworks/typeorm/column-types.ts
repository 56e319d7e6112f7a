/**
 * TypeORM column types (the `type` of a TableColumn, as its drivers' `supportedDataTypes`
 * spell them) as logical types. A type that is not listed stays SQL text (`raw`) and is
 * compared by its spelling; a `varchar` without a length states none, since the drivers
 * differ (PostgreSQL keeps it unbounded, MySQL writes 255).
 */
import type { LogicalType } from '../../model/index.js';

/** Numbers TypeORM takes as numbers or strings (`length: "255"`). */
export function numberOf(value: string | number | null): number | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

export interface TypeOptions {
  readonly type: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly unsigned: boolean;
  readonly enumValues: readonly string[] | null;
}

const INTEGER_BYTES: Readonly<Record<string, 1 | 2 | 3 | 4 | 8>> = {
  tinyint: 1,
  smallint: 2,
  int2: 2,
  mediumint: 3,
  int: 4,
  integer: 4,
  int4: 4,
  bigint: 8,
  int8: 8,
};

const TEXT_SIZES: Readonly<Record<string, 'tiny' | 'normal' | 'medium' | 'long'>> = {
  tinytext: 'tiny',
  text: 'normal',
  mediumtext: 'medium',
  longtext: 'long',
};

export function logicalType(options: TypeOptions): LogicalType {
  const type = options.type.trim().toLowerCase().replace(/\s+/g, ' ');
  const bytes = INTEGER_BYTES[type];
  if (bytes !== undefined) return { kind: 'integer', bytes, unsigned: options.unsigned };
  const size = TEXT_SIZES[type];
  if (size !== undefined) return { kind: 'text', size };
  switch (type) {
    case 'decimal':
    case 'numeric':
      return { kind: 'decimal', precision: options.precision, scale: options.scale, unsigned: options.unsigned };
    case 'float':
    case 'double':
    case 'double precision':
    case 'float8':
      return { kind: 'float', bits: 53 };
    case 'real':
    case 'float4':
      return { kind: 'float', bits: 24 };
    case 'boolean':
    case 'bool':
      return { kind: 'boolean' };
    case 'varchar':
    case 'character varying':
    case 'nvarchar':
      return { kind: 'string', length: options.length, fixed: false };
    case 'char':
    case 'character':
    case 'nchar':
      return { kind: 'string', length: options.length, fixed: true };
    case 'uuid':
      return { kind: 'uuid' };
    case 'json':
      return { kind: 'json', binary: false };
    case 'jsonb':
      return { kind: 'json', binary: true };
    case 'date':
      return { kind: 'date' };
    case 'time':
    case 'time without time zone':
      return { kind: 'time', precision: options.precision, timezone: false };
    case 'timetz':
    case 'time with time zone':
      return { kind: 'time', precision: options.precision, timezone: true };
    case 'timestamp':
    case 'datetime':
    case 'timestamp without time zone':
      return { kind: 'timestamp', precision: options.precision, timezone: false };
    case 'timestamptz':
    case 'timestamp with time zone':
      return { kind: 'timestamp', precision: options.precision, timezone: true };
    case 'bytea':
    case 'blob':
    case 'binary':
    case 'varbinary':
      return { kind: 'binary', length: options.length };
    case 'enum':
      return options.enumValues === null ? raw(options) : { kind: 'enum', values: options.enumValues };
    default:
      return raw(options);
  }
}

function raw(options: TypeOptions): LogicalType {
  return { kind: 'raw', sql: options.length === null ? options.type : `${options.type}(${options.length})` };
}
