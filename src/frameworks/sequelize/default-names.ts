/**
 * Names Sequelize v6 gives indexes and constraints a migration leaves unnamed,
 * and the names engines give the constraints Sequelize declares inline.
 */

/**
 * `queryInterface.addIndex(table, fields)` without a name: sequelize src/dialects/abstract/query-generator.js,
 * `addIndexQuery`, takes the table as prefix (dots to `_`, quotes removed) and calls
 * src/utils.js `nameIndex`: `underscore(`${prefix}_${fields.join('_')}`)`, with inflection's
 * `underscore` (each capital becomes `_` + itself, a leading `_` is dropped, all lower-cased).
 * `users` + `createdAt` → `users_created_at`.
 */
export function defaultIndexName(table: string, fields: readonly string[]): string {
  const prefix = table.replace(/\./g, '_').replace(/["']/g, '');
  return inflectionUnderscore(`${prefix}_${fields.join('_')}`);
}

/** inflection 1.13 `underscore(str)` (lib/inflection.js). */
function inflectionUnderscore(text: string): string {
  return text
    .split('::')
    .map((part) => part.replace(/([A-Z])/g, '_$1').replace(/^_/, ''))
    .join('/')
    .toLowerCase();
}

/**
 * `queryInterface.addConstraint(table, { type, fields })` without a name: query-generator.js
 * `getConstraintSnippet` builds `${table}_${fields.join('_')}_uk` (unique), `_ck` (check),
 * `_pk` (primary key) and `${table}_${fields.join('_')}_${references.table}_fk` (foreign key),
 * from quoted identifiers whose quotes `quoteIdentifier` then removes: no case change.
 */
export function defaultConstraintName(table: string, fields: readonly string[], suffix: 'uk' | 'ck' | 'pk' | `${string}_fk`): string {
  return `${table}_${fields.join('_')}_${suffix}`;
}

/** PostgreSQL's name for an unnamed column constraint (`ChooseConstraintName`): `{table}_{column}_key` / `_fkey`. */
export function postgresInlineName(table: string, column: string, kind: 'key' | 'fkey'): string {
  return `${table}_${column}_${kind}`;
}

/** MySQL/MariaDB's name for an unnamed foreign key: `{table}_ibfk_{n}`, n counting the table's foreign keys from 1. */
export function mysqlForeignKeyName(table: string, n: number): string {
  return `${table}_ibfk_${n}`;
}
