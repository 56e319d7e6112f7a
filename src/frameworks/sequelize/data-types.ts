/**
 * Sequelize v6 data types as neutral column types. Sequelize renders each type per
 * dialect (sequelize src/data-types.js and src/dialects/{postgres,mysql,sqlite}/data-types.js,
 * each class's `toSql()`); the neutral type is the one every dialect's type check
 * accepts for those renderings:
 * - STRING(n = 255) → VARCHAR(n); CHAR(n = 255) → CHAR(n); TEXT → TEXT (MySQL: TINYTEXT,
 *   MEDIUMTEXT, LONGTEXT for 'tiny', 'medium', 'long'; PostgreSQL and SQLite: TEXT).
 * - INTEGER, BIGINT, SMALLINT, TINYINT, MEDIUMINT → integers of 4, 8, 2, 1, 3 bytes
 *   (PostgreSQL renders TINYINT as SMALLINT and MEDIUMINT as INTEGER: compared by the engine's names).
 * - BOOLEAN → BOOLEAN (PostgreSQL), TINYINT(1) (MySQL, SQLite).
 * - DATE → TIMESTAMP WITH TIME ZONE (PostgreSQL, whatever the precision), DATETIME[(n)]
 *   (MySQL, SQLite); DATEONLY → DATE; TIME → TIME.
 * - UUID → UUID (PostgreSQL, SQLite), CHAR(36) BINARY (MySQL); JSON → JSON; JSONB → JSONB.
 * - FLOAT, REAL, DOUBLE, DECIMAL(p, s) → FLOAT / REAL / DOUBLE PRECISION / DECIMAL(p, s).
 * - ENUM is a type of its own per engine (see enum-columns.ts).
 */
import type { LogicalType } from '../../model/index.js';
import type { Value } from './static-values.js';

/** The neutral type of a data type value, or null when it is not one this reader maps. */
export function logicalTypeOf(type: Value): LogicalType | null {
  if (type.kind === 'string') return { kind: 'raw', sql: type.value };
  if (type.kind !== 'dataType') return null;
  const n = (index: number): number | null => {
    const arg = type.args[index];
    return arg?.kind === 'number' ? arg.value : null;
  };
  const option = (key: string): number | null => {
    const arg = type.args[0];
    const value = arg?.kind === 'object' ? arg.entries.get(key) : undefined;
    return value?.kind === 'number' ? value.value : null;
  };
  switch (type.name) {
    case 'STRING':
      return { kind: 'string', length: n(0) ?? option('length') ?? 255, fixed: false };
    case 'CHAR':
      return { kind: 'string', length: n(0) ?? option('length') ?? 255, fixed: true };
    case 'TEXT':
      return { kind: 'text', size: textSize(type.args[0]) };
    case 'CITEXT':
      return { kind: 'raw', sql: 'citext' };
    case 'INTEGER':
      return { kind: 'integer', bytes: 4, unsigned: type.unsigned };
    case 'BIGINT':
      return { kind: 'integer', bytes: 8, unsigned: type.unsigned };
    case 'SMALLINT':
      return { kind: 'integer', bytes: 2, unsigned: type.unsigned };
    case 'TINYINT':
      return { kind: 'integer', bytes: 1, unsigned: type.unsigned };
    case 'MEDIUMINT':
      return { kind: 'integer', bytes: 3, unsigned: type.unsigned };
    case 'BOOLEAN':
      return { kind: 'boolean' };
    case 'FLOAT':
      return { kind: 'float', bits: null };
    case 'REAL':
      return { kind: 'float', bits: 24 };
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
      return { kind: 'float', bits: 53 };
    case 'DECIMAL':
    case 'NUMERIC': {
      const precision = n(0) ?? option('precision');
      return { kind: 'decimal', precision, scale: precision === null ? null : (n(1) ?? option('scale') ?? 0), unsigned: type.unsigned };
    }
    case 'DATE':
      // PostgreSQL drops the precision (TIMESTAMP WITH TIME ZONE always): stating none matches both.
      return { kind: 'timestamp', precision: null, timezone: true };
    case 'DATEONLY':
      return { kind: 'date' };
    case 'TIME':
      return { kind: 'time', precision: null, timezone: false };
    case 'UUID':
      return { kind: 'uuid' };
    case 'JSON':
      return { kind: 'json', binary: false };
    case 'JSONB':
      return { kind: 'json', binary: true };
    case 'BLOB':
      return { kind: 'binary', length: null };
    default:
      return null;
  }
}

function textSize(arg: Value | undefined): 'tiny' | 'normal' | 'medium' | 'long' {
  const size = arg?.kind === 'string' ? arg.value : arg?.kind === 'object' ? arg.entries.get('length') : undefined;
  const text = typeof size === 'string' ? size : size?.kind === 'string' ? size.value : '';
  return text === 'tiny' || text === 'medium' || text === 'long' ? text : 'normal';
}

/** The values of `ENUM('a', 'b')`, `ENUM({ values: [...] })` or a column's `values`, or null when not static. */
export function enumValues(type: Value, column: Value | undefined): string[] | null {
  if (type.kind !== 'dataType' || type.name !== 'ENUM') return null;
  const fromArgs = type.args.length === 1 && type.args[0]?.kind === 'object' ? type.args[0].entries.get('values') : undefined;
  const list: Value[] = fromArgs?.kind === 'array' ? [...fromArgs.items] : fromArgs === undefined && type.args.length > 0 ? [...type.args] : [];
  const given = column?.kind === 'object' ? column.entries.get('values') : undefined;
  const items = list.length > 0 ? list : given?.kind === 'array' ? [...given.items] : [];
  const flat = items.flatMap((item) => (item.kind === 'array' ? [...item.items] : [item]));
  if (flat.length === 0 || flat.some((item) => item.kind !== 'string')) return null;
  return flat.map((item) => (item as { value: string }).value);
}
