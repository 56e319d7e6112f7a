import {
  type CheckDef,
  type ColumnDef,
  type CreateTable,
  type ForeignRef,
  type TableConstraint,
  type TokenCursor,
  literalsOf,
} from './sqlite-ast.js';
import { isKeyword, isOp } from './sqlite-tokens.js';

/**
 * SQLite's CREATE TABLE grammar: column definitions with their constraints,
 * table constraints, `WITHOUT ROWID`/`STRICT`, `AS SELECT`, and
 * `CREATE VIRTUAL TABLE`. `.dump` writes each table's text exactly as it was
 * created (SQLite stores it so), so this reads Laravel's SQLiteGrammar output
 * as well as hand-written SQL.
 * https://www.sqlite.org/lang_createtable.html
 */

/** Keywords that end a column's type and start one of its constraints. */
const CONSTRAINT_START = new Set(['constraint', 'primary', 'not', 'null', 'unique', 'check', 'default', 'collate', 'references', 'generated', 'as']);
const TABLE_CONSTRAINT_START = new Set(['constraint', 'primary', 'unique', 'check', 'foreign']);

/** Parses from just after `CREATE [TEMP] [VIRTUAL] TABLE`. */
export function parseCreateTable(c: TokenCursor, temporary: boolean, virtual: boolean): CreateTable {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const { schema, name } = c.qualifiedName();
  const table = { kind: 'createTable' as const, schema, name, ifNotExists, temporary, virtual, asSelect: false, columns: [] as ColumnDef[], constraints: [] as TableConstraint[] };
  if (virtual) {
    // `USING module(args)`: the arguments mean what the module says; nothing to read.
    c.pos = c.tokens.length;
    return table;
  }
  if (c.accept('as')) {
    c.pos = c.tokens.length;
    return { ...table, asSelect: true };
  }
  c.expectOp('(');
  do {
    const word = c.peek();
    if (word?.kind === 'word' && TABLE_CONSTRAINT_START.has(word.text.toLowerCase())) table.constraints.push(tableConstraint(c));
    else table.columns.push(columnDef(c));
  } while (c.acceptOp(','));
  c.expectOp(')');
  // Table options (`WITHOUT ROWID`, `STRICT`) change storage, not the schema migrations describe.
  while (c.accept('without', 'rowid') || c.accept('strict') || c.acceptOp(','));
  if (!c.atEnd()) throw c.error('unexpected text after the table definition');
  return table;
}

/** A column definition: `name [type] [constraint …]`. */
export function columnDef(c: TokenCursor): ColumnDef {
  const from = c.pos;
  const name = c.name();
  const typeFrom = c.pos;
  while (c.peek()?.kind === 'word' || c.peek()?.kind === 'quoted') {
    if (c.peek()!.kind === 'word' && CONSTRAINT_START.has(c.peek()!.text.toLowerCase())) break;
    c.pos++;
  }
  if (c.pos > typeFrom && isOp(c.peek(), '(')) c.group();
  const declaredType = c.textFrom(typeFrom);
  const column = {
    name,
    declaredType,
    notNull: false,
    primaryKey: null as ColumnDef['primaryKey'],
    unique: null as ColumnDef['unique'],
    default: null as string | null,
    generated: null as ColumnDef['generated'],
    references: null as ColumnDef['references'],
    checks: [] as CheckDef[],
  };
  while (!isOp(c.peek(), ',') && !isOp(c.peek(), ')') && !c.atEnd()) {
    const constraintName = c.accept('constraint') ? c.name() : null;
    if (c.accept('primary', 'key')) {
      c.accept('asc') || c.accept('desc');
      conflictClause(c);
      column.primaryKey = { name: constraintName, autoincrement: c.accept('autoincrement') };
    } else if (c.accept('not', 'null')) {
      column.notNull = true;
      conflictClause(c);
    } else if (c.accept('null')) {
      conflictClause(c);
    } else if (c.accept('unique')) {
      column.unique = { name: constraintName };
      conflictClause(c);
    } else if (c.accept('check')) {
      column.checks.push(check(c, constraintName));
    } else if (c.accept('default')) {
      column.default = defaultValue(c);
    } else if (c.accept('collate')) {
      c.name();
    } else if (c.accept('references')) {
      column.references = { name: constraintName, ...foreignRef(c) };
    } else if (c.accept('generated', 'always', 'as') || c.accept('as')) {
      const expression = c.textOf(c.group());
      const stored = c.accept('stored');
      if (!stored) c.accept('virtual');
      column.generated = { expression, stored };
    } else {
      throw c.error(`unexpected text in the definition of column ${name}`);
    }
  }
  return { ...column, text: c.textFrom(from), start: c.tokens[from]!.start };
}

function tableConstraint(c: TokenCursor): TableConstraint {
  const from = c.pos;
  const name = c.accept('constraint') ? c.name() : null;
  const done = <T extends object>(rest: T) => ({ ...rest, text: c.textFrom(from), start: c.tokens[from]!.start });
  if (c.accept('primary', 'key') || c.accept('unique')) {
    const kind = isKeyword(c.tokens[c.pos - 1], 'key') ? ('primary' as const) : ('unique' as const);
    const columns = indexedColumns(c);
    conflictClause(c);
    return done({ kind, name, columns });
  }
  if (c.accept('check')) {
    const checked = check(c, name);
    return done({ kind: 'check' as const, ...checked });
  }
  c.expect('foreign', 'key');
  const columns = c.nameList();
  c.expect('references');
  return done({ kind: 'foreign' as const, name, columns, ref: foreignRef(c) });
}

function check(c: TokenCursor, name: string | null): CheckDef {
  const inside = c.group();
  return { name, expression: c.textOf(inside), literals: literalsOf(inside) };
}

/** `DEFAULT` takes a literal, a signed number, a bare word, or a parenthesised expression. */
function defaultValue(c: TokenCursor): string {
  const from = c.pos;
  if (isOp(c.peek(), '(')) c.group();
  else {
    if (isOp(c.peek(), '-') || isOp(c.peek(), '+')) c.pos++;
    if (!c.peek() || c.peek()!.kind === 'op') throw c.error('expected a default value');
    c.pos++;
  }
  return c.textFrom(from);
}

/** `ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE`: how violations are resolved, not what the schema holds. */
function conflictClause(c: TokenCursor): void {
  if (c.accept('on', 'conflict')) c.name();
}

/** The clause after REFERENCES: table, columns, actions, MATCH and deferrability. */
function foreignRef(c: TokenCursor): ForeignRef {
  const table = c.name();
  const columns = isOp(c.peek(), '(') ? c.nameList() : [];
  let onDelete: string | null = null;
  let onUpdate: string | null = null;
  for (;;) {
    if (c.accept('on', 'delete')) onDelete = action(c);
    else if (c.accept('on', 'update')) onUpdate = action(c);
    else if (c.accept('match')) c.name();
    else if (c.accept('not', 'deferrable') || c.accept('deferrable')) {
      if (c.accept('initially')) c.accept('deferred') || c.expect('immediate');
    } else return { table, columns, onDelete, onUpdate };
  }
}

/** An action in the model's spelling; NO ACTION is the default and reads as null. */
function action(c: TokenCursor): string | null {
  if (c.accept('set', 'null')) return 'set null';
  if (c.accept('set', 'default')) return 'set default';
  if (c.accept('cascade')) return 'cascade';
  if (c.accept('restrict')) return 'restrict';
  c.expect('no', 'action');
  return null;
}

/**
 * `( column [COLLATE x] [ASC|DESC], … )` of an index or key. A plain column
 * gives its name; an expression gives its text.
 */
export function indexedColumns(c: TokenCursor): string[] {
  const inside = c.group();
  const columns: string[] = [];
  let part: typeof inside = [];
  const flush = (): void => {
    let end = part.length;
    if (isKeyword(part[end - 1], 'asc') || isKeyword(part[end - 1], 'desc')) end--;
    if (end >= 2 && isKeyword(part[end - 2], 'collate')) end -= 2;
    const kept = part.slice(0, end);
    const only = kept.length === 1 ? kept[0]! : null;
    columns.push(only && (only.kind === 'word' || only.kind === 'quoted' || only.kind === 'string') ? only.value : c.textOf(kept));
    part = [];
  };
  let depth = 0;
  for (const token of inside) {
    if (isOp(token, '(')) depth++;
    if (isOp(token, ')')) depth--;
    if (depth === 0 && isOp(token, ',')) flush();
    else part.push(token);
  }
  if (part.length > 0) flush();
  return columns;
}
