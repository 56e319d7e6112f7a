import { statementStart } from '../statement-start.js';
import type { CheckSpec, ColumnDefault, ColumnSpec, ForeignKeySpec, Guard, IndexSpec, LiteralValue, LogicalType, Operation } from '../../model/migration.js';
import type { SourceLocation } from '../../model/source.js';
import { type ColumnDef, type CreateTable, type Statement, SqliteSyntaxError, type ValueTokens } from './sqlite-ast.js';
import { parseStatement, splitStatements } from './sqlite-statements.js';
import { canonicalType } from './sqlite-types.js';

/**
 * Turns SQLite SQL from a migration (`DB::statement(...)`, `DB::unprepared(...)`)
 * into operations. Unnamed constraints are named by their declaring text, as
 * the dump reader names them, so the same DDL in a migration and in a dump
 * agree. What the model cannot express becomes `opaque`; this never throws.
 */

/** Operations without the `at`/`guards` every operation of one call shares. */
type Draft = Operation extends infer O ? (O extends Operation ? Omit<O, 'at' | 'guards'> : never) : never;

/** Lowers one migration's SQL text (one or more statements). */
export function lowerSqliteSql(sql: string, at: SourceLocation, guards: readonly Guard[]): Operation[] {
  const drafts: Draft[] = [];
  for (const text of splitStatements(sql)) {
    try {
      drafts.push(...lowerStatement(parseStatement(text), text, at));
    } catch (error) {
      const message = error instanceof SqliteSyntaxError ? error.message : String(error);
      drafts.push({ kind: 'opaque', reason: `SQL that migstamp's SQLite reader cannot read: ${statementStart(text)}`, parserMessage: message });
    }
  }
  return drafts.map((draft) => ({ ...draft, at, guards }) as Operation);
}

function lowerStatement(stmt: Statement, sql: string, at: SourceLocation): Draft[] {
  switch (stmt.kind) {
    case 'createTable':
      return [createTable(stmt, at)];
    case 'createIndex': {
      const index: IndexSpec = { name: stmt.name, kind: stmt.unique ? 'unique' : 'index', columns: stmt.columns, at };
      return [{ kind: 'addIndex', table: stmt.table, index }];
    }
    case 'createView':
      return [{ kind: 'createView', name: stmt.name, orReplace: false }];
    case 'createTrigger':
      // A TEMP trigger is gone when the migration's connection closes.
      if (stmt.temporary) return [];
      return [{ kind: 'createTrigger', table: stmt.table, name: stmt.name, orReplace: false, ifNotExists: stmt.ifNotExists }];
    case 'alterTable': {
      const { table, action } = stmt;
      switch (action.kind) {
        case 'addColumn': {
          const into: TableConstraints = { indexes: [], foreignKeys: [], checks: [] };
          const column = columnSpec(action.column, at, into);
          return [
            { kind: 'addColumn', table, column },
            ...into.foreignKeys.map((foreignKey): Draft => ({ kind: 'addForeignKey', table, foreignKey })),
            ...into.checks.map((check): Draft => ({ kind: 'addCheck', table, check })),
          ];
        }
        case 'renameTo':
          return [{ kind: 'renameTable', from: table, to: action.to }];
        case 'renameColumn':
          return [{ kind: 'renameColumn', table, from: action.from, to: action.to }];
        case 'dropColumn':
          return [{ kind: 'dropColumn', table, column: action.column }];
      }
      break;
    }
    case 'drop':
      switch (stmt.object) {
        case 'table':
          return [{ kind: 'dropTable', table: stmt.name, ifExists: stmt.ifExists }];
        case 'view':
          return [{ kind: 'dropView', name: stmt.name, ifExists: stmt.ifExists }];
        case 'index':
          // DROP INDEX names no table: the empty table name means "whichever table has it".
          return [{ kind: 'dropIndex', table: '', name: stmt.name, indexKind: null }];
        case 'trigger':
          // DROP TRIGGER names no table: trigger names are unique in a SQLite database.
          return [{ kind: 'dropTrigger', table: '', name: stmt.name, ifExists: stmt.ifExists }];
      }
      break;
    case 'insert':
      return [{ kind: 'insertRows', table: stmt.table, rows: literalRows(stmt.columns, stmt.rows, sql) }];
    case 'update':
    case 'delete':
      return [{ kind: 'dataChange', table: stmt.table, description: `${stmt.kind.toUpperCase()} on ${stmt.table}` }];
    case 'other':
      return [{ kind: 'opaque', reason: `a ${stmt.verb || 'empty'} statement, whose effect is not checked` }];
  }
}

interface TableConstraints {
  readonly indexes: IndexSpec[];
  readonly foreignKeys: ForeignKeySpec[];
  readonly checks: CheckSpec[];
}

function createTable(stmt: CreateTable, at: SourceLocation): Draft {
  const into: TableConstraints = { indexes: [], foreignKeys: [], checks: [] };
  const columns = stmt.columns.map((def) => columnSpec(def, at, into));
  for (const con of stmt.constraints) {
    const name = con.name ?? con.text;
    if (con.kind === 'foreign') {
      const { table: refTable, columns: refColumns, onDelete, onUpdate } = con.ref;
      into.foreignKeys.push({ name, columns: con.columns, refTable, refColumns, onDelete, onUpdate, at });
    } else if (con.kind === 'check') into.checks.push({ name: con.name, column: null, expression: con.expression, literals: con.literals, at });
    else into.indexes.push({ name, kind: con.kind, columns: con.columns, at });
  }
  return { kind: 'createTable', table: stmt.name, columns, ...into, ifNotExists: stmt.ifNotExists, temporary: stmt.temporary };
}

/** A column definition as a spec; its inline keys, references and CHECKs go to `into`. */
function columnSpec(def: ColumnDef, at: SourceLocation, into: TableConstraints): ColumnSpec {
  const type = logicalType(def.declaredType);
  const rowid = def.primaryKey !== null && canonicalType(def.declaredType) === 'integer';
  if (def.primaryKey) into.indexes.push({ name: def.primaryKey.name ?? def.text, kind: 'primary', columns: [def.name], at });
  if (def.unique) into.indexes.push({ name: def.unique.name ?? def.text, kind: 'unique', columns: [def.name], at });
  if (def.references) {
    const { name, table: refTable, columns: refColumns, onDelete, onUpdate } = def.references;
    into.foreignKeys.push({ name: name ?? def.text, columns: [def.name], refTable, refColumns, onDelete, onUpdate, at });
  }
  for (const check of def.checks) into.checks.push({ name: check.name, column: def.name, expression: check.expression, literals: check.literals, at });
  return {
    name: def.name,
    type,
    nullable: !def.notNull && !rowid,
    default: def.default === null ? undefined : columnDefault(def.default),
    autoIncrement: rowid,
    generated: def.generated ? { kind: def.generated.stored ? 'stored' : 'virtual', expression: def.generated.expression } : null,
    comment: null,
    at,
  };
}

/** The logical type of a declared SQLite type; unknown names stay `raw` with their text. */
export function logicalType(declared: string): LogicalType {
  const type = canonicalType(declared);
  const paren = /^([^(]*)(?:\((\d+)(?:,(\d+))?\))?$/.exec(type);
  const base = paren?.[1]?.trim() ?? type;
  const first = paren?.[2] === undefined ? null : Number(paren[2]);
  if (type === 'tinyint(1)' || base === 'boolean' || base === 'bool') return { kind: 'boolean' };
  if (/^(integer|int|bigint|int8|unsigned big int)$/.test(base)) return { kind: 'integer', bytes: 8, unsigned: false };
  if (/^(smallint|int2)$/.test(base)) return { kind: 'integer', bytes: 2, unsigned: false };
  if (/^(mediumint|int4)$/.test(base)) return { kind: 'integer', bytes: 4, unsigned: false };
  if (base === 'tinyint') return { kind: 'integer', bytes: 1, unsigned: false };
  if (/^(varchar|character varying|varying character|nvarchar)$/.test(base)) return { kind: 'string', length: first, fixed: false };
  if (/^(char|character|nchar|native character)$/.test(base)) return { kind: 'string', length: first, fixed: true };
  if (base === 'text' || base === 'clob') return { kind: 'text', size: 'normal' };
  if (base === 'blob') return { kind: 'binary', length: null };
  if (base === 'numeric' || base === 'decimal') return { kind: 'decimal', precision: first, scale: paren?.[3] === undefined ? null : Number(paren[3]), unsigned: false };
  if (base === 'real' || base === 'double' || base === 'double precision') return { kind: 'float', bits: 53 };
  if (base === 'float') return { kind: 'float', bits: null };
  if (base === 'json' || base === 'jsonb') return { kind: 'json', binary: base === 'jsonb' };
  if (base === 'date') return { kind: 'date' };
  if (base === 'datetime' || base === 'timestamp') return { kind: 'timestamp', precision: null, timezone: false };
  if (base === 'time') return { kind: 'time', precision: null, timezone: false };
  if (base === 'uuid') return { kind: 'uuid' };
  return { kind: 'raw', sql: declared };
}

function columnDefault(sql: string): ColumnDefault {
  const literal = literalOf(sql);
  return literal === undefined ? { kind: 'expression', sql } : { kind: 'literal', value: literal };
}

/** A literal default or VALUES item (`'x'`, `1`, `-2.5`, `NULL`, `TRUE`), or undefined for an expression. */
function literalOf(sql: string): LiteralValue | undefined {
  const s = sql.trim();
  if (/^'(?:[^']|'')*'$/s.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  if (/^null$/i.test(s)) return null;
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  return undefined;
}

/** Rows are kept only when every value is a literal and the columns are named. */
function literalRows(columns: readonly string[] | null, rows: ReadonlyArray<readonly ValueTokens[]> | null, sql: string): Array<Record<string, LiteralValue>> | null {
  if (columns === null || rows === null) return null;
  const out: Array<Record<string, LiteralValue>> = [];
  for (const values of rows) {
    if (values.length !== columns.length) return null;
    const row: Record<string, LiteralValue> = {};
    for (let i = 0; i < columns.length; i++) {
      const tokens = values[i]!;
      const literal = literalOf(tokens.length === 0 ? '' : sql.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
      if (literal === undefined) return null;
      row[columns[i]!] = literal;
    }
    out.push(row);
  }
  return out;
}
