/**
 * Knex's default index and key names.
 *
 * knex 3.3, lib/schema/tablecompiler.js `_indexCommand(type, tableName, columns)`:
 * `(table + '_' + columns.join('_') + '_' + type).toLowerCase()`, where only the
 * table part has `.` and `-` replaced by `_`. The dialect table compilers
 * (lib/dialects/postgres/schema/pg-tablecompiler.js, mysql/schema/mysql-tablecompiler.js,
 * sqlite3/schema/sqlite-tablecompiler.js) call it with type `unique`, `index` or
 * `foreign` for `unique()`, `index()`, `foreign()` and their `drop…()` counterparts,
 * the same on every engine. A primary key is `{table}_pkey` (pg-tablecompiler.js
 * `primary()`); the engines name primary keys their own way, so it is matched by kind.
 */

/** The word Knex puts at the end of a default name. */
export type KnexIndexType = 'unique' | 'index' | 'foreign';

export function knexIndexName(table: string, columns: readonly string[], type: KnexIndexType): string {
  return `${table.replace(/[.-]/g, '_')}_${columns.join('_')}_${type}`.toLowerCase();
}

export function knexPrimaryName(table: string): string {
  return `${table}_pkey`;
}
