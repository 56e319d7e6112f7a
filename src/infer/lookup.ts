import type { ColumnSnapshot, Dialect, SchemaSnapshot, TableSnapshot } from '../model/index.js';

/**
 * Finds a table by the name a migration uses, as the engine would: exactly
 * first, then by the dialect's identifier rules (MySQL and SQLite ignore case,
 * PostgreSQL truncates long names).
 */
export function findTable(snapshot: SchemaSnapshot, name: string, dialect: Dialect): TableSnapshot | undefined {
  const exact = snapshot.tables.get(name);
  if (exact !== undefined) return exact;
  for (const table of snapshot.tables.values()) {
    if (dialect.identifiersEqual(table.name, name)) return table;
  }
  return undefined;
}

/** Finds a column of a dumped table by the name a migration uses. */
export function findColumn(table: TableSnapshot, name: string, dialect: Dialect): ColumnSnapshot | undefined {
  return table.columns.find((column) => column.name === name) ?? table.columns.find((column) => dialect.identifiersEqual(column.name, name));
}
