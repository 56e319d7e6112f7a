import { unquoteIdentifier } from './sqlite-identifiers.js';

/**
 * SQLite's lexical tokens, enough to read DDL and literal rows: words
 * (keywords and bare names), quoted names, strings, blobs, numbers, bind
 * variables and operators. Comments and white space are dropped. The
 * tokenizer never fails: an unterminated string or comment runs to the end of
 * the text and is marked, so callers decide what that means.
 * https://www.sqlite.org/draft/tokenreq.html
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'blob' | 'number' | 'variable' | 'op';

export interface Token {
  readonly kind: TokenKind;
  /** The token as written. */
  readonly text: string;
  /** Names unquoted and strings unescaped; otherwise the text. */
  readonly value: string;
  /** Character offsets into the tokenized text. */
  readonly start: number;
  readonly end: number;
  /** True for a string, quoted name or blob whose closing quote is missing. */
  readonly unterminated: boolean;
}

const TWO_CHAR_OPS = new Set(['||', '<=', '>=', '<>', '!=', '==', '<<', '>>', '->']);

/** Letters, digits, `_`, `$` and everything beyond ASCII continue a name. */
function isNameChar(ch: string): boolean {
  return /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) >= 0x80;
}

function isNameStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) >= 0x80;
}

/** The tokens of `sql`, comments and white space left out. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, unterminated = false, value?: string): void => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, start, end, unterminated });
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const next = sql[i + 1] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '-' && next === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol + 1;
    } else if (ch === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (ch === "'" || ((ch === 'x' || ch === 'X') && next === "'")) {
      const open = ch === "'" ? i : i + 1;
      const close = closingQuote(sql, open, "'");
      const end = close < 0 ? sql.length : close + 1;
      const body = sql.slice(open + 1, close < 0 ? sql.length : close);
      if (ch === "'") push('string', i, end, close < 0, body.replace(/''/g, "'"));
      else push('blob', i, end, close < 0, body);
      i = end;
    } else if (ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? sql.indexOf(']', i + 1) : closingQuote(sql, i, ch);
      const end = close < 0 ? sql.length : close + 1;
      push('quoted', i, end, close < 0, close < 0 ? sql.slice(i + 1) : unquoteIdentifier(sql.slice(i, end)));
      i = end;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(next))) {
      const match = /^(0[xX][0-9a-fA-F]+|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/.exec(sql.slice(i, i + 400));
      const end = i + (match?.[0].length ?? 1);
      push('number', i, end);
      i = end;
    } else if (isNameStart(ch)) {
      let end = i + 1;
      while (end < sql.length && isNameChar(sql[end]!)) end++;
      push('word', i, end);
      i = end;
    } else if ((ch === '?' || ch === ':' || ch === '@' || ch === '$') && (ch === '?' || isNameChar(next))) {
      let end = i + 1;
      while (end < sql.length && isNameChar(sql[end]!)) end++;
      push('variable', i, end);
      i = end;
    } else {
      const two = sql.slice(i, i + 2);
      const end = i + (TWO_CHAR_OPS.has(two) ? 2 : 1);
      push('op', i, end);
      i = end;
    }
  }
  return tokens;
}

/** Index of the quote that closes the one at `open` (doubled quotes stay inside), or -1. */
function closingQuote(sql: string, open: number, quote: string): number {
  let at = open + 1;
  for (;;) {
    const close = sql.indexOf(quote, at);
    if (close < 0) return -1;
    if (sql[close + 1] !== quote) return close;
    at = close + 2;
  }
}

/** Is the token the keyword `word` (case-insensitive)? Quoted names never are. */
export function isKeyword(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toLowerCase() === word;
}

/** Is the token the operator `op`? */
export function isOp(token: Token | undefined, op: string): boolean {
  return token !== undefined && token.kind === 'op' && token.text === op;
}
