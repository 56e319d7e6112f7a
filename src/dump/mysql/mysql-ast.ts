import { createRequire } from 'node:module';
import type { Parser } from 'node-sql-parser';
import { decodeString } from './mysql-sql-text.js';

/**
 * Small helpers over node-sql-parser's JSON AST (v5). Its shapes are loosely
 * typed and differ between statements, so nodes are read through the narrow
 * accessors below instead of the package's declarations.
 * https://github.com/taozhi8833998/node-sql-parser
 */

/** A node of node-sql-parser's AST. */
export type AstNode = Readonly<Record<string, unknown>>;

let parser: Parser | null = null;

/**
 * node-sql-parser is a large bundle (about 0.4 s to load); only MySQL migration
 * SQL needs it, so it is loaded on first use rather than with every dialect.
 */
function sqlParser(): Parser {
  if (parser === null) {
    const load = createRequire(import.meta.url);
    const module = load('node-sql-parser') as { Parser: new () => Parser };
    parser = new module.Parser();
  }
  return parser;
}

/**
 * Parses MySQL text (one or more statements). The MySQL grammar reads more of
 * ALTER TABLE than the MariaDB one (ADD CONSTRAINT, ADD PRIMARY KEY), so it
 * goes first; MariaDB's is the fallback. Throws the MySQL grammar's error.
 */
export function parseMysql(sql: string): AstNode[] {
  let first: unknown;
  for (const database of ['MySQL', 'MariaDB']) {
    try {
      const ast = sqlParser().astify(sql, { database }) as unknown;
      return (Array.isArray(ast) ? ast : [ast]).filter(isNode);
    } catch (error) {
      first ??= error;
    }
  }
  throw new Error(first instanceof Error ? first.message.slice(0, 200) : String(first));
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child object at `key`, or null. */
export function child(node: unknown, key: string): AstNode | null {
  if (!isNode(node)) return null;
  const value = node[key];
  return isNode(value) ? value : null;
}

/** The array at `key` (an empty array when absent or not an array). */
export function list(node: unknown, key: string): unknown[] {
  if (!isNode(node)) return [];
  const value = node[key];
  return Array.isArray(value) ? value : [];
}

/** The string or number at `key` as text, or null. */
export function text(node: unknown, key: string): string | null {
  if (!isNode(node)) return null;
  const value = node[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** Column names of a definition list (`column_ref` nodes; `b(10)` prefixes dropped). */
export function columnNames(nodes: readonly unknown[]): string[] {
  return nodes.flatMap((n) => {
    const name = columnName(n);
    return name === null ? [] : [name];
  });
}

/** The name in a `column_ref`: a string, or an `{expr: {value}}` wrapper. */
export function columnName(node: unknown): string | null {
  const column = isNode(node) ? node['column'] : undefined;
  return typeof column === 'string' ? column : text(child(column, 'expr'), 'value');
}

/** The first table name in a `table: [{table}]` list or a `{table}` node. */
export function tableName(node: unknown): string {
  if (Array.isArray(node)) return tableName(node[0]);
  return text(node, 'table') ?? '';
}

/** A literal node's value: strings decoded, numbers as written, NULL as null; undefined when not a literal. */
export function literalValue(node: unknown): string | number | boolean | null | undefined {
  if (!isNode(node)) return undefined;
  const type = node['type'];
  const value = node['value'];
  switch (type) {
    case 'single_quote_string':
    case 'string':
      return decodeString(String(value), "'", true);
    case 'double_quote_string':
      return decodeString(String(value), '"', true);
    case 'number':
    case 'bigint':
      return typeof value === 'number' ? value : Number(value);
    case 'bool':
    case 'boolean':
      return value === true || String(value).toLowerCase() === 'true';
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** String and number literals anywhere under `node`, in tree order, as text. */
export function literalsIn(node: unknown): string[] {
  const found: string[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      n.forEach(visit);
      return;
    }
    if (!isNode(n)) return;
    const value = literalValue(n);
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      found.push(typeof value === 'number' ? String(n['value']) : value);
      return;
    }
    for (const key of Object.keys(n)) visit(n[key]);
  };
  visit(node);
  return found;
}

/** An expression node back as MySQL text; the node's JSON when it cannot be printed. */
export function expressionSql(node: unknown): string {
  try {
    return sqlParser().exprToSQL(node, { database: 'MySQL' });
  } catch {
    return JSON.stringify(node);
  }
}
