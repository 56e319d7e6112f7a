import type { CheckSnapshot, ColumnSnapshot, IndexSnapshot, TableSnapshot, ViewSnapshot } from '../../model/schema.js';
import type { DefaultDefinition, TableDefinition } from './mysql-create-table.js';
import { PRIMARY_KEY_NAME } from './mysql-identifiers.js';
import { lineOffset } from './mysql-sql-text.js';
import { canonicalType } from './mysql-types.js';

/**
 * Builds the tables and views of one database from mysqldump's DDL, replayed
 * in order: `DROP TABLE IF EXISTS` before each CREATE TABLE, and for views a
 * stand-in (a table or a `SELECT NULL AS col` view) first, the real
 * `CREATE ALGORITHM=… VIEW` at the end, each preceded by its DROP.
 */

/** Default names MySQL and MariaDB give unnamed keys: the first column's name (`a`, `a_2`, …). */
function unnamedKeyName(table: { indexes: IndexSnapshot[] }, column: string): string {
  let name = column;
  for (let n = 2; table.indexes.some((i) => i.name.toLowerCase() === name.toLowerCase()); n++) name = `${column}_${n}`;
  return name;
}

/** A default as SQL text, as mysqldump would print it; null for none or NULL. */
function defaultSql(value: DefaultDefinition | undefined): string | null {
  if (value === undefined) return null;
  switch (value.kind) {
    case 'null':
      return null;
    case 'string':
      return `'${value.value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    case 'number':
      return value.text;
    case 'expression':
      return value.sql;
  }
}

export class SnapshotBuilder {
  readonly tables = new Map<string, TableSnapshot>();
  readonly views = new Map<string, ViewSnapshot>();

  /** Adds (or replaces) a table; `sql` is the statement text the definition came from, `line` its first line. */
  createTable(def: TableDefinition, sql: string, line: number): void {
    const at = (offset: number): number => line + lineOffset(sql, offset);
    const indexes: IndexSnapshot[] = [];
    const checks: CheckSnapshot[] = [];
    const columns: ColumnSnapshot[] = def.columns.map((c) => {
      if (c.primaryKey) indexes.push({ name: PRIMARY_KEY_NAME, kind: 'primary', columns: [c.name], constraint: true, where: null, method: null, line: at(c.at) });
      if (c.unique) indexes.push({ name: unnamedKeyName({ indexes }, c.name), kind: 'unique', columns: [c.name], constraint: true, where: null, method: null, line: at(c.at) });
      // MariaDB names a column's inline CHECK after the column.
      if (c.check) checks.push({ name: c.name, expression: c.check.expression, literals: c.check.literals, line: at(c.at) });
      return {
        name: c.name,
        type: canonicalType(c.typeText),
        rawType: c.typeText,
        nullable: c.nullable ?? !c.primaryKey,
        default: defaultSql(c.default),
        identity: null,
        generated: c.generated?.expression ?? null,
        line: at(c.at),
      };
    });
    for (const key of def.keys) {
      indexes.push({
        name: key.name ?? unnamedKeyName({ indexes }, key.columns[0] ?? 'key'),
        kind: key.kind === 'primary' || key.kind === 'unique' ? key.kind : 'index',
        columns: key.columns,
        constraint: key.kind === 'primary' || key.kind === 'unique',
        where: null,
        method: key.kind === 'fulltext' || key.kind === 'spatial' ? key.kind : 'btree',
        line: at(key.at),
      });
    }
    let unnamedChecks = 0;
    for (const check of def.checks) {
      // MySQL 8 names unnamed checks `{table}_chk_{n}`; MariaDB `CONSTRAINT_{n}`; dumps always print the name.
      const name = check.name ?? `${def.name}_chk_${++unnamedChecks}`;
      checks.push({ name, expression: check.expression, literals: check.literals, line: at(check.at) });
    }
    const foreignKeys = def.foreignKeys.map((fk, n) => ({
      name: fk.name ?? `${def.name}_ibfk_${n + 1}`,
      columns: fk.columns,
      refTable: fk.refTable,
      refColumns: fk.refColumns,
      onDelete: fk.onDelete,
      onUpdate: fk.onUpdate,
      line: at(fk.at),
    }));
    this.views.delete(def.name);
    this.tables.set(def.name, { name: def.name, columns, indexes, foreignKeys, checks, partitioned: def.partitioned, line });
  }

  dropTable(name: string): void {
    this.tables.delete(name);
  }

  /** A view replaces the stand-in table mysqldump created under its name. */
  createView(name: string, line: number): void {
    this.tables.delete(name);
    this.views.set(name, { name, materialized: false, line });
  }

  dropView(name: string): void {
    this.views.delete(name);
  }
}
