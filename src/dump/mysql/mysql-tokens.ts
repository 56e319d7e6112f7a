import { decodeString, plainQuoteEnd, quoteEnd } from './mysql-sql-text.js';

/**
 * A tokenizer for the parts of MySQL statements the reader takes apart by
 * hand (CREATE TABLE bodies, INSERT values): words, quoted identifiers,
 * strings (decoded), numbers and punctuation, each with its offset.
 * https://dev.mysql.com/doc/refman/8.0/en/identifiers.html
 */

export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number; readonly end: number }
  | { readonly kind: 'ident'; readonly text: string; readonly at: number; readonly end: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number; readonly end: number }
  | { readonly kind: 'number'; readonly text: string; readonly at: number; readonly end: number }
  | { readonly kind: 'punct'; readonly text: string; readonly at: number; readonly end: number };

const WORD = /[A-Za-z0-9_$@\u0080-\uffff]/;
const NUMBER = /^[-+]?(?:0x[0-9a-f]+|\d+(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?)/i;

/**
 * Tokens of `sql`. Comments are skipped; executable comment markers are
 * expected to be unwrapped already. `backslashEscapes` follows sql_mode.
 */
export function tokenize(sql: string, backslashEscapes = true): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#' || (ch === '-' && sql[i + 1] === '-' && (sql[i + 2] ?? ' ') <= ' ')) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === '`') {
      const end = backslashEscapes ? quoteEnd(sql, i) : plainQuoteEnd(sql, i);
      tokens.push({ kind: 'ident', text: sql.slice(i + 1, end).replace(/``/g, '`'), at: i, end: end + 1 });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      const end = backslashEscapes ? quoteEnd(sql, i) : plainQuoteEnd(sql, i);
      tokens.push({ kind: 'string', text: decodeString(sql.slice(i + 1, end), ch, backslashEscapes), at: i, end: end + 1 });
      i = end + 1;
    } else if (/[0-9.]/.test(ch) || ((ch === '-' || ch === '+') && /[0-9.]/.test(sql[i + 1] ?? '') && !valueBefore(tokens))) {
      const match = NUMBER.exec(sql.slice(i, i + 64));
      const length = match ? match[0].length : 1;
      tokens.push({ kind: match ? 'number' : 'punct', text: sql.slice(i, i + length), at: i, end: i + length });
      i += length;
    } else if (WORD.test(ch)) {
      let end = i + 1;
      while (end < sql.length && WORD.test(sql[end]!)) end++;
      tokens.push({ kind: 'word', text: sql.slice(i, end), at: i, end });
      i = end;
    } else {
      tokens.push({ kind: 'punct', text: ch, at: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** A sign after a value is an operator (`a -1`), elsewhere part of a number (`DEFAULT -1`). */
function valueBefore(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1);
  return last !== undefined && (last.kind === 'number' || last.kind === 'ident' || last.kind === 'string' || last.text === ')');
}

/** Is the token the keyword `word` (case-insensitive)? */
export function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toLowerCase() === word;
}

/** A name token: a backtick identifier or a bare word. */
export function nameOf(token: Token | undefined): string | null {
  return token !== undefined && (token.kind === 'ident' || token.kind === 'word') ? token.text : null;
}

/** Index of the `)` closing the `(` at `open`, or the end. */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(') depth++;
    else if (t.text === ')' && --depth === 0) return i;
  }
  return tokens.length;
}

/** String and number literals among tokens, as text (for comparing CHECK constraints). */
export function literalTokens(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind === 'string' || t.kind === 'number').map((t) => t.text);
}

/** Names of a parenthesised list `(a, b(10), c DESC)` starting at `open`: each item's first name. */
export function nameList(tokens: readonly Token[], open: number): { names: string[]; next: number } {
  const close = closingParen(tokens, open);
  const names: string[] = [];
  let expectName = true;
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') depth++;
    else if (t.kind === 'punct' && t.text === ')') depth--;
    else if (depth === 0 && t.kind === 'punct' && t.text === ',') expectName = true;
    else if (expectName && depth === 0) {
      const name = nameOf(t);
      if (name !== null) names.push(name);
      expectName = false;
    }
  }
  return { names, next: close + 1 };
}
