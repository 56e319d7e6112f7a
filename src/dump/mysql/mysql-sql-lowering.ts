import { statementStart } from '../statement-start.js';
import type { Guard, IndexKind, LiteralValue, Operation } from '../../model/migration.js';
import type { SourceLocation } from '../../model/source.js';
import { type AstNode, child, columnName, list, literalValue, parseMysql, tableName, text } from './mysql-ast.js';
import { astColumnSpec, astConstraint, tableSpecs } from './mysql-column-lowering.js';
import { readCreateTable } from './mysql-create-table.js';
import { PRIMARY_KEY_NAME, quoteIdentifier, unquoteIdentifier } from './mysql-identifiers.js';
import { splitStatements, splitTopLevelCommas, unwrapExecutableComments } from './mysql-sql-text.js';
import { CREATE_OBJECT, DROP_OBJECT, type DropHead, type ObjectHead, openBlocks, readDropHead, readObjectHead } from './mysql-object-heads.js';

/**
 * Turns MySQL SQL from a migration (`DB::statement(...)`, `DB::unprepared(...)`)
 * into operations. CREATE TABLE goes through the hand-written reader the dump
 * uses; ALTER TABLE is split into its subcommands, the few node-sql-parser
 * does not read (DROP CONSTRAINT, DROP CHECK, ALTER COLUMN … DEFAULT, RENAME
 * INDEX) are read here, the rest by node-sql-parser; everything else by
 * node-sql-parser. What the model cannot express becomes `opaque`. Never throws.
 */

type Draft = Operation extends infer O ? (O extends Operation ? Omit<O, 'at' | 'guards'> : never) : never;

const NAME = '(`(?:[^`]|``)+`|[\\w$]+)';
const ALTER_TABLE = new RegExp(`^alter\\s+(?:online\\s+|ignore\\s+)*table\\s+(?:if\\s+exists\\s+)?(?:${NAME}\\s*\\.\\s*)?${NAME}\\s+([\\s\\S]*)$`, 'i');
const DROP_CONSTRAINT = new RegExp(`^drop\\s+(constraint|check)\\s+(if\\s+exists\\s+)?${NAME}$`, 'i');
const COLUMN_DEFAULT = new RegExp(`^alter\\s+(?:column\\s+)?${NAME}\\s+(?:set\\s+default\\s+([\\s\\S]+)|drop\\s+default)$`, 'i');
const CREATE_VIEW = new RegExp(`^create\\s+(or\\s+replace\\s+)?(?:algorithm\\s*=\\s*\\w+\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:sql\\s+security\\s+\\w+\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?(?:${NAME}\\s*\\.\\s*)?${NAME}`, 'i');
const RENAME_INDEX = new RegExp(`^rename\\s+(?:index|key)\\s+${NAME}\\s+to\\s+${NAME}$`, 'i');

/** Lowers one migration's SQL text (one or more statements). */
export function lowerMysqlSql(sql: string, at: SourceLocation, guards: readonly Guard[]): Operation[] {
  const drafts = joinCompoundBodies(splitStatements(sql)).flatMap((statement) => {
    try {
      return lowerStatement(unwrapExecutableComments(statement), at);
    } catch (error) {
      return [opaque(`SQL that migstamp's MySQL parser cannot read: ${statementStart(statement)}`, error instanceof Error ? error.message : String(error))];
    }
  });
  return drafts.map((d) => ({ ...d, at, guards }) as Operation);
}

/**
 * Puts back together a trigger or routine whose BEGIN … END body the split at
 * semicolons cut apart: the server reads such a body as part of its statement.
 */
function joinCompoundBodies(pieces: readonly string[]): string[] {
  const statements: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let statement = pieces[i]!;
    if (CREATE_OBJECT.test(statement) && readObjectHead(unwrapExecutableComments(statement)) !== null) {
      while (i + 1 < pieces.length && openBlocks(unwrapExecutableComments(statement)) > 0) statement += `;\n${pieces[++i]!}`;
    }
    statements.push(statement);
  }
  return statements;
}

function opaque(reason: string, parserMessage?: string): Draft {
  return parserMessage === undefined ? { kind: 'opaque', reason } : { kind: 'opaque', reason, parserMessage };
}

function lowerStatement(sql: string, at: SourceLocation): Draft[] {
  if (/^create\s+(temporary\s+)?table\b/i.test(sql)) {
    const def = readCreateTable(sql);
    if (def === null) return [opaque('a CREATE TABLE whose column list could not be read')];
    return [{ kind: 'createTable', table: def.name, ...tableSpecs(def, at), ifNotExists: def.ifNotExists, temporary: def.temporary }];
  }
  // node-sql-parser reads views, but the name is all the model keeps.
  const view = CREATE_VIEW.exec(sql);
  if (view) return [{ kind: 'createView', name: unquoteIdentifier(view[3]!), orReplace: view[1] !== undefined }];
  if (CREATE_OBJECT.test(sql)) {
    const head = readObjectHead(sql);
    if (head !== null) return [createObject(head)];
  }
  if (DROP_OBJECT.test(sql)) {
    const head = readDropHead(sql);
    if (head !== null) return [dropObject(head)];
  }
  const alter = ALTER_TABLE.exec(sql);
  if (alter) {
    const table = unquoteIdentifier(alter[2]!);
    return splitTopLevelCommas(alter[3]!).flatMap((sub) => lowerAlterCommand(table, sub, at));
  }
  let nodes: AstNode[];
  try {
    nodes = parseMysql(sql);
  } catch (error) {
    return [opaque(`SQL that node-sql-parser rejects (${error instanceof Error ? error.message.slice(0, 120) : String(error)})`)];
  }
  return nodes.flatMap((node) => lowerNode(node, at));
}

/** A trigger, routine or sequence, named from its head; its body is not read. */
function createObject(head: ObjectHead): Draft {
  switch (head.kind) {
    case 'trigger':
      return { kind: 'createTrigger', table: head.table?.name ?? '', name: head.name, orReplace: head.orReplace, ifNotExists: head.ifNotExists };
    case 'function':
    case 'procedure':
      return { kind: 'createRoutine', name: head.name, routine: head.kind, orReplace: head.orReplace, ifNotExists: head.ifNotExists };
    case 'sequence':
      return { kind: 'createSequence', name: head.name, ifNotExists: head.ifNotExists };
  }
}

/** DROP TRIGGER names no table: trigger names are unique in a MySQL database. */
function dropObject(head: DropHead): Draft {
  switch (head.kind) {
    case 'trigger':
      return { kind: 'dropTrigger', table: '', name: head.name, ifExists: head.ifExists };
    case 'function':
    case 'procedure':
      return { kind: 'dropRoutine', name: head.name, routine: head.kind, ifExists: head.ifExists };
    case 'sequence':
      return { kind: 'dropSequence', name: head.name, ifExists: head.ifExists };
  }
}

function lowerNode(node: AstNode, at: SourceLocation): Draft[] {
  const type = text(node, 'type');
  const keyword = text(node, 'keyword');
  if (type === 'rename') {
    return list(node, 'table').map((pair): Draft => ({ kind: 'renameTable', from: tableName((pair as unknown[])[0]), to: tableName((pair as unknown[])[1]) }));
  }
  if (type === 'create' && keyword === 'index') {
    const kind = (text(node, 'index_type') ?? '').toLowerCase();
    const columns = list(node, 'index_columns').flatMap((c) => columnName(c) ?? []);
    const indexKind: IndexKind = kind === 'unique' ? 'unique' : kind === 'fulltext' ? 'fulltext' : kind === 'spatial' ? 'spatial' : 'index';
    return [{ kind: 'addIndex', table: tableName(child(node, 'table')), index: { name: text(node, 'index') ?? '', kind: indexKind, columns, at } }];
  }
  if (type === 'drop') {
    const ifExists = /if exists/i.test(text(node, 'prefix') ?? '');
    if (keyword === 'index') return [{ kind: 'dropIndex', table: tableName(child(node, 'table')), name: columnName(child(node, 'name')) ?? '', indexKind: null }];
    return list(node, 'name').map((n): Draft =>
      keyword === 'view' ? { kind: 'dropView', name: tableName(n), ifExists } : { kind: 'dropTable', table: tableName(n), ifExists },
    );
  }
  if (type === 'insert' || type === 'replace') return [lowerInsert(node)];
  if (type === 'update' || type === 'delete') {
    const table = tableName(list(node, 'table'));
    return [{ kind: 'dataChange', table, description: `${type.toUpperCase()} on ${table}` }];
  }
  return [opaque(`a ${(type ?? 'unknown').toUpperCase()}${keyword ? ` ${keyword.toUpperCase()}` : ''} statement, whose effect is not checked`)];
}

function lowerAlterCommand(table: string, sub: string, at: SourceLocation): Draft[] {
  const drop = DROP_CONSTRAINT.exec(sub);
  if (drop) return [dropConstraint(table, unquoteIdentifier(drop[3]!), drop[1]!.toLowerCase() === 'check', drop[2] !== undefined)];
  const columnDefault = COLUMN_DEFAULT.exec(sub);
  if (columnDefault) {
    const value = columnDefault[2] === undefined ? null : defaultOf(columnDefault[2]);
    return [{ kind: 'changeColumn', table, column: { name: unquoteIdentifier(columnDefault[1]!), type: null, nullable: null, default: value, autoIncrement: null, at } }];
  }
  const rename = RENAME_INDEX.exec(sub);
  if (rename) return [{ kind: 'renameIndex', table, from: unquoteIdentifier(rename[1]!), to: unquoteIdentifier(rename[2]!) }];
  let nodes: AstNode[];
  try {
    nodes = parseMysql(`ALTER TABLE ${quoteIdentifier(table)} ${sub}`);
  } catch (error) {
    return [opaque(`an ALTER TABLE ${table} subcommand node-sql-parser rejects (${sub.slice(0, 60)})`)];
  }
  return nodes.flatMap((node) => list(node, 'expr')).flatMap((expr) => lowerAlterNode(table, expr as AstNode, at));
}

function defaultOf(sql: string): { kind: 'literal'; value: LiteralValue } | { kind: 'expression'; sql: string } {
  try {
    const node = parseMysql(`SELECT ${sql}`)[0];
    const value = literalValue(child(list(node, 'columns')[0], 'expr'));
    if (value !== undefined) return { kind: 'literal', value };
  } catch {
    // Not a plain literal: kept as an expression.
  }
  return { kind: 'expression', sql: sql.trim() };
}

function lowerAlterNode(table: string, expr: AstNode, at: SourceLocation): Draft[] {
  const action = text(expr, 'action');
  const resource = text(expr, 'resource');
  const keyword = (text(expr, 'keyword') ?? '').toLowerCase();
  const column = columnName(child(expr, 'column'));
  if (action === 'add' && resource === 'column' && column !== null) return [{ kind: 'addColumn', table, column: astColumnSpec(column, expr, at) }];
  if (action === 'add' && (resource === 'index' || resource === 'constraint')) {
    const spec = astConstraint(table, child(expr, 'create_definitions') ?? expr, at);
    if (spec === null) return [opaque(`an ALTER TABLE ${table} ADD whose kind is not known`)];
    if ('refTable' in spec) return [{ kind: 'addForeignKey', table, foreignKey: spec }];
    if ('expression' in spec) return [{ kind: 'addCheck', table, check: spec }];
    return [{ kind: 'addIndex', table, index: spec }];
  }
  if (action === 'drop' && resource === 'column' && column !== null) return [{ kind: 'dropColumn', table, column }];
  if (action === 'drop' && keyword === 'primary key') return [{ kind: 'dropIndex', table, name: PRIMARY_KEY_NAME, indexKind: 'primary' }];
  if (action === 'drop' && keyword === 'foreign key') return [{ kind: 'dropForeignKey', table, name: text(expr, 'key') ?? '' }];
  if (action === 'drop' && (resource === 'index' || resource === 'key')) return [{ kind: 'dropIndex', table, name: text(expr, 'index') ?? text(expr, 'key') ?? '', indexKind: null }];
  if ((action === 'modify' || action === 'change') && column !== null) {
    const spec = astColumnSpec(column, expr, at);
    const from = columnName(child(expr, 'old_column'));
    const change: Draft = { kind: 'changeColumn', table, column: { name: column, type: spec.type, nullable: spec.nullable, default: spec.default ?? null, autoIncrement: spec.autoIncrement, at } };
    // MODIFY and CHANGE restate the whole column: a comment they do not repeat is removed.
    const comment: Draft = { kind: 'setColumnComment', table, column, comment: spec.comment };
    return from !== null && from !== column ? [{ kind: 'renameColumn', table, from, to: column }, change, comment] : [change, comment];
  }
  if (action === 'rename' && resource === 'column' && column !== null) {
    return [{ kind: 'renameColumn', table, from: columnName(child(expr, 'old_column')) ?? '', to: column }];
  }
  if (action === 'rename' && resource === 'table') return [{ kind: 'renameTable', from: table, to: text(expr, 'table') ?? '' }];
  return [opaque(`an ALTER TABLE ${table} ${(action ?? '').toUpperCase()} subcommand whose effect is not checked`)];
}

/** DROP CONSTRAINT does not say what it drops; Laravel's name suffixes do. */
function dropConstraint(table: string, name: string, isCheck: boolean, ifExists: boolean): Draft {
  if (isCheck || /_check$/.test(name)) return { kind: 'dropCheck', table, name, ifExists };
  if (/_foreign$/.test(name)) return { kind: 'dropForeignKey', table, name };
  if (/_unique$/.test(name)) return { kind: 'dropIndex', table, name, indexKind: 'unique' };
  if (name.toUpperCase() === PRIMARY_KEY_NAME || /_primary$/.test(name)) return { kind: 'dropIndex', table, name: PRIMARY_KEY_NAME, indexKind: 'primary' };
  return opaque(`ALTER TABLE ${table} DROP CONSTRAINT ${name}, a constraint of a kind its name does not tell`);
}

/** Rows are kept only when every value is a literal and the columns are named. */
function lowerInsert(node: AstNode): Draft {
  const table = tableName(list(node, 'table'));
  const columns = list(node, 'columns').map((c) => (typeof c === 'string' ? c : columnName(c) ?? ''));
  const tuples = list(child(node, 'values'), 'values');
  if (columns.length === 0 || tuples.length === 0) return { kind: 'insertRows', table, rows: null };
  const rows: Array<Record<string, LiteralValue>> = [];
  for (const tuple of tuples) {
    const values = list(tuple, 'value');
    const row: Record<string, LiteralValue> = {};
    for (let i = 0; i < columns.length; i++) {
      const value = literalValue(values[i]);
      if (value === undefined) return { kind: 'insertRows', table, rows: null };
      row[columns[i]!] = value;
    }
    rows.push(row);
  }
  return { kind: 'insertRows', table, rows };
}
