import { type Statement, type ValueTokens, TokenCursor } from './sqlite-ast.js';
import { columnDef, indexedColumns, parseCreateTable } from './sqlite-create-table.js';
import { isKeyword, isOp, tokenize, type Token } from './sqlite-tokens.js';

/**
 * Reads one SQLite statement into a `Statement`: the DDL a dump or a migration
 * holds (CREATE/DROP TABLE, INDEX, VIEW, TRIGGER; ALTER TABLE), INSERT with
 * literal VALUES, UPDATE and DELETE. Other statements are `other`, named by
 * their first word. Throws SqliteSyntaxError (sqlite-ast.ts) when a statement it reads breaks
 * the grammar.
 * https://www.sqlite.org/lang.html
 */

export function parseStatement(sql: string): Statement {
  return parseTokens(new TokenCursor(tokenize(sql), sql));
}

function parseTokens(c: TokenCursor): Statement {
  if (c.accept('create')) return parseCreate(c);
  if (c.accept('drop')) {
    const object = c.accept('table') ? 'table' : c.accept('index') ? 'index' : c.accept('view') ? 'view' : c.accept('trigger') ? 'trigger' : null;
    if (object === null) throw c.error('expected TABLE, INDEX, VIEW or TRIGGER');
    const ifExists = c.accept('if', 'exists');
    return { kind: 'drop', object, name: c.qualifiedName().name, ifExists };
  }
  if (c.accept('alter', 'table')) return parseAlterTable(c);
  if (isKeyword(c.peek(), 'with')) return { kind: 'other', verb: 'WITH' };
  if (c.accept('insert') || c.accept('replace')) return parseInsert(c);
  if (c.accept('update')) {
    if (c.accept('or')) c.name();
    return { kind: 'update', table: c.qualifiedName().name };
  }
  if (c.accept('delete', 'from')) return { kind: 'delete', table: c.qualifiedName().name };
  return { kind: 'other', verb: (c.peek()?.text ?? '').toUpperCase() };
}

function parseCreate(c: TokenCursor): Statement {
  const temporary = c.accept('temp') || c.accept('temporary');
  if (c.accept('table')) return parseCreateTable(c, temporary, false);
  if (c.accept('virtual', 'table')) return parseCreateTable(c, temporary, true);
  if (c.accept('view')) {
    c.accept('if', 'not', 'exists');
    return { kind: 'createView', name: c.qualifiedName().name, temporary };
  }
  if (c.accept('trigger')) {
    const ifNotExists = c.accept('if', 'not', 'exists');
    const name = c.qualifiedName().name;
    // `{BEFORE|AFTER|INSTEAD OF} {DELETE|INSERT|UPDATE [OF col, …]} ON table`: the table follows the first ON.
    while (!c.atEnd() && !c.accept('on')) c.pos++;
    return { kind: 'createTrigger', name, table: c.qualifiedName().name, temporary, ifNotExists };
  }
  const unique = c.accept('unique');
  c.expect('index');
  c.accept('if', 'not', 'exists');
  const name = c.qualifiedName().name;
  c.expect('on');
  const table = c.name();
  const columns = indexedColumns(c);
  const where = c.accept('where') ? c.textOf(c.tokens.slice(c.pos).filter((t) => !isOp(t, ';'))) : null;
  return { kind: 'createIndex', name, table, unique, columns, where };
}

function parseAlterTable(c: TokenCursor): Statement {
  const table = c.qualifiedName().name;
  if (c.accept('rename', 'to')) return { kind: 'alterTable', table, action: { kind: 'renameTo', to: c.name() } };
  if (c.accept('rename')) {
    c.accept('column');
    const from = c.name();
    c.expect('to');
    return { kind: 'alterTable', table, action: { kind: 'renameColumn', from, to: c.name() } };
  }
  if (c.accept('add')) {
    c.accept('column');
    return { kind: 'alterTable', table, action: { kind: 'addColumn', column: columnDef(c) } };
  }
  c.expect('drop');
  c.accept('column');
  return { kind: 'alterTable', table, action: { kind: 'dropColumn', column: c.name() } };
}

/** `INSERT [OR x] INTO t [(cols)] VALUES (…), …`; rows are null for `SELECT` and `DEFAULT VALUES`. */
function parseInsert(c: TokenCursor): Statement {
  if (c.accept('or')) c.name();
  c.expect('into');
  const table = c.qualifiedName().name;
  if (c.accept('as')) c.name();
  const columns = isOp(c.peek(), '(') ? c.nameList() : null;
  if (!c.accept('values')) return { kind: 'insert', table, columns, rows: null };
  const rows: ValueTokens[][] = [];
  do rows.push(splitValues(c.group()));
  while (c.acceptOp(','));
  return { kind: 'insert', table, columns, rows: c.atEnd() ? rows : null };
}

/** The comma-separated values of one VALUES row, each as its tokens. */
export function splitValues(inside: readonly Token[]): Token[][] {
  const values: Token[][] = [[]];
  let depth = 0;
  for (const token of inside) {
    if (isOp(token, '(')) depth++;
    else if (isOp(token, ')')) depth--;
    if (depth === 0 && isOp(token, ',')) values.push([]);
    else values[values.length - 1]!.push(token);
  }
  return values;
}

/**
 * Splits SQL text into statements where the sqlite3 shell would: at a
 * semicolon, except inside a `CREATE TRIGGER`, which ends only at `; END ;`.
 * Empty statements are dropped; a last statement may lack its semicolon.
 */
export function splitStatements(sql: string): string[] {
  const tokens = tokenize(sql);
  const statements: string[] = [];
  let first = 0;
  let inTrigger = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i === first) inTrigger = startsTrigger(tokens, i);
    if (!isOp(token, ';')) continue;
    if (inTrigger && !(isKeyword(tokens[i - 1], 'end') && isOp(tokens[i - 2], ';'))) continue;
    if (i > first) statements.push(sql.slice(tokens[first]!.start, token.start));
    first = i + 1;
  }
  if (first < tokens.length) statements.push(sql.slice(tokens[first]!.start));
  return statements;
}

/** `CREATE [TEMP|TEMPORARY] TRIGGER` at `at`. */
function startsTrigger(tokens: readonly Token[], at: number): boolean {
  if (!isKeyword(tokens[at], 'create')) return false;
  const next = isKeyword(tokens[at + 1], 'temp') || isKeyword(tokens[at + 1], 'temporary') ? at + 2 : at + 1;
  return isKeyword(tokens[next], 'trigger');
}
