/**
 * What a `createTable`/`alterTable` callback asks for, collected in the order Knex
 * runs it: lib/schema/tablecompiler.js `create()` makes the table with its columns
 * (foreign keys of a new table inline), then runs the `alterTable` group (indexes,
 * keys, drops, renames) in call order; `alter()` adds columns, then alters columns
 * (`.alter()`), then runs the same group.
 */
import type { ColumnSpec, ForeignKeySpec, Guard, IndexSpec, Operation, SourceLocation } from '../../model/index.js';
import type { OperationBody } from './analysis.js';

type Phase = 'add' | 'alter' | 'command';

interface Item {
  readonly phase: Phase;
  readonly body: OperationBody;
  readonly at: SourceLocation;
  readonly guards: readonly Guard[];
}

export class TableState {
  private readonly items: Item[] = [];

  constructor(
    /** The table as the migration names it; Knex has no table prefix. */
    readonly table: string,
    readonly creating: boolean,
  ) {}

  addColumn(column: ColumnSpec, guards: readonly Guard[]): void {
    this.items.push({ phase: 'add', body: { kind: 'addColumn', table: this.table, column }, at: column.at, guards });
  }

  alterColumn(body: OperationBody, at: SourceLocation, guards: readonly Guard[]): void {
    this.items.push({ phase: 'alter', body, at, guards });
  }

  command(body: OperationBody, at: SourceLocation, guards: readonly Guard[]): void {
    this.items.push({ phase: 'command', body, at, guards });
  }

  /**
   * The operations, in Knex's order. A new table takes its columns, indexes and keys
   * into one createTable; what else its callback does follows it. Guards are those
   * inside the callback: the caller adds the ones around the schema call.
   */
  operations(at: SourceLocation, ifNotExists: boolean): Operation[] {
    const ordered = (['add', 'alter', 'command'] as const).flatMap((phase) => this.items.filter((item) => item.phase === phase));
    if (!this.creating) return ordered.map((item) => ({ ...item.body, at: item.at, guards: [...item.guards] }) as Operation);
    const columns: ColumnSpec[] = [];
    const indexes: IndexSpec[] = [];
    const foreignKeys: ForeignKeySpec[] = [];
    const rest: Operation[] = [];
    for (const item of ordered) {
      // A condition inside the callback (rare) keeps its item out of the table's own definition.
      const own = item.guards.length === 0;
      if (own && item.body.kind === 'addColumn') columns.push(item.body.column);
      else if (own && item.body.kind === 'addIndex') indexes.push(item.body.index);
      else if (own && item.body.kind === 'addForeignKey') foreignKeys.push(item.body.foreignKey);
      else rest.push({ ...item.body, at: item.at, guards: [...item.guards] } as Operation);
    }
    // PostgreSQL and MySQL make primary key columns NOT NULL whatever the column said;
    // SQLite keeps a non-integer one nullable, which shows there as a drift, not a miss.
    const keyed = new Set(indexes.filter((index) => index.kind === 'primary').flatMap((index) => index.columns));
    const keyedColumns = columns.map((column) => (keyed.has(column.name) ? { ...column, nullable: false } : column));
    const create: Operation = { kind: 'createTable', table: this.table, columns: keyedColumns, indexes, foreignKeys, checks: [], ifNotExists, temporary: false, at, guards: [] };
    return [create, ...rest];
  }
}
