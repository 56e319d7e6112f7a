import type { ColumnDef, Constraint, CreateStmt, IndexStmt, AlterTableStmt, Node } from 'libpg-query';
import type {
  CheckSnapshot,
  ColumnSnapshot,
  EnumTypeSnapshot,
  ForeignKeySnapshot,
  RoutineSnapshot,
  SequenceSnapshot,
  TableSnapshot,
  TriggerSnapshot,
  ViewSnapshot,
} from '../../model/schema.js';
import type { ObjectHead } from './pg-object-heads.js';
import { defaultConstraintName, expressionText, FK_ACTIONS, indexColumns, literalsIn, relationName, stringList } from './pg-ast.js';
import { COLUMN_CLAUSE_STOP, type SqlText } from './pg-sql-text.js';

/**
 * Builds the tables, views and enum types of one schema from the DDL that
 * pg_dump writes: CREATE TABLE with columns and CHECKs first, then
 * `COMMENT ON COLUMN`, `ALTER TABLE ONLY … ALTER COLUMN … SET DEFAULT nextval(…)`,
 * then (after the data) primary keys, unique constraints, indexes, triggers and
 * foreign keys. Functions, procedures, sequences and triggers are known by name.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
type TableDraft = Mutable<Omit<TableSnapshot, 'columns'>> & { columns: Array<Mutable<ColumnSnapshot>> };

/** Where a statement came from: its text and the line it starts on. */
export interface StatementSource {
  readonly text: SqlText;
  readonly line: number;
}

export class SnapshotBuilder {
  readonly tables = new Map<string, TableDraft>();
  readonly views = new Map<string, ViewSnapshot>();
  readonly enumTypes = new Map<string, EnumTypeSnapshot>();
  readonly triggers: TriggerSnapshot[] = [];
  readonly routines: RoutineSnapshot[] = [];
  readonly sequences: SequenceSnapshot[] = [];

  /** `schemaOf` resolves a possibly unqualified name's schema through the current search_path. */
  constructor(
    private readonly schema: string,
    private readonly schemaOf: (schema: string | null) => string,
  ) {}

  /** Null unless the relation lives in the described schema. */
  ownName(schema: string | null, name: string): string | null {
    return this.schemaOf(schema) === this.schema ? name : null;
  }

  createTable(stmt: CreateStmt, src: StatementSource): void {
    const rel = relationName(stmt.relation);
    const name = this.ownName(rel.schema, rel.name);
    if (name === null) return;
    const table: TableDraft = {
      name,
      columns: [],
      indexes: [],
      foreignKeys: [],
      checks: [],
      partitioned: stmt.partspec !== undefined,
      line: src.line,
    };
    this.tables.set(name, table);
    for (const element of stmt.tableElts ?? []) {
      if ('ColumnDef' in element) this.addColumn(table, element.ColumnDef, src);
      else if ('Constraint' in element) this.addConstraint(table, element.Constraint, src, null);
    }
    // `CREATE TABLE p PARTITION OF parent …` without a column list takes the parent's columns.
    const parent = stmt.inhRelations?.[0];
    if (stmt.partbound && table.columns.length === 0 && parent && 'RangeVar' in parent) {
      const from = relationName(parent.RangeVar);
      const parentTable = this.tables.get(this.ownName(from.schema, from.name) ?? '');
      if (parentTable) table.columns = parentTable.columns.map((c) => ({ ...c }));
    }
  }

  alterTable(stmt: AlterTableStmt, src: StatementSource): void {
    const rel = relationName(stmt.relation);
    const table = this.tables.get(this.ownName(rel.schema, rel.name) ?? '');
    if (!table) return;
    for (const cmdNode of stmt.cmds ?? []) {
      if (!('AlterTableCmd' in cmdNode)) continue;
      const cmd = cmdNode.AlterTableCmd;
      const column = table.columns.find((c) => c.name === cmd.name);
      const def = cmd.def;
      switch (cmd.subtype) {
        case 'AT_AddConstraint':
          if (def && 'Constraint' in def) this.addConstraint(table, def.Constraint, src, null);
          break;
        case 'AT_AddColumn':
          if (def && 'ColumnDef' in def) this.addColumn(table, def.ColumnDef, src);
          break;
        case 'AT_ColumnDefault':
          if (column) column.default = def ? expressionText(src.text, def) : null;
          break;
        case 'AT_AddIdentity':
          if (column && def && 'Constraint' in def) column.identity = def.Constraint.generated_when === 'a' ? 'always' : 'by-default';
          break;
        case 'AT_SetNotNull':
          if (column) column.nullable = false;
          break;
        case 'AT_DropNotNull':
          if (column) column.nullable = true;
          break;
        default:
          // Ownership, RLS, storage and similar settings do not shape the schema migrations describe.
          break;
      }
    }
  }

  createIndex(stmt: IndexStmt, src: StatementSource): void {
    const rel = relationName(stmt.relation);
    const table = this.tables.get(this.ownName(rel.schema, rel.name) ?? '');
    if (!table || !stmt.idxname) return;
    const { columns, where } = indexColumns(stmt, src.text);
    table.indexes.push({
      name: stmt.idxname,
      kind: stmt.primary ? 'primary' : stmt.unique ? 'unique' : 'index',
      columns,
      constraint: false,
      where,
      method: stmt.accessMethod ?? null,
      line: src.line,
    });
  }

  createView(schema: string | null, name: string, materialized: boolean, line: number): void {
    const own = this.ownName(schema, name);
    if (own !== null) this.views.set(own, { name: own, materialized, line });
  }

  createEnum(qualified: readonly Node[] | undefined, values: readonly Node[] | undefined, line: number): void {
    const parts = stringList(qualified as Node[] | undefined);
    const name = parts.at(-1) ?? '';
    const own = this.ownName(parts.length > 1 ? parts[parts.length - 2]! : null, name);
    if (own !== null) this.enumTypes.set(own, { name: own, values: stringList(values as Node[] | undefined), line });
  }

  /** A function, procedure, sequence or trigger, known by the names its statement's head gives. */
  createObject(head: ObjectHead, line: number): void {
    switch (head.kind) {
      case 'function':
      case 'procedure': {
        const own = this.ownName(head.schema, head.name);
        if (own !== null) this.routines.push({ name: own, kind: head.kind, line });
        return;
      }
      case 'sequence': {
        const own = this.ownName(head.schema, head.name);
        if (own !== null) this.sequences.push({ name: own, line });
        return;
      }
      case 'trigger': {
        // A trigger lives in its table's schema.
        const table = this.ownName(head.tableSchema, head.table);
        if (table !== null) this.triggers.push({ name: head.name, table, line });
        return;
      }
    }
  }

  /** `COMMENT ON COLUMN t.c IS '…'` (null text: `IS NULL`, which removes it). */
  commentOnColumn(schema: string | null, tableName: string, columnName: string, text: string | null, line: number): void {
    const table = this.tables.get(this.ownName(schema, tableName) ?? '');
    const column = table?.columns.find((c) => c.name === columnName);
    // PostgreSQL drops a comment set to '' as it does one set to NULL.
    if (column) column.comment = text === null || text === '' ? null : { text, line };
  }

  private addColumn(table: TableDraft, def: ColumnDef, src: StatementSource): void {
    const text = src.text;
    const typeStart = text.charIndex(def.typeName?.location ?? def.location ?? 0);
    const rawType = text.clause(typeStart, COLUMN_CLAUSE_STOP);
    const column: Mutable<ColumnSnapshot> = {
      name: def.colname ?? '',
      type: canonicalType(rawType, this.schema),
      rawType,
      nullable: true,
      default: null,
      identity: null,
      generated: null,
      comment: null,
      line: lineAt(src, def.location),
    };
    for (const c of def.constraints ?? []) {
      if (!('Constraint' in c)) continue;
      const con = c.Constraint;
      switch (con.contype) {
        case 'CONSTR_NOTNULL':
          column.nullable = false;
          break;
        case 'CONSTR_DEFAULT':
          column.default = expressionText(text, con.raw_expr, COLUMN_CLAUSE_STOP);
          break;
        case 'CONSTR_IDENTITY':
          column.identity = con.generated_when === 'a' ? 'always' : 'by-default';
          column.nullable = false;
          break;
        case 'CONSTR_GENERATED':
          column.generated = text.firstGroupInside(text.charIndex(con.location ?? 0));
          break;
        case 'CONSTR_PRIMARY':
          column.nullable = false;
          this.addConstraint(table, con, src, column.name);
          break;
        default:
          this.addConstraint(table, con, src, column.name);
      }
    }
    table.columns.push(column);
  }

  /** A table constraint, or a column constraint when `column` is set (its default name follows PostgreSQL's). */
  private addConstraint(table: TableDraft, con: Constraint, src: StatementSource, column: string | null): void {
    const line = lineAt(src, con.location);
    const own = column === null ? [] : [column];
    switch (con.contype) {
      case 'CONSTR_PRIMARY':
      case 'CONSTR_UNIQUE': {
        const primary = con.contype === 'CONSTR_PRIMARY';
        const columns = column === null ? stringList(con.keys) : own;
        const name = con.conname ?? defaultConstraintName(table.name, primary ? 'primary' : 'unique', columns);
        table.indexes.push({ name, kind: primary ? 'primary' : 'unique', columns, constraint: true, where: null, method: 'btree', line });
        break;
      }
      case 'CONSTR_FOREIGN': {
        const columns = column === null ? stringList(con.fk_attrs) : own;
        const fk: ForeignKeySnapshot = {
          name: con.conname ?? defaultConstraintName(table.name, 'foreign', columns),
          columns,
          refTable: con.pktable?.relname ?? '',
          refColumns: stringList(con.pk_attrs),
          onDelete: FK_ACTIONS[con.fk_del_action ?? 'a'] ?? null,
          onUpdate: FK_ACTIONS[con.fk_upd_action ?? 'a'] ?? null,
          line,
        };
        table.foreignKeys.push(fk);
        break;
      }
      case 'CONSTR_CHECK': {
        const check: CheckSnapshot = {
          name: con.conname ?? (column === null ? `${table.name}_check` : defaultConstraintName(table.name, 'check', [column])),
          expression: src.text.firstGroupInside(src.text.charIndex(con.location ?? 0)) ?? '',
          literals: literalsIn(con.raw_expr),
          line,
        };
        table.checks.push(check);
        break;
      }
      default:
        // EXCLUDE constraints and deferrability markers have no counterpart in the model.
        break;
    }
  }
}

/** The line a node starts on: the statement's line plus the line feeds before the node. */
function lineAt(src: StatementSource, byteLocation: number | undefined): number {
  if (byteLocation === undefined) return src.line;
  const before = src.text.text.slice(0, src.text.charIndex(byteLocation));
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return src.line + lines;
}

/**
 * pg_dump already prints types in format_type's canonical spelling; lower-case
 * it, collapse white space, and drop the described schema's qualifier
 * (`public.mood` → `mood`) so user types compare by name.
 */
export function canonicalType(rawType: string, schema: string): string {
  const lowered = rawType.replace(/\s+/g, ' ').replace(/"([^"]*)"/g, '$1').toLowerCase();
  const prefix = `${schema.toLowerCase()}.`;
  return lowered.startsWith(prefix) ? lowered.slice(prefix.length) : lowered.replace(/^pg_catalog\./, '');
}
