/**
 * Splits the SQL of a migration file into statements, each with the line it
 * starts on, for the adapters of tools whose migrations are plain SQL files
 * (dbmate, golang-migrate, Flyway, Prisma, Drizzle). The adapter does not know
 * the engine the file was written for, so the scanner knows what every engine's
 * lexer agrees on: single-quoted strings, PostgreSQL `E''` strings and dollar
 * quoting, double-quoted and backtick identifiers, `--`, `#` (at a line's start)
 * and block comments, and BEGIN … END bodies of triggers and routines.
 *
 * Where the engines disagree (a backslash inside a plain string ends it early on
 * PostgreSQL and escapes the quote on MySQL; a block comment inside another is
 * nested on PostgreSQL only), the scanner stops splitting: the rest of the text,
 * from the statement it was in, is returned as one piece for the engine's own
 * parser to read, so that a wrong cut never turns into a wrong statement.
 */

/** One statement of a SQL file: its text without the closing `;`, and where it starts. */
export interface SqlStatement {
  readonly text: string;
  /** 1-based line of the statement's first character that is not whitespace or a comment. */
  readonly line: number;
}

/** Words after `END` that close a block opened by a word the scanner does not count (MySQL `END IF`, `END LOOP`). */
const UNCOUNTED_CLOSERS = new Set(['if', 'loop', 'while', 'repeat']);

/** Where scanning stands: the text, the position, and the line the position is on. */
interface Cursor {
  readonly sql: string;
  pos: number;
  line: number;
}

/**
 * The statements of `sql`, in order; `firstLine` is the line `sql` starts on in
 * its file. Empty statements (a lone `;`) and text that is only comments are
 * left out. Never throws: an unterminated string or comment ends the last piece.
 */
export function splitSqlStatements(sql: string, firstLine = 1): SqlStatement[] {
  const cursor: Cursor = { sql, pos: 0, line: firstLine };
  const statements: SqlStatement[] = [];
  for (;;) {
    skipSpaceAndComments(cursor);
    if (cursor.pos >= sql.length) return statements;
    const start = cursor.pos;
    const line = cursor.line;
    const end = statementEnd(cursor);
    if (end === 'ambiguous') {
      const rest = sql.slice(start).trimEnd();
      return [...statements, { text: rest.endsWith(';') ? rest.slice(0, -1).trimEnd() : rest, line }];
    }
    const text = sql.slice(start, end).trimEnd();
    if (text !== '') statements.push({ text, line });
  }
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}

function advance(cursor: Cursor, to: number): void {
  for (let i = cursor.pos; i < to && i < cursor.sql.length; i++) if (cursor.sql[i] === '\n') cursor.line++;
  cursor.pos = Math.min(to, cursor.sql.length);
}

/** True when only spaces stand between the line's start and `pos`. */
function atLineStart(sql: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && sql[i] !== '\n'; i--) if (!isSpace(sql[i])) return false;
  return true;
}

/** Whitespace and comments between statements; a MySQL executable comment (`/*!`, `/*M!`) is code and stops it. */
function skipSpaceAndComments(cursor: Cursor): void {
  const { sql } = cursor;
  while (cursor.pos < sql.length) {
    const ch = sql[cursor.pos];
    if (isSpace(ch)) advance(cursor, cursor.pos + 1);
    else if (lineComment(sql, cursor.pos)) advance(cursor, lineEnd(sql, cursor.pos));
    else if (sql.startsWith('/*', cursor.pos) && !executableComment(sql, cursor.pos)) {
      const end = blockCommentEnd(sql, cursor.pos);
      advance(cursor, end === 'ambiguous' ? sql.length : end);
    } else return;
  }
}

function lineComment(sql: string, pos: number): boolean {
  return sql.startsWith('--', pos) || (sql[pos] === '#' && atLineStart(sql, pos));
}

function lineEnd(sql: string, pos: number): number {
  const newline = sql.indexOf('\n', pos);
  return newline === -1 ? sql.length : newline;
}

function executableComment(sql: string, pos: number): boolean {
  return sql.startsWith('/*!', pos) || sql.startsWith('/*M!', pos);
}

/** The position after a block comment's `*\/`; `ambiguous` when another one opens inside it (PostgreSQL nests them, MySQL does not). */
function blockCommentEnd(sql: string, pos: number): number | 'ambiguous' {
  const close = sql.indexOf('*/', pos + 2);
  const end = close === -1 ? sql.length : close + 2;
  const nested = sql.indexOf('/*', pos + 2);
  return nested !== -1 && nested < end ? 'ambiguous' : end;
}

/**
 * Scans one statement from the cursor; returns the position of its `;` (the
 * cursor moves past it) or of the text's end, or `ambiguous` when the engines
 * would read what follows differently.
 */
function statementEnd(cursor: Cursor): number | 'ambiguous' {
  const { sql } = cursor;
  const compound: BlockCount = { create: null, routine: false, depth: 0 };
  while (cursor.pos < sql.length) {
    const pos = cursor.pos;
    const ch = sql[pos]!;
    if (ch === ';' && compound.depth <= 0) {
      advance(cursor, pos + 1);
      return pos;
    }
    const skipped = quotedOrCommentEnd(sql, pos);
    if (skipped === 'ambiguous') return 'ambiguous';
    if (skipped !== null) {
      advance(cursor, skipped);
      continue;
    }
    if (isWordChar(ch) && !isWordChar(sql[pos - 1])) {
      let end = pos;
      while (isWordChar(sql[end])) end++;
      countBlockWord(compound, sql.slice(pos, end).toLowerCase(), sql, end);
      advance(cursor, end);
      continue;
    }
    advance(cursor, pos + 1);
  }
  return sql.length;
}

/** How deep a statement is in BEGIN … END blocks, and whether it is one that can hold them. */
interface BlockCount {
  /** Whether the statement's first word is CREATE; null before its first word. */
  create: boolean | null;
  /** Whether a TRIGGER, PROCEDURE, FUNCTION or EVENT word followed that CREATE. */
  routine: boolean;
  depth: number;
}

const ROUTINES = new Set(['trigger', 'procedure', 'function', 'event']);

/**
 * BEGIN … END bodies hold semicolons that do not end the statement, in a
 * CREATE TRIGGER, PROCEDURE or FUNCTION written without dollar quotes (MySQL,
 * SQLite, PostgreSQL's BEGIN ATOMIC). Only such a statement counts: elsewhere
 * `BEGIN` is a transaction's start, and `begin`/`end` may name columns. CASE
 * opens a block that END closes too; `END IF`, `END LOOP`… close one that was
 * not counted. A count that goes wrong only keeps more text in one piece.
 */
function countBlockWord(compound: BlockCount, word: string, sql: string, after: number): void {
  if (compound.create === null) compound.create = word === 'create';
  if (!compound.create) return;
  if (!compound.routine) {
    compound.routine = ROUTINES.has(word);
    return;
  }
  if (word === 'begin' || word === 'case') compound.depth++;
  else if (word === 'end') {
    const next = /^\s*([A-Za-z]+)/.exec(sql.slice(after, after + 20))?.[1]?.toLowerCase();
    if (next === undefined || !UNCOUNTED_CLOSERS.has(next)) compound.depth--;
  }
}

/**
 * When a quoted string, quoted identifier, dollar-quoted body or comment starts
 * at `pos`, the position after it; null when none starts there; `ambiguous` when
 * the engines would end it in different places.
 */
function quotedOrCommentEnd(sql: string, pos: number): number | 'ambiguous' | null {
  const ch = sql[pos]!;
  if (ch === "'") {
    const escapes = (sql[pos - 1] === 'E' || sql[pos - 1] === 'e') && !isWordChar(sql[pos - 2]);
    return quotedEnd(sql, pos, "'", escapes ? 'escapes' : 'ambiguous');
  }
  if (ch === '"') return quotedEnd(sql, pos, '"', 'ambiguous');
  if (ch === '`') return quotedEnd(sql, pos, '`', 'literal');
  if (lineComment(sql, pos)) return lineEnd(sql, pos);
  if (sql.startsWith('/*', pos)) return blockCommentEnd(sql, pos);
  if (ch === '$' && !isWordChar(sql[pos - 1])) return dollarQuotedEnd(sql, pos);
  return null;
}

/**
 * The position after a quoted text opened at `pos`, the quote doubled inside it.
 * A backslash is an escape (`escapes`), plain text (`literal`), or `ambiguous`:
 * PostgreSQL reads it as text, MySQL as an escape.
 */
function quotedEnd(sql: string, pos: number, quote: string, backslash: 'escapes' | 'literal' | 'ambiguous'): number | 'ambiguous' {
  let i = pos + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '\\' && backslash !== 'literal') {
      if (backslash === 'ambiguous') return 'ambiguous';
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

/** A PostgreSQL dollar-quoted body (`$$ … $$`, `$tag$ … $tag$`); null when `$` starts no such quote. */
function dollarQuotedEnd(sql: string, pos: number): number | null {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(pos, pos + 64))?.[0];
  if (tag === undefined) return null;
  const close = sql.indexOf(tag, pos + tag.length);
  return close === -1 ? sql.length : close + tag.length;
}
