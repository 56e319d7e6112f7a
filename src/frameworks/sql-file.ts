/**
 * Migration files that are plain SQL (Prisma's migration.sql, and the other
 * SQL-file tools): one text with many statements, split here so that each
 * statement reaches the dialect's parser on its own, with its own line. One
 * statement the parser cannot read then stays one opaque operation at its line,
 * instead of hiding the file's other statements.
 */

/** The lexical rules of one engine's SQL that decide where a statement ends. */
export interface SqlLexicon {
  /** PostgreSQL's `$tag$ … $tag$` strings. */
  readonly dollarQuotes: boolean;
  /** MySQL's backslash escapes inside every quoted string (PostgreSQL has them in `E'…'` only). */
  readonly backslashEscapes: boolean;
  /** MySQL's `#` comments. */
  readonly hashComments: boolean;
  /** PostgreSQL's `/* … *\/` comments nest; MySQL's and SQLite's do not. */
  readonly nestedComments: boolean;
  /** Backtick-quoted identifiers (MySQL, SQLite). */
  readonly backticks: boolean;
  /** SQLite's `[identifier]`. */
  readonly brackets: boolean;
}

export const SQL_LEXICONS = {
  postgres: { dollarQuotes: true, backslashEscapes: false, hashComments: false, nestedComments: true, backticks: false, brackets: false },
  mysql: { dollarQuotes: false, backslashEscapes: true, hashComments: true, nestedComments: false, backticks: true, brackets: false },
  sqlite: { dollarQuotes: false, backslashEscapes: false, hashComments: false, nestedComments: false, backticks: true, brackets: true },
} as const satisfies Record<string, SqlLexicon>;

/** One statement of a SQL file: its text without the closing `;` and trailing space, and the 1-based line its first token is on. */
export interface SqlStatement {
  readonly sql: string;
  readonly line: number;
}

const WORD = /[A-Za-z0-9_$]/;
/** Words after END that close a compound statement of their own, not a BEGIN or CASE. */
const END_OF_LOOP = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT']);

/**
 * Splits a SQL file into statements at the semicolons outside strings, quoted
 * identifiers, comments and the BEGIN … END body of a CREATE statement (a
 * trigger or routine). Comments before a statement are not part of it; a file's
 * text of only comments and whitespace has no statement. Never throws: an
 * unterminated string or comment runs to the end of the text, whose statement
 * the parser then rejects with its line.
 */
export function splitSqlStatements(text: string, lexicon: SqlLexicon, firstLine = 1): SqlStatement[] {
  return scan(text, lexicon, firstLine).map(({ sql, line }) => ({ sql, line }));
}

/**
 * For tools whose files do not say which engine they are written for (dbmate):
 * the statements that PostgreSQL's, MySQL's and SQLite's rules all split alike;
 * from the first one on which they disagree (a backslash in a plain string, a
 * nested comment, a `#`, a `;` in backticks), the rest of the text is one piece for the dump's own
 * parser to read, so that a wrong cut never makes a wrong statement.
 * `firstLine` is the line `text` starts on in its file.
 */
export function splitSqlStatementsAnyEngine(text: string, firstLine = 1): SqlStatement[] {
  // `$tag$` quoting is PostgreSQL's, but elsewhere it would be an odd identifier that no real file has,
  // while PostgreSQL functions with `;` in `$$` bodies are in many files: it counts as quoting everywhere.
  const splits = Object.values(SQL_LEXICONS).map((lexicon) => scan(text, { ...lexicon, dollarQuotes: true }, firstLine));
  const agreed: SqlStatement[] = [];
  for (let n = 0; splits.some((split) => n < split.length); n++) {
    const here = splits.map((split) => split[n]);
    const first = here[0];
    if (first !== undefined && here.every((statement) => statement !== undefined && statement.start === first.start && statement.sql === first.sql)) {
      agreed.push({ sql: first.sql, line: first.line });
      continue;
    }
    const starts = here.filter((statement) => statement !== undefined);
    const from = starts.reduce((earliest, statement) => (statement.start < earliest.start ? statement : earliest));
    const rest = text.slice(from.start).trimEnd();
    return [...agreed, { sql: rest.endsWith(';') ? rest.slice(0, -1).trimEnd() : rest, line: from.line }];
  }
  return agreed;
}

/** A statement and the offset in the text where it starts. */
interface ScannedStatement extends SqlStatement {
  readonly start: number;
}

function scan(text: string, lexicon: SqlLexicon, firstLine: number): ScannedStatement[] {
  const statements: ScannedStatement[] = [];
  let line = firstLine;
  let start = -1;
  let startLine = 0;
  let firstWord = '';
  let depth = 0;
  let i = 0;
  const begin = (): void => {
    if (start < 0) {
      start = i;
      startLine = line;
    }
  };
  const advanceTo = (end: number): void => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
    } else if ((c === '-' && next === '-') || (c === '#' && lexicon.hashComments)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && next === '*') {
      advanceTo(blockCommentEnd(text, i, lexicon.nestedComments));
    } else if (c === ';' && depth === 0) {
      if (start >= 0) statements.push({ sql: text.slice(start, i).trimEnd(), line: startLine, start });
      start = -1;
      firstWord = '';
      i++;
    } else if (c === "'" || c === '"' || (c === '`' && lexicon.backticks)) {
      begin();
      const escapes = c === "'" && (lexicon.backslashEscapes || isEscapeString(text, i));
      advanceTo(quotedEnd(text, i, c, escapes || (lexicon.backslashEscapes && c === '"')));
    } else if (c === '[' && lexicon.brackets) {
      begin();
      const end = text.indexOf(']', i + 1);
      advanceTo(end < 0 ? text.length : end + 1);
    } else if (c === '$' && lexicon.dollarQuotes && dollarTag(text, i) !== null) {
      begin();
      const tag = dollarTag(text, i)!;
      const end = text.indexOf(tag, i + tag.length);
      advanceTo(end < 0 ? text.length : end + tag.length);
    } else if (WORD.test(c)) {
      begin();
      let end = i + 1;
      while (end < text.length && WORD.test(text[end]!)) end++;
      const word = text.slice(i, end).toUpperCase();
      if (firstWord === '') firstWord = word;
      else if (firstWord === 'CREATE') depth = blockDepth(depth, word, text, end);
      i = end;
    } else {
      begin();
      i++;
    }
  }
  if (start >= 0) statements.push({ sql: text.slice(start).trimEnd(), line: startLine, start });
  return statements;
}

/** BEGIN and CASE open a block in a CREATE statement's body; END closes one, except END IF/LOOP/WHILE/REPEAT. */
function blockDepth(depth: number, word: string, text: string, after: number): number {
  if (word === 'BEGIN' || word === 'CASE') return depth + 1;
  if (word !== 'END' || depth === 0) return depth;
  const following = /^\s+([A-Za-z]+)/.exec(text.slice(after, after + 16))?.[1]?.toUpperCase();
  return following !== undefined && END_OF_LOOP.has(following) ? depth : depth - 1;
}

/** PostgreSQL's `E'…'`: the quote follows a lone E. */
function isEscapeString(text: string, quote: number): boolean {
  const before = text[quote - 1];
  return (before === 'E' || before === 'e') && !WORD.test(text[quote - 2] ?? '');
}

/** The index just past the quoted text opening at `open`; a doubled quote stays inside. */
function quotedEnd(text: string, open: number, quote: string, escapes: boolean): number {
  let k = open + 1;
  while (k < text.length) {
    const ch = text[k]!;
    if (escapes && ch === '\\') k += 2;
    else if (ch === quote && text[k + 1] === quote) k += 2;
    else if (ch === quote) return k + 1;
    else k++;
  }
  return text.length;
}

function blockCommentEnd(text: string, open: number, nested: boolean): number {
  let depth = 0;
  let k = open;
  while (k < text.length) {
    if (text[k] === '/' && text[k + 1] === '*' && (nested || depth === 0)) {
      depth++;
      k += 2;
    } else if (text[k] === '*' && text[k + 1] === '/') {
      depth--;
      k += 2;
      if (depth === 0) return k;
    } else k++;
  }
  return text.length;
}

/** `$tag$` or `$$` at `at`, not a positional parameter (`$1`) or part of a word. */
function dollarTag(text: string, at: number): string | null {
  if (WORD.test(text[at - 1] ?? '') && text[at - 1] !== '$') return null;
  const match = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(at, at + 64));
  return match === null ? null : match[0];
}
