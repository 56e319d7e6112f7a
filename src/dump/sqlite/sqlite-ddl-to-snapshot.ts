import type { CheckSnapshot, ForeignKeySnapshot, IndexSnapshot, TableSnapshot, TriggerSnapshot, ViewSnapshot } from '../../model/schema.js';
import type { ColumnDef, CreateIndex, CreateTable, ForeignRef, TableConstraint } from './sqlite-ast.js';
import { nameKey } from './sqlite-identifiers.js';
import { canonicalType, type SqliteColumnSnapshot } from './sqlite-types.js';

/**
 * Builds tables and views from the DDL `.dump` writes: each CREATE TABLE as
 * SQLite stored it (columns, inline keys, foreign keys and CHECKs), then the
 * data, then CREATE INDEX, VIEW and TRIGGER. SQLite gives unnamed constraints
 * no name at all; the snapshot names each by the text that declares it (the
 * column definition, or the table constraint), which is the only handle the
 * database itself has on it and which the stamp script can find in
 * `sqlite_master.sql`.
 * https://www.sqlite.org/lang_createtable.html
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
type TableDraft = Mutable<TableSnapshot>;

/** Where a statement came from: its text and the line it starts on. */
export interface StatementSource {
  readonly text: string;
  readonly line: number;
}

export class SnapshotBuilder {
  readonly tables = new Map<string, TableSnapshot>();
  readonly views = new Map<string, ViewSnapshot>();
  readonly triggers: TriggerSnapshot[] = [];
  /** Tables by SQLite's case-insensitive name. */
  private readonly byKey = new Map<string, TableDraft>();

  /** The table SQLite would resolve `name` to. */
  table(name: string): TableSnapshot | undefined {
    return this.byKey.get(nameKey(name));
  }

  createTable(stmt: CreateTable, src: StatementSource): void {
    if (stmt.temporary || nameKey(stmt.name).startsWith('sqlite_')) return;
    const table: TableDraft = { name: stmt.name, columns: [], indexes: [], foreignKeys: [], checks: [], partitioned: false, line: src.line };
    for (const column of stmt.columns) this.addColumn(table, column, src);
    for (const constraint of stmt.constraints) this.addConstraint(table, constraint, src);
    this.tables.set(stmt.name, table);
    this.byKey.set(nameKey(stmt.name), table);
  }

  createIndex(stmt: CreateIndex, src: StatementSource): void {
    const table = this.byKey.get(nameKey(stmt.table));
    if (!table) return;
    const index: IndexSnapshot = {
      name: stmt.name,
      kind: stmt.unique ? 'unique' : 'index',
      columns: stmt.columns,
      constraint: false,
      where: stmt.where,
      method: null,
      line: src.line,
    };
    table.indexes.push(index);
  }

  createView(name: string, line: number): void {
    this.views.set(name, { name, materialized: false, line });
  }

  /** A trigger, by name and table (a TEMP trigger is never in a dump of the database). */
  createTrigger(name: string, table: string, line: number): void {
    this.triggers.push({ name, table, line });
  }

  private addColumn(table: TableDraft, def: ColumnDef, src: StatementSource): void {
    const line = lineAt(src, def.start);
    const type = canonicalType(def.declaredType);
    // INTEGER PRIMARY KEY is the rowid, which is never NULL; other keys may hold NULLs in SQLite.
    const rowid = def.primaryKey !== null && type === 'integer';
    const column: SqliteColumnSnapshot = {
      name: def.name,
      type,
      rawType: def.declaredType,
      nullable: !def.notNull && !rowid,
      default: def.default,
      identity: null,
      generated: def.generated?.expression ?? null,
      // SQLite keeps no column comments.
      comment: null,
      line,
      checkLiterals: def.checks.map((check) => check.literals),
    };
    table.columns.push(column);
    const own = [def.name];
    if (def.primaryKey) table.indexes.push(keyIndex('primary', def.primaryKey.name ?? def.text, own, line));
    if (def.unique) table.indexes.push(keyIndex('unique', def.unique.name ?? def.text, own, line));
    if (def.references) {
      const { name, ...ref } = def.references;
      table.foreignKeys.push(foreignKey(name ?? def.text, own, ref, line));
    }
    for (const check of def.checks) table.checks.push(checkOf(check.name ?? def.text, check.expression, check.literals, line));
  }

  private addConstraint(table: TableDraft, con: TableConstraint, src: StatementSource): void {
    const line = lineAt(src, con.start);
    const name = con.name ?? con.text;
    switch (con.kind) {
      case 'primary':
      case 'unique':
        table.indexes.push(keyIndex(con.kind, name, con.columns, line));
        break;
      case 'foreign':
        table.foreignKeys.push(foreignKey(name, con.columns, con.ref, line));
        break;
      case 'check':
        table.checks.push(checkOf(name, con.expression, con.literals, line));
        break;
    }
  }
}

function keyIndex(kind: 'primary' | 'unique', name: string, columns: readonly string[], line: number): IndexSnapshot {
  return { name, kind, columns, constraint: true, where: null, method: null, line };
}

function foreignKey(name: string, columns: readonly string[], ref: ForeignRef, line: number): ForeignKeySnapshot {
  return { name, columns, refTable: ref.table, refColumns: ref.columns, onDelete: ref.onDelete, onUpdate: ref.onUpdate, line };
}

function checkOf(name: string, expression: string, literals: readonly string[], line: number): CheckSnapshot {
  return { name, expression, literals, line };
}

/** The line of a character offset in a statement. */
export function lineAt(src: StatementSource, offset: number): number {
  let line = src.line;
  for (let i = src.text.indexOf('\n'); i >= 0 && i < offset; i = src.text.indexOf('\n', i + 1)) line++;
  return line;
}
