/**
 * ENUM columns, a type of their own per engine. PostgreSQL: the query interface
 * first creates `CREATE TYPE "public"."enum_{table}_{column}"` (sequelize
 * src/dialects/postgres/query-interface.js `ensureEnums`, name from src/utils.js
 * `generateEnumName`) and types the column with it (query-generator.js `pgEnumName`);
 * MySQL: `ENUM('a', 'b')`; SQLite: `TEXT` (src/dialects/sqlite/data-types.js ENUM#toSql).
 * The column is therefore added once per engine, each under its engine's guard.
 */
import type { ColumnSpec, Guard, Operation, SourceLocation } from '../../model/index.js';

const on = (engine: 'postgres' | 'mysql' | 'sqlite', guards: readonly Guard[]): readonly Guard[] => [...guards, { kind: 'engine', engines: [engine], negated: false }];

/** pg_dump writes the type schema-qualified, quoting a name that is not all lower case. */
function pgTypeText(name: string): string {
  return `public.${/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`}`;
}

/** The operations that make an ENUM column `column` (typed `enum`) on `table`, per engine. */
export function enumColumnOperations(table: string, column: ColumnSpec, values: readonly string[], at: SourceLocation, guards: readonly Guard[]): Operation[] {
  const typeName = `enum_${table}_${column.name}`;
  return [
    { kind: 'createEnumType', name: typeName, values, at, guards: on('postgres', guards) },
    { kind: 'addColumn', table, column: { ...column, type: { kind: 'raw', sql: pgTypeText(typeName) } }, at, guards: on('postgres', guards) },
    { kind: 'addColumn', table, column, at, guards: on('mysql', guards) },
    { kind: 'addColumn', table, column: { ...column, type: { kind: 'text', size: 'normal' } }, at, guards: on('sqlite', guards) },
  ];
}
