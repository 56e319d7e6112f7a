import type { Fact } from './facts.js';

/*
 * How facts follow the schema changes that do not remove them: a renamed column
 * is renamed in the indexes, foreign keys and comments that use it, a renamed
 * table moves its facts (triggers included) along, and a dropped column takes
 * its indexes and comment with it.
 */

/** Is `fact` the index named `name` on `table` (primary keys are matched by kind: engines name them)? */
export function isIndexNamed(fact: Fact, table: string, name: string, kind: string | null): boolean {
  if (fact.kind !== 'index' || fact.table !== table) return false;
  if (kind === 'primary' || fact.index.kind === 'primary') return kind === 'primary' && fact.index.kind === 'primary';
  return fact.index.name === name;
}

/** Is `fact` an index on `table` that Laravel's `Schema::hasIndex(table, index)` would find: by name, or by its columns in order? */
export function isIndexLike(fact: Fact, table: string, index: string | readonly string[]): boolean {
  if (fact.kind !== 'index' || fact.table !== table) return false;
  if (typeof index === 'string') return fact.index.name === index;
  return fact.index.columns.length === index.length && fact.index.columns.every((column, i) => column === index[i]);
}

/** Is `fact` the stated change of `table.column`? */
export function isColumnChange(fact: Fact, table: string, column: string): boolean {
  return fact.kind === 'columnChange' && fact.table === table && fact.change.name === column;
}

/** Does an index, foreign key, column CHECK or comment use `table.column` (as its own or as the referenced column)? */
export function usesColumn(fact: Fact, table: string, column: string): boolean {
  if (fact.kind === 'index') return fact.table === table && fact.index.columns.includes(column);
  if (fact.kind === 'columnComment') return fact.table === table && fact.column === column;
  if (fact.kind === 'check') return fact.table === table && fact.check.column === column;
  if (fact.kind === 'foreignKey') {
    return (fact.table === table && fact.foreignKey.columns.includes(column)) || (fact.foreignKey.refTable === table && fact.foreignKey.refColumns.includes(column));
  }
  return false;
}

/** The fact with `table.from` renamed to `to` where it uses it, or null when it does not. */
export function renameColumnIn(fact: Fact, table: string, from: string, to: string): Fact | null {
  const swap = (columns: readonly string[]): readonly string[] => columns.map((c) => (c === from ? to : c));
  // A comment stays on its column under the new name.
  if (fact.kind === 'columnComment') return fact.table === table && fact.column === from ? { ...fact, column: to } : null;
  // A column's CHECK keeps its name (PostgreSQL does not rename constraints) and follows the column.
  if (fact.kind === 'check') return fact.table === table && fact.check.column === from ? { ...fact, check: { ...fact.check, column: to } } : null;
  if (fact.kind === 'index' && fact.table === table && fact.index.columns.includes(from)) {
    return { ...fact, index: { ...fact.index, columns: swap(fact.index.columns) } };
  }
  if (fact.kind === 'foreignKey') {
    const own = fact.table === table && fact.foreignKey.columns.includes(from);
    const referenced = fact.foreignKey.refTable === table && fact.foreignKey.refColumns.includes(from);
    if (!own && !referenced) return null;
    return {
      ...fact,
      foreignKey: {
        ...fact.foreignKey,
        columns: own ? swap(fact.foreignKey.columns) : fact.foreignKey.columns,
        refColumns: referenced ? swap(fact.foreignKey.refColumns) : fact.foreignKey.refColumns,
      },
    };
  }
  return null;
}

/** The fact moved from table `from` to `to` (foreign keys follow their referenced table too), or null. */
export function moveToTable(fact: Fact, from: string, to: string): Fact | null {
  switch (fact.kind) {
    case 'view':
    case 'enumType':
    case 'routine':
    case 'sequence':
      return null;
    case 'foreignKey': {
      const own = fact.table === from;
      const referenced = fact.foreignKey.refTable === from;
      if (!own && !referenced) return null;
      return { ...fact, table: own ? to : fact.table, foreignKey: { ...fact.foreignKey, refTable: referenced ? to : fact.foreignKey.refTable } };
    }
    default:
      return fact.table === from ? { ...fact, table: to } : null;
  }
}

