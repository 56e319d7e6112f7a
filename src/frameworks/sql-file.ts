/**
 * Splits a migration file of plain SQL into its statements, each with the line
 * it starts on, for the adapters of SQL-file tools (Flyway, and others that
 * keep migrations as `.sql`). The statements are handed to the dump's dialect
 * (`rawSql`), whose own parser reads them; this scanner only finds where one
 * statement ends, so that every operation carries its own file:line and one
 * statement the parser rejects does not take the others with it.
 *
 * It knows what can hide a `;`: single-quoted strings (`''` inside), `E'…'`
 * strings and, optionally, MySQL's backslash escapes in any string;
 * double-quoted and backquoted identifiers; `--` and `/* … *\/` comments (nested,
 * as PostgreSQL nests them); dollar quoting (`$$ … $$`, `$tag$ … $tag$`);
 * `BEGIN … END` bodies of triggers, functions and procedures written without
 * a delimiter change; and the MySQL client's `DELIMITER` lines.
 */

/** One statement of a file. */
export interface SqlStatement {
  /** The statement's text as written from its first word, later comments included, without its terminating delimiter. */
  readonly sql: string;
  /** The statement's text with every comment replaced by spaces (what the engine reads). */
  readonly code: string;
  /** 1-based line of the statement's first character that is not white space or comment. */
  readonly line: number;
}

/** How strings are read where the engines disagree. */
export interface ScanOptions {
  /** True: a backslash escapes the next character in any quoted string (MySQL, MariaDB). False: only in `E'…'` (PostgreSQL). */
  readonly backslashEscapes: boolean;
}

/** A statement opening whose body is a block of statements, until its END. */
const COMPOUND_HEAD = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TRIGGER|PROCEDURE|FUNCTION|EVENT)\b/i;

/** Splits `text` into statements; statements holding nothing but comments and white space are left out. */
export function splitSqlStatements(text: string, options: ScanOptions): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let delimiter = ';';
  let code = '';
  let line = 1;
  let firstLine = 0;
  let firstOffset = 0;
  let depth = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (code.trim() !== '') statements.push({ sql: text.slice(firstOffset, end).trim(), code: code.trim(), line: firstLine });
    code = '';
    firstLine = 0;
    depth = 0;
  };
  const take = (from: number, to: number, asCode: boolean): void => {
    const piece = text.slice(from, to);
    if (asCode && firstLine === 0 && piece.trim() !== '') {
      const leading = piece.length - piece.trimStart().length;
      firstLine = line + countLines(piece.slice(0, leading));
      firstOffset = from + leading;
    }
    code += asCode ? piece : piece.replace(/[^\n]/g, ' ');
    line += countLines(piece);
  };
  while (i < text.length) {
    const atLineStart = i === 0 || text[i - 1] === '\n';
    if (atLineStart && code.trim() === '') {
      const directive = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i.exec(text.slice(i, i + 200));
      if (directive !== null) {
        take(i, i + directive[0].length, false);
        delimiter = directive[1]!;
        i += directive[0].length;
        code = '';
        continue;
      }
    }
    // A delimiter set with DELIMITER may begin like a token (`$$`): it is looked for first.
    if (text.startsWith(delimiter, i)) {
      if (depth > 0 && delimiter === ';') {
        take(i, i + delimiter.length, true);
        i += delimiter.length;
        continue;
      }
      flush(i);
      line += countLines(delimiter);
      i += delimiter.length;
      continue;
    }
    const end = tokenEnd(text, i, options);
    if (end !== null) {
      take(i, end.to, end.kind === 'code');
      i = end.to;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i, i + 64));
    if (word !== null && (i === 0 || !/[A-Za-z0-9_$.]/.test(text[i - 1]!))) {
      depth = nextDepth(depth, word[0].toUpperCase(), text, i + word[0].length, code);
      take(i, i + word[0].length, true);
      i += word[0].length;
      continue;
    }
    take(i, i + 1, true);
    i += 1;
  }
  flush(text.length);
  return statements;
}

/** BEGIN (or CASE) opens a block inside a compound statement; END closes one unless it ends an IF, LOOP, WHILE or REPEAT. */
function nextDepth(depth: number, word: string, text: string, after: number, code: string): number {
  if (!COMPOUND_HEAD.test(code)) return depth;
  if (word === 'BEGIN' || (word === 'CASE' && depth > 0 && !/\bEND\s*$/i.test(code))) return depth + 1;
  if (word === 'END' && depth > 0) return /^\s+(?:IF|LOOP|WHILE|REPEAT)\b/i.test(text.slice(after, after + 16)) ? depth : depth - 1;
  return depth;
}

/** Where a string, quoted identifier, comment or dollar-quoted body that starts at `i` ends; null when none starts there. */
function tokenEnd(text: string, i: number, options: ScanOptions): { readonly to: number; readonly kind: 'code' | 'comment' } | null {
  const c = text[i]!;
  const next = text[i + 1];
  if (c === '-' && next === '-') {
    const newline = text.indexOf('\n', i);
    return { to: newline < 0 ? text.length : newline, kind: 'comment' };
  }
  if (c === '/' && next === '*') return { to: blockCommentEnd(text, i), kind: 'comment' };
  if (c === "'") {
    const extended = i > 0 && /[Ee]/.test(text[i - 1]!) && (i < 2 || !/[A-Za-z0-9_]/.test(text[i - 2]!));
    return { to: quotedEnd(text, i, "'", options.backslashEscapes || extended), kind: 'code' };
  }
  if (c === '"') return { to: quotedEnd(text, i, '"', options.backslashEscapes), kind: 'code' };
  if (c === '`') return { to: quotedEnd(text, i, '`', false), kind: 'code' };
  if (c === '$' && (i === 0 || !/[A-Za-z0-9_$]/.test(text[i - 1]!))) {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
    if (tag !== null) {
      const close = text.indexOf(tag[0], i + tag[0].length);
      return { to: close < 0 ? text.length : close + tag[0].length, kind: 'code' };
    }
  }
  return null;
}

/** The end of a quoted run opened at `i` by `quote`: a doubled quote stays inside, as does an escaped one where backslashes escape. */
function quotedEnd(text: string, i: number, quote: string, backslashEscapes: boolean): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j]!;
    if (backslashEscapes && c === '\\') {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (text[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j += 1;
  }
  return text.length;
}

function blockCommentEnd(text: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    if (text.startsWith('/*', j)) {
      depth += 1;
      j += 2;
    } else if (text.startsWith('*/', j)) {
      depth -= 1;
      j += 2;
      if (depth === 0) return j;
    } else j += 1;
  }
  return text.length;
}

function countLines(piece: string): number {
  let lines = 0;
  for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) lines += 1;
  return lines;
}
