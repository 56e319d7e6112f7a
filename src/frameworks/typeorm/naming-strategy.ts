/**
 * The names TypeORM gives constraints and indexes a migration leaves unnamed, as
 * DefaultNamingStrategy computes them (typeorm/src/naming-strategy/DefaultNamingStrategy.ts,
 * `primaryKeyName`, `uniqueConstraintName`, `foreignKeyName`, `indexName`,
 * `checkConstraintName`): the table's name without its schema (`getTableName`: the
 * part after the last `.`), `_`, the column names sorted and joined with `_` (a
 * partial index also appends `_` and its `where`), hashed with SHA-1
 * (StringUtils.hash → PlatformTools.sha1, hex) and cut to a fixed length after a prefix.
 * The query runners ask for these names when a Table, TableIndex, TableUnique or
 * TableForeignKey has none (e.g. PostgresQueryRunner.createTable, createIndex,
 * createForeignKey, createTableSql).
 */
import { createHash } from 'node:crypto';

function key(table: string, columns: readonly string[]): string {
  const bare = table.split('.').pop() ?? table;
  return `${bare}_${[...columns].sort().join('_')}`;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** `PK_` and 27 hex digits. */
export function primaryKeyName(table: string, columns: readonly string[]): string {
  return `PK_${sha1(key(table, columns)).slice(0, 27)}`;
}

/** `UQ_` and 27 hex digits. */
export function uniqueConstraintName(table: string, columns: readonly string[]): string {
  return `UQ_${sha1(key(table, columns)).slice(0, 27)}`;
}

/** `FK_` and 27 hex digits; the referenced table and columns are not part of it. */
export function foreignKeyName(table: string, columns: readonly string[]): string {
  return `FK_${sha1(key(table, columns)).slice(0, 27)}`;
}

/** `IDX_` and 26 hex digits; a partial index's `where` is part of the hashed text. */
export function indexName(table: string, columns: readonly string[], where: string | null): string {
  const text = where === null || where === '' ? key(table, columns) : `${key(table, columns)}_${where}`;
  return `IDX_${sha1(text).slice(0, 26)}`;
}

/** `CHK_` and 26 hex digits, from the table and the check's expression. */
export function checkConstraintName(table: string, expression: string): string {
  const bare = table.split('.').pop() ?? table;
  return `CHK_${sha1(`${bare}_${expression}`).slice(0, 26)}`;
}
