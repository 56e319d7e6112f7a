import { statementStart } from '../statement-start.js';
import type { AlterTableStmt, DropStmt, IndexStmt, InsertStmt, Node, RenameStmt } from 'libpg-query';
import type { ColumnSpec, Guard, IndexKind, LiteralValue, Operation, RoutineKind } from '../../model/migration.js';
import type { SourceLocation } from '../../model/source.js';
import { expressionText, indexColumns, parseStatements, relationName, stringList } from './pg-ast.js';
import { addConstraint, columnSpec, literalOf, logicalType, type TableConstraints } from './pg-column-lowering.js';
import { SqlText } from './pg-sql-text.js';

/**
 * Turns SQL from a migration (`DB::statement(...)`, `DB::unprepared(...)`)
 * into operations. Table names lose their schema qualifier: the snapshot
 * describes one schema. What the model cannot express becomes `opaque` with
 * the statement kind in its reason; this function never throws.
 */

/** Operations without the `at`/`guards` every operation of one call shares. */
type Draft = Operation extends infer O ? (O extends Operation ? Omit<O, 'at' | 'guards'> : never) : never;

/** Statement kinds named in opaque reasons, by parse-tree node. */
const STATEMENT_NAMES: Record<string, string> = {
  CreateExtensionStmt: 'CREATE EXTENSION',
  CommentStmt: 'COMMENT',
  GrantStmt: 'GRANT/REVOKE',
  DoStmt: 'DO block',
  CreatePolicyStmt: 'CREATE POLICY',
  AlterSeqStmt: 'ALTER SEQUENCE',
  CreateDomainStmt: 'CREATE DOMAIN',
  CreateSchemaStmt: 'CREATE SCHEMA',
  VariableSetStmt: 'SET',
  SelectStmt: 'SELECT',
  TruncateStmt: 'TRUNCATE',
};

/** Lowers one migration's SQL text (one or more statements). */
export function lowerPgSql(sql: string, at: SourceLocation, guards: readonly Guard[]): Operation[] {
  const finish = (drafts: Draft[]): Operation[] => drafts.map((d) => ({ ...d, at, guards }) as Operation);
  let statements;
  try {
    statements = parseStatements(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return finish([{ kind: 'opaque', reason: `SQL that PostgreSQL's parser rejects: ${statementStart(sql)}`, parserMessage: message }]);
  }
  const text = new SqlText(sql);
  return finish(statements.flatMap((s) => lowerStatement(s.node, text, at)));
}

function lowerStatement(node: Node, text: SqlText, at: SourceLocation): Draft[] {
  if ('CreateStmt' in node) {
    const stmt = node.CreateStmt;
    const table = relationName(stmt.relation).name;
    const constraints: TableConstraints = { indexes: [], foreignKeys: [], checks: [] };
    const columns: ColumnSpec[] = [];
    for (const element of stmt.tableElts ?? []) {
      if ('ColumnDef' in element) columns.push(columnSpec(element.ColumnDef, table, text, at, constraints));
      else if ('Constraint' in element) addConstraint(element.Constraint, table, null, text, at, constraints);
    }
    return [{
      kind: 'createTable',
      table,
      columns,
      ...constraints,
      ifNotExists: stmt.if_not_exists ?? false,
      temporary: stmt.relation?.relpersistence === 't',
    }];
  }
  if ('AlterTableStmt' in node) return lowerAlterTable(node.AlterTableStmt, text, at);
  if ('RenameStmt' in node) return lowerRename(node.RenameStmt);
  if ('DropStmt' in node) return lowerDrop(node.DropStmt);
  if ('IndexStmt' in node) return [lowerCreateIndex(node.IndexStmt, text, at)];
  if ('ViewStmt' in node) return [{ kind: 'createView', name: relationName(node.ViewStmt.view).name, orReplace: node.ViewStmt.replace ?? false }];
  if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') {
    return [{ kind: 'createView', name: relationName(node.CreateTableAsStmt.into?.rel).name, orReplace: false }];
  }
  if ('CreateEnumStmt' in node) {
    const name = stringList(node.CreateEnumStmt.typeName).at(-1) ?? '';
    return [{ kind: 'createEnumType', name, values: stringList(node.CreateEnumStmt.vals) }];
  }
  if ('CreateFunctionStmt' in node) {
    const stmt = node.CreateFunctionStmt;
    const name = stringList(stmt.funcname).at(-1) ?? '';
    return [{ kind: 'createRoutine', name, routine: stmt.is_procedure ? 'procedure' : 'function', orReplace: stmt.replace ?? false, ifNotExists: false }];
  }
  if ('CreateTrigStmt' in node) {
    const stmt = node.CreateTrigStmt;
    return [{ kind: 'createTrigger', table: relationName(stmt.relation).name, name: stmt.trigname ?? '', orReplace: stmt.replace ?? false, ifNotExists: false }];
  }
  if ('CreateSeqStmt' in node) {
    const stmt = node.CreateSeqStmt;
    // A temporary sequence is gone when the migration's session ends.
    if (stmt.sequence?.relpersistence === 't') return [];
    return [{ kind: 'createSequence', name: relationName(stmt.sequence).name, ifNotExists: stmt.if_not_exists ?? false }];
  }
  if ('CommentStmt' in node && node.CommentStmt.objtype === 'OBJECT_COLUMN') {
    const object = node.CommentStmt.object;
    const parts = object && 'List' in object ? stringList(object.List.items) : [];
    // IS NULL (no `comment`) removes it.
    if (parts.length >= 2) return [{ kind: 'setColumnComment', table: parts.at(-2)!, column: parts.at(-1)!, comment: node.CommentStmt.comment ?? null }];
  }
  if ('InsertStmt' in node) return [lowerInsert(node.InsertStmt)];
  if ('UpdateStmt' in node) return [dataChange('UPDATE', relationName(node.UpdateStmt.relation).name)];
  if ('DeleteStmt' in node) return [dataChange('DELETE', relationName(node.DeleteStmt.relation).name)];
  const kind = Object.keys(node)[0] ?? 'unknown';
  return [{ kind: 'opaque', reason: `a ${STATEMENT_NAMES[kind] ?? kind} statement, whose effect is not checked` }];
}

function dataChange(verb: string, table: string): Draft {
  return { kind: 'dataChange', table, description: `${verb} on ${table}` };
}

/** One column's ALTER COLUMN subcommands in a statement, merged. */
interface ColumnAlteration {
  type?: ColumnSpec['type'];
  nullable?: boolean;
  default?: ColumnSpec['default'] | null;
}

function lowerAlterTable(stmt: AlterTableStmt, text: SqlText, at: SourceLocation): Draft[] {
  const table = relationName(stmt.relation).name;
  const drafts: Draft[] = [];
  const altered = new Map<string, ColumnAlteration>();
  const alteration = (column: string): ColumnAlteration => {
    if (!altered.has(column)) altered.set(column, {});
    return altered.get(column)!;
  };
  for (const cmdNode of stmt.cmds ?? []) {
    if (!('AlterTableCmd' in cmdNode)) continue;
    const cmd = cmdNode.AlterTableCmd;
    const column = cmd.name ?? '';
    const def = cmd.def;
    switch (cmd.subtype) {
      case 'AT_AddColumn':
        if (def && 'ColumnDef' in def) {
          const constraints: TableConstraints = { indexes: [], foreignKeys: [], checks: [] };
          drafts.push({ kind: 'addColumn', table, column: columnSpec(def.ColumnDef, table, text, at, constraints) });
          drafts.push(...constraintDrafts(table, constraints));
        }
        break;
      case 'AT_DropColumn':
        drafts.push({ kind: 'dropColumn', table, column });
        break;
      case 'AT_AlterColumnType':
        if (def && 'ColumnDef' in def) alteration(column).type = logicalType(def.ColumnDef.typeName, text);
        break;
      case 'AT_SetNotNull':
      case 'AT_DropNotNull':
        alteration(column).nullable = cmd.subtype === 'AT_DropNotNull';
        break;
      case 'AT_ColumnDefault': {
        const literal = literalOf(def);
        alteration(column).default = !def ? null : literal !== undefined ? { kind: 'literal', value: literal } : { kind: 'expression', sql: expressionText(text, def) };
        break;
      }
      case 'AT_AddConstraint':
        if (def && 'Constraint' in def) {
          const constraints: TableConstraints = { indexes: [], foreignKeys: [], checks: [] };
          addConstraint(def.Constraint, table, null, text, at, constraints);
          drafts.push(...constraintDrafts(table, constraints));
        }
        break;
      case 'AT_DropConstraint':
        drafts.push(dropConstraint(table, column, cmd.missing_ok ?? false));
        break;
      default:
        drafts.push({ kind: 'opaque', reason: `an ALTER TABLE ${table} subcommand (${(cmd.subtype ?? '').replace(/^AT_/, '')}) whose effect is not checked` });
    }
  }
  for (const [column, change] of altered) drafts.push(columnChange(table, column, change, at));
  return drafts;
}

/** The attributes an ALTER COLUMN states, each one alone if need be; the rest stay as they were. */
function columnChange(table: string, column: string, change: ColumnAlteration, at: SourceLocation): Draft {
  return {
    kind: 'changeColumn',
    table,
    column: { name: column, type: change.type ?? null, nullable: change.nullable ?? null, default: change.default, autoIncrement: null, at },
  };
}

function constraintDrafts(table: string, c: TableConstraints): Draft[] {
  return [
    ...c.indexes.map((index): Draft => ({ kind: 'addIndex', table, index })),
    ...c.foreignKeys.map((foreignKey): Draft => ({ kind: 'addForeignKey', table, foreignKey })),
    ...c.checks.map((check): Draft => ({ kind: 'addCheck', table, check })),
  ];
}

/**
 * DROP CONSTRAINT does not say what kind of constraint it drops; the name's
 * suffix does under Laravel's and PostgreSQL's naming conventions.
 */
function dropConstraint(table: string, name: string, ifExists: boolean): Draft {
  if (/_(foreign|fkey)$/.test(name)) return { kind: 'dropForeignKey', table, name };
  if (/_(check)$/.test(name)) return { kind: 'dropCheck', table, name, ifExists };
  const kind: IndexKind | null = /_(primary|pkey)$/.test(name) ? 'primary' : /_(unique|key)$/.test(name) ? 'unique' : null;
  if (kind !== null) return { kind: 'dropIndex', table, name, indexKind: kind };
  return { kind: 'opaque', reason: `ALTER TABLE ${table} DROP CONSTRAINT ${name}, a constraint of a kind its name does not tell` };
}

function lowerRename(stmt: RenameStmt): Draft[] {
  const rel = relationName(stmt.relation).name;
  const to = stmt.newname ?? '';
  switch (stmt.renameType) {
    case 'OBJECT_TABLE':
      return [{ kind: 'renameTable', from: rel, to }];
    case 'OBJECT_COLUMN':
      return [{ kind: 'renameColumn', table: rel, from: stmt.subname ?? '', to }];
    case 'OBJECT_INDEX':
      // ALTER INDEX names no table: the empty table name means "whichever table has it".
      return [{ kind: 'renameIndex', table: '', from: rel, to }];
    case 'OBJECT_TRIGGER':
      return [{ kind: 'renameTrigger', table: rel, from: stmt.subname ?? '', to }];
    case 'OBJECT_SEQUENCE':
      return [{ kind: 'renameSequence', from: rel, to }];
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE':
      return [{ kind: 'renameRoutine', from: routineName(stmt.object), to }];
    default:
      return [{ kind: 'opaque', reason: `a rename of a ${(stmt.renameType ?? '').replace(/^OBJECT_/, '').toLowerCase()}, whose effect is not checked` }];
  }
}

/** The name of `f(int)` in ALTER/DROP FUNCTION, without schema or arguments. */
function routineName(object: Node | undefined): string {
  return object && 'ObjectWithArgs' in object ? (stringList(object.ObjectWithArgs.objname).at(-1) ?? '') : '';
}

const ROUTINE_KINDS: Readonly<Record<string, RoutineKind | null>> = { OBJECT_FUNCTION: 'function', OBJECT_PROCEDURE: 'procedure', OBJECT_ROUTINE: null };

function lowerDrop(stmt: DropStmt): Draft[] {
  const ifExists = stmt.missing_ok ?? false;
  const objects = stmt.objects ?? [];
  const removeType = stmt.removeType ?? '';
  if (removeType in ROUTINE_KINDS) {
    return objects.map((o): Draft => ({ kind: 'dropRoutine', name: routineName(o), routine: ROUTINE_KINDS[removeType]!, ifExists }));
  }
  if (removeType === 'OBJECT_TRIGGER') {
    // `DROP TRIGGER t ON [schema.]table`: the table's name, then the trigger's.
    return objects.map((o): Draft => {
      const parts = 'List' in o ? stringList(o.List.items) : [];
      return { kind: 'dropTrigger', table: parts.at(-2) ?? '', name: parts.at(-1) ?? '', ifExists };
    });
  }
  const names = objects.map((o) =>
    'List' in o ? (stringList(o.List.items).at(-1) ?? '') : 'TypeName' in o ? (stringList(o.TypeName.names).at(-1) ?? '') : '',
  );
  return names.map((name): Draft => {
    switch (stmt.removeType) {
      case 'OBJECT_SEQUENCE':
        return { kind: 'dropSequence', name, ifExists };
      case 'OBJECT_TABLE':
        return { kind: 'dropTable', table: name, ifExists };
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
        return { kind: 'dropView', name, ifExists };
      case 'OBJECT_TYPE':
        return { kind: 'dropEnumType', name, ifExists };
      case 'OBJECT_INDEX':
        return { kind: 'dropIndex', table: '', name, indexKind: null };
      default:
        return { kind: 'opaque', reason: `a DROP ${(stmt.removeType ?? '').replace(/^OBJECT_/, '')} statement, whose effect is not checked` };
    }
  });
}

function lowerCreateIndex(stmt: IndexStmt, text: SqlText, at: SourceLocation): Draft {
  const table = relationName(stmt.relation).name;
  const { columns } = indexColumns(stmt, text);
  const kind: IndexKind = stmt.primary ? 'primary' : stmt.unique ? 'unique' : 'index';
  return { kind: 'addIndex', table, index: { name: stmt.idxname ?? '', kind, columns, at } };
}

/** Rows are kept only when every value is a literal and the columns are named. */
function lowerInsert(stmt: InsertStmt): Draft {
  const table = relationName(stmt.relation).name;
  const columns = (stmt.cols ?? []).flatMap((c) => ('ResTarget' in c && c.ResTarget.name ? [c.ResTarget.name] : []));
  const select = stmt.selectStmt && 'SelectStmt' in stmt.selectStmt ? stmt.selectStmt.SelectStmt : null;
  const lists = select?.valuesLists ?? [];
  if (columns.length === 0 || lists.length === 0) return { kind: 'insertRows', table, rows: null };
  const rows: Array<Record<string, LiteralValue>> = [];
  for (const list of lists) {
    const items = 'List' in list ? (list.List.items ?? []) : [];
    const row: Record<string, LiteralValue> = {};
    for (let i = 0; i < columns.length; i++) {
      const value = literalOf(items[i]);
      if (value === undefined) return { kind: 'insertRows', table, rows: null };
      row[columns[i]!] = value;
    }
    rows.push(row);
  }
  return { kind: 'insertRows', table, rows };
}
