import { PRIMARY_KEY_NAME } from './mysql-identifiers.js';
import { closingParen, isWord, literalTokens, nameList, nameOf, type Token, tokenize } from './mysql-tokens.js';

/**
 * A hand-written reader for CREATE TABLE in the form SHOW CREATE TABLE (and
 * so mysqldump) prints it, also tolerant of hand-written DDL. node-sql-parser
 * was measured first: it rejects PARTITION BY, `double precision`, `inet6`,
 * `uuid` (MySQL grammar) and unwrapped `INVISIBLE`, and keeps no positions, so
 * raw type text and per-column line numbers would be lost. See docs/decisions.md.
 * https://dev.mysql.com/doc/refman/8.0/en/create-table.html
 */

/** A column default as written: decoded string, number text, NULL, or an expression. */
export type DefaultDefinition =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'null' }
  | { readonly kind: 'expression'; readonly sql: string };

export interface ColumnDefinition {
  readonly name: string;
  /** The type as written: `bigint(20) unsigned`, `enum('a','b')`. */
  readonly typeText: string;
  /** Null when the definition says neither NULL nor NOT NULL. */
  readonly nullable: boolean | null;
  readonly default: DefaultDefinition | undefined;
  readonly autoIncrement: boolean;
  readonly generated: { readonly kind: 'stored' | 'virtual'; readonly expression: string } | null;
  readonly comment: string | null;
  /** Inline `CHECK (…)` (MariaDB prints json columns' `json_valid` check here). */
  readonly check: { readonly expression: string; readonly literals: readonly string[] } | null;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly at: number;
}

export interface KeyDefinition {
  readonly name: string | null;
  readonly kind: 'primary' | 'unique' | 'index' | 'fulltext' | 'spatial';
  readonly columns: readonly string[];
  readonly at: number;
}

export interface ForeignKeyDefinition {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string | null;
  readonly onUpdate: string | null;
  readonly at: number;
}

export interface CheckDefinition {
  readonly name: string | null;
  readonly expression: string;
  readonly literals: readonly string[];
  readonly at: number;
}

export interface TableDefinition {
  readonly database: string | null;
  readonly name: string;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly columns: readonly ColumnDefinition[];
  readonly keys: readonly KeyDefinition[];
  readonly foreignKeys: readonly ForeignKeyDefinition[];
  readonly checks: readonly CheckDefinition[];
  readonly partitioned: boolean;
}

/** Words that end a column's type and start its attributes. */
const ATTRIBUTE = new Set([
  'not', 'null', 'default', 'auto_increment', 'comment', 'character', 'charset', 'collate', 'generated', 'as',
  'on', 'check', 'primary', 'unique', 'key', 'references', 'invisible', 'visible', 'srid', 'column_format',
  'storage', 'constraint', 'stored', 'virtual', 'persistent', 'compressed', 'engine_attribute',
]);

/** Reads `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (…) options`; null when it is not one (CREATE TABLE … LIKE/AS). */
export function readCreateTable(sql: string): TableDefinition | null {
  const tokens = tokenize(sql);
  let i = 1;
  const temporary = isWord(tokens[i], 'temporary');
  if (temporary) i++;
  if (!isWord(tokens[i], 'table')) return null;
  i++;
  const ifNotExists = isWord(tokens[i], 'if') && isWord(tokens[i + 1], 'not') && isWord(tokens[i + 2], 'exists');
  if (ifNotExists) i += 3;
  let database: string | null = null;
  let name = nameOf(tokens[i]);
  if (tokens[i + 1]?.text === '.') {
    database = name;
    name = nameOf(tokens[i + 2]);
    i += 2;
  }
  i++;
  if (name === null || tokens[i]?.text !== '(') return null;
  const close = closingParen(tokens, i);
  const table = { columns: [] as ColumnDefinition[], keys: [] as KeyDefinition[], foreignKeys: [] as ForeignKeyDefinition[], checks: [] as CheckDefinition[] };
  for (const element of splitElements(tokens, i + 1, close)) readElement(sql, element, table);
  const partitioned = tokens.slice(close + 1).some((t, n, rest) => isWord(t, 'partition') && isWord(rest[n + 1], 'by'));
  return { database, name, temporary, ifNotExists, ...table, partitioned };
}

/** The comma-separated elements between the parentheses, as token slices. */
function splitElements(tokens: readonly Token[], from: number, to: number): Token[][] {
  const elements: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') {
      elements.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length > 0) elements.push(current);
  return elements;
}

type TableParts = { columns: ColumnDefinition[]; keys: KeyDefinition[]; foreignKeys: ForeignKeyDefinition[]; checks: CheckDefinition[] };

function readElement(sql: string, tokens: Token[], table: TableParts): void {
  const first = tokens[0];
  if (first === undefined) return;
  const at = first.at;
  let i = 0;
  let constraintName: string | null = null;
  if (first.kind === 'word' && isWord(first, 'constraint')) {
    i = 1;
    if (tokens[1]?.kind === 'ident' || (tokens[1]?.kind === 'word' && !/^(primary|unique|foreign|check)$/i.test(tokens[1].text))) {
      constraintName = tokens[1].text;
      i = 2;
    }
  }
  const head = tokens[i];
  if (head !== undefined && head.kind === 'word' && (i > 0 || tokens.length > 1)) {
    const word = head.text.toLowerCase();
    const keyKind = ({ primary: 'primary', unique: 'unique', key: 'index', index: 'index', fulltext: 'fulltext', spatial: 'spatial' } as const)[word];
    if (keyKind !== undefined && (first.kind === 'word')) {
      table.keys.push(readKey(tokens, i, keyKind, constraintName, at));
      return;
    }
    if (word === 'foreign' && isWord(tokens[i + 1], 'key')) {
      table.foreignKeys.push(readForeignKey(tokens, i + 2, constraintName, at));
      return;
    }
    if (word === 'check') {
      const open = i + 1;
      const close = closingParen(tokens, open);
      table.checks.push({ name: constraintName, expression: inner(sql, tokens, open, close), literals: literalTokens(tokens.slice(open, close)), at });
      return;
    }
  }
  if (first.kind === 'ident' || first.kind === 'word') table.columns.push(readColumn(sql, tokens, at));
}

function readKey(tokens: Token[], i: number, kind: KeyDefinition['kind'], constraintName: string | null, at: number): KeyDefinition {
  i++;
  while (isWord(tokens[i], 'key') || isWord(tokens[i], 'index')) i++;
  let name = constraintName;
  if (tokens[i]?.text !== '(' && !isWord(tokens[i], 'using')) {
    name = nameOf(tokens[i]) ?? name;
    i++;
  }
  while (i < tokens.length && tokens[i]!.text !== '(') i++;
  return { name: kind === 'primary' ? PRIMARY_KEY_NAME : name, kind, columns: nameList(tokens, i).names, at };
}

function readForeignKey(tokens: Token[], i: number, constraintName: string | null, at: number): ForeignKeyDefinition {
  let name = constraintName;
  if (tokens[i]?.text !== '(') {
    name = nameOf(tokens[i]) ?? name;
    i++;
  }
  const columns = nameList(tokens, i);
  i = columns.next;
  let refTable = '';
  let refColumns: string[] = [];
  let onDelete: string | null = null;
  let onUpdate: string | null = null;
  if (isWord(tokens[i], 'references')) {
    refTable = nameOf(tokens[i + 1]) ?? '';
    i += 2;
    if (tokens[i]?.text === '.') {
      refTable = nameOf(tokens[i + 1]) ?? '';
      i += 2;
    }
    const refs = nameList(tokens, i);
    refColumns = refs.names;
    i = refs.next;
  }
  while (i < tokens.length) {
    if (isWord(tokens[i], 'on') && (isWord(tokens[i + 1], 'delete') || isWord(tokens[i + 1], 'update'))) {
      const which = tokens[i + 1]!.text.toLowerCase();
      let action = tokens[i + 2]?.text.toLowerCase() ?? '';
      i += 3;
      if ((action === 'set' || action === 'no') && tokens[i]?.kind === 'word') action += ` ${tokens[i++]!.text.toLowerCase()}`;
      // RESTRICT and NO ACTION are the same in MySQL and are its default: no action stated.
      const stated = action === 'no action' || action === 'restrict' ? null : action;
      if (which === 'delete') onDelete = stated;
      else onUpdate = stated;
    } else {
      i++;
    }
  }
  return { name, columns: columns.names, refTable, refColumns, onDelete, onUpdate, at };
}

function readColumn(sql: string, tokens: Token[], at: number): ColumnDefinition {
  const name = tokens[0]!.text;
  let i = 1;
  const typeStart = tokens[1]?.at ?? at;
  let typeEnd = typeStart;
  while (i < tokens.length && !(tokens[i]!.kind === 'word' && ATTRIBUTE.has(tokens[i]!.text.toLowerCase()))) {
    if (tokens[i]!.text === '(') i = closingParen(tokens, i);
    typeEnd = tokens[i]!.end;
    i++;
  }
  const column = {
    name,
    typeText: sql.slice(typeStart, typeEnd).replace(/\s+/g, ' '),
    nullable: null as boolean | null,
    default: undefined as DefaultDefinition | undefined,
    autoIncrement: false,
    generated: null as ColumnDefinition['generated'],
    comment: null as string | null,
    check: null as ColumnDefinition['check'],
    primaryKey: false,
    unique: false,
    at,
  };
  while (i < tokens.length) {
    const word = tokens[i]!.kind === 'word' ? tokens[i]!.text.toLowerCase() : '';
    if (word === 'not' && isWord(tokens[i + 1], 'null')) {
      column.nullable = false;
      i += 2;
    } else if (word === 'null') {
      column.nullable = true;
      i++;
    } else if (word === 'default') {
      const read = readDefault(sql, tokens, i + 1);
      column.default = read.value;
      i = read.next;
    } else if (word === 'auto_increment') {
      column.autoIncrement = true;
      i++;
    } else if (word === 'comment' && tokens[i + 1]?.kind === 'string') {
      column.comment = tokens[i + 1]!.text;
      i += 2;
    } else if ((word === 'as' || word === 'generated') && i + 1 < tokens.length) {
      while (i < tokens.length && tokens[i]!.text !== '(') i++;
      const close = closingParen(tokens, i);
      const storage = tokens[close + 1]?.text.toLowerCase();
      column.generated = { kind: storage === 'stored' || storage === 'persistent' ? 'stored' : 'virtual', expression: inner(sql, tokens, i, close) };
      i = close + 1;
    } else if (word === 'check' && tokens[i + 1]?.text === '(') {
      const close = closingParen(tokens, i + 1);
      column.check = { expression: inner(sql, tokens, i + 1, close), literals: literalTokens(tokens.slice(i + 1, close)) };
      i = close + 1;
    } else if (word === 'primary') {
      column.primaryKey = true;
      i++;
    } else if (word === 'unique') {
      column.unique = true;
      i++;
    } else if (word === 'on' && isWord(tokens[i + 1], 'update')) {
      // ON UPDATE current_timestamp(): not part of the model; skip the expression.
      i += 3;
      if (tokens[i]?.text === '(') i = closingParen(tokens, i) + 1;
    } else {
      i++;
    }
  }
  return column;
}

function readDefault(sql: string, tokens: Token[], i: number): { value: DefaultDefinition | undefined; next: number } {
  const t = tokens[i];
  if (t === undefined) return { value: undefined, next: i };
  if (t.kind === 'string') return { value: { kind: 'string', value: t.text }, next: i + 1 };
  if (t.kind === 'number') return { value: { kind: 'number', text: t.text }, next: i + 1 };
  if (isWord(t, 'null')) return { value: { kind: 'null' }, next: i + 1 };
  if (t.text === '(') {
    const close = closingParen(tokens, i);
    return { value: { kind: 'expression', sql: inner(sql, tokens, i, close) }, next: close + 1 };
  }
  // A bare word (CURRENT_TIMESTAMP, b'1', _utf8mb4'x') with an optional argument list.
  let end = i + 1;
  if (tokens[end]?.kind === 'string') end++;
  if (tokens[end]?.text === '(') end = closingParen(tokens, end) + 1;
  return { value: { kind: 'expression', sql: sql.slice(t.at, tokens[end - 1]!.end) }, next: end };
}

/** The text between the parentheses at `open` and `close`. */
function inner(sql: string, tokens: readonly Token[], open: number, close: number): string {
  const start = tokens[open]!.end;
  const end = tokens[close]?.at ?? sql.length;
  return sql.slice(start, end).trim();
}
