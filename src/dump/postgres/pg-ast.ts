import { loadModule, parseSync } from 'libpg-query';
import type { A_Const, IndexStmt, Node, RangeVar } from 'libpg-query';
import { makeObjectName } from './pg-identifiers.js';
import { SqlText } from './pg-sql-text.js';

/**
 * Small helpers over libpg-query's JSON AST (PostgreSQL 17's parser as WASM).
 * Node shapes: https://github.com/constructive-io/pgsql-parser (package @pgsql/types).
 */

/**
 * The WASM parser starts loading when this module is imported, and compiles in
 * the background while the caller reads the migrations; `Dialect.load()`
 * awaits it before the first parse (`lowerSql` is synchronous).
 */
export const parserReady: Promise<void> = loadModule();

/** Foreign key action codes of the parse tree, as SQL; `a` (no action) is the default and reads as null. */
export const FK_ACTIONS: Readonly<Record<string, string | null>> = { a: null, r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/**
 * The name PostgreSQL gives a primary key, unique, foreign key or column CHECK
 * constraint declared without one (`t_pkey`, `t_a_b_key`, `t_a_fkey`,
 * `t_a_check`): the name a dump shows for what a migration declared unnamed.
 */
export function defaultConstraintName(table: string, kind: 'primary' | 'unique' | 'foreign' | 'check', columns: readonly string[]): string {
  switch (kind) {
    case 'primary':
      return makeObjectName(table, null, 'pkey');
    case 'unique':
      return makeObjectName(table, columns.join('_'), 'key');
    case 'foreign':
      return makeObjectName(table, columns.join('_'), 'fkey');
    case 'check':
      return makeObjectName(table, columns.join('_'), 'check');
  }
}

/** One parsed statement with its byte range in the parsed text. */
export interface ParsedStatement {
  readonly node: Node;
  /** UTF-8 byte offset of the statement in the text given to the parser. */
  readonly location: number;
  readonly length: number | null;
}

/** Parses SQL text (one or more statements). Throws the parser's error for invalid SQL. */
export function parseStatements(sql: string): ParsedStatement[] {
  const result = parseSync(sql) as { stmts?: Array<{ stmt: Node; stmt_location?: number; stmt_len?: number }> };
  return (result.stmts ?? []).map((s) => ({ node: s.stmt, location: s.stmt_location ?? 0, length: s.stmt_len ?? null }));
}

/** The `sval`s of a list of String nodes (qualified names, column lists). */
export function stringList(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => ('String' in n && n.String.sval !== undefined ? [n.String.sval] : []));
}

/** Schema and name of a relation; schema is null when the SQL left it unqualified. */
export function relationName(rv: RangeVar | undefined): { schema: string | null; name: string } {
  return { schema: rv?.schemaname ?? null, name: rv?.relname ?? '' };
}

/**
 * The text of an A_Const: strings as is, numbers as written, booleans as
 * `true`/`false`, SQL NULL as null. The protobuf JSON omits zero values, so
 * `ival: {}` is 0.
 */
export function constValue(c: A_Const): string | null {
  if (c.isnull) return null;
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? '0';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  if (c.bsval) return c.bsval.bsval ?? '';
  return null;
}

/** String and number literals anywhere under `node`, in source order. */
export function literalsIn(node: unknown): string[] {
  const found: Array<{ at: number; value: string }> = [];
  walk(node, (key, value) => {
    if (key !== 'A_Const') return;
    const c = value as A_Const;
    if (c.sval || c.ival || c.fval) found.push({ at: c.location ?? 0, value: constValue(c) ?? '' });
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}

/** The smallest parser location under `node` (a UTF-8 byte offset), or -1. */
export function firstLocation(node: unknown): number {
  let min = -1;
  walk(node, (key, value) => {
    if (key === 'location' && typeof value === 'number' && value >= 0 && (min < 0 || value < min)) min = value;
  });
  return min;
}

/**
 * The source text of an expression node: from its leftmost token (widened
 * over opening parentheses) to the end of its clause.
 */
export function expressionText(text: SqlText, node: unknown, stopWords?: ReadonlySet<string>): string {
  const at = firstLocation(node);
  if (at < 0) return '';
  return text.clause(text.widenOverParens(text.charIndex(at)), stopWords);
}

/**
 * An index's columns (names, or expression text as written) and its partial
 * predicate, sliced from the parenthesised list after the table name.
 */
export function indexColumns(stmt: IndexStmt, text: SqlText): { columns: string[]; where: string | null } {
  let open = text.charIndex(stmt.relation?.location ?? 0);
  for (let t = text.token(open); t !== null; t = text.token(t.end)) {
    if (t.kind === 'open') {
      open = t.start;
      break;
    }
  }
  const items = text.listItems(open);
  const columns = (stmt.indexParams ?? []).map((p, i) =>
    'IndexElem' in p && p.IndexElem.name ? p.IndexElem.name : stripParens(items[i] ?? ''),
  );
  let where: string | null = null;
  if (stmt.whereClause) {
    for (let t = text.token(text.balancedEnd(open)); t !== null; t = text.token(t.end)) {
      if (text.isWord(t, 'where')) {
        where = text.text.slice(t.end).trim();
        break;
      }
    }
  }
  return { columns, where };
}

/** pg_dump wraps non-call index expressions in parentheses: `((a + b))` → `a + b`. */
function stripParens(expression: string): string {
  let e = expression.trim();
  while (e.startsWith('(') && new SqlText(e).balancedEnd(0) === e.length) e = e.slice(1, -1).trim();
  return e;
}

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value);
      walk(value, visit);
    }
  }
}
