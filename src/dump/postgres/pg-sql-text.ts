/**
 * Cutting expression text out of a statement. libpg-query gives node
 * locations (as UTF-8 byte offsets) but no end positions and no deparser, and
 * the dump's own text is what pg_dump deparsed from the catalog: the best
 * spelling to keep. So expressions are sliced from the statement with a small
 * tokenizer that knows quotes, dollar quotes and comments.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  /** `word`: a bare keyword or identifier; `open`/`close`: parentheses; `comma`; `other`: anything else. */
  readonly kind: 'word' | 'open' | 'close' | 'comma' | 'other';
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const NO_WORDS: ReadonlySet<string> = new Set();

/** Words that end a column's type or default inside a column definition. */
export const COLUMN_CLAUSE_STOP = new Set([
  'not', 'null', 'constraint', 'check', 'default', 'primary', 'unique', 'references', 'generated', 'collate',
]);

/** A statement's text with helpers for byte locations and token-level slicing. */
export class SqlText {
  private readonly byteIndexed: Buffer | null;

  constructor(readonly text: string) {
    const bytes = Buffer.from(text, 'utf8');
    this.byteIndexed = bytes.length === text.length ? null : bytes;
  }

  /** Converts a parser location (a UTF-8 byte offset) into a string index. */
  charIndex(byteOffset: number): number {
    if (this.byteIndexed === null) return byteOffset;
    return this.byteIndexed.subarray(0, byteOffset).toString('utf8').length;
  }

  /** The token starting at or after `i`, skipping white space and comments; null at the end. */
  token(i: number): Token | null {
    const s = this.text;
    i = this.skipBlank(i);
    if (i >= s.length) return null;
    const c = s[i]!;
    if (c === '(') return { start: i, end: i + 1, kind: 'open' };
    if (c === ')') return { start: i, end: i + 1, kind: 'close' };
    if (c === ',') return { start: i, end: i + 1, kind: 'comma' };
    if (c === "'") return { start: i, end: this.quotedEnd(i, "'", s[i - 1] === 'E' || s[i - 1] === 'e'), kind: 'other' };
    if (c === '"') return { start: i, end: this.quotedEnd(i, '"', false), kind: 'other' };
    if (c === '$') {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(s.slice(i, i + 64));
      if (tag) {
        const close = s.indexOf(tag[0], i + tag[0].length);
        return { start: i, end: close < 0 ? s.length : close + tag[0].length, kind: 'other' };
      }
    }
    if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < s.length && WORD_PART.test(s[end]!)) end++;
      // E'…', B'…', X'…' and U&'…' are strings with a prefix, not words.
      if (s[end] === "'" && end - i === 1) return { start: i, end: this.quotedEnd(end, "'", /[Ee]/.test(c)), kind: 'other' };
      return { start: i, end, kind: 'word' };
    }
    return { start: i, end: i + 1, kind: 'other' };
  }

  isWord(t: Token | null, word: string): boolean {
    return t !== null && t.kind === 'word' && this.text.slice(t.start, t.end).toLowerCase() === word;
  }

  /** Index just past the parenthesis that closes the one at `open`. */
  balancedEnd(open: number): number {
    let depth = 0;
    for (let t = this.token(open); t !== null; t = this.token(t.end)) {
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close' && --depth === 0) return t.end;
    }
    return this.text.length;
  }

  /** The text inside the first parenthesised group at or after `from`, or null. */
  firstGroupInside(from: number): string | null {
    for (let t = this.token(from); t !== null; t = this.token(t.end)) {
      if (t.kind === 'open') return this.text.slice(t.end, this.balancedEnd(t.start) - 1).trim();
    }
    return null;
  }

  /**
   * The clause from `start` up to a top-level comma or unmatched `)`, or
   * before one of `stopWords` (never the first token), trimmed.
   */
  clause(start: number, stopWords: ReadonlySet<string> = NO_WORDS): string {
    return this.text.slice(start, this.clauseEnd(start, stopWords)).trim();
  }

  /** Splits the parenthesised list opening at `open` into its top-level items' text. */
  listItems(open: number): string[] {
    const items: string[] = [];
    let pos = open + 1;
    for (;;) {
      const end = this.clauseEnd(pos, NO_WORDS);
      const item = this.text.slice(pos, end).trim();
      if (item !== '') items.push(item);
      const after = this.token(end);
      if (after === null || after.kind !== 'comma') return items;
      pos = after.end;
    }
  }

  /** Moves a start index left over opening parentheses right before it (they belong to the expression). */
  widenOverParens(start: number): number {
    let i = start;
    for (let j = i - 1; j >= 0; j--) {
      const c = this.text[j]!;
      if (c === '(') i = j;
      else if (!/\s/.test(c)) break;
    }
    return i;
  }

  private clauseEnd(start: number, stopWords: ReadonlySet<string>): number {
    let depth = 0;
    let end = start;
    let first = true;
    for (let t = this.token(start); t !== null; t = this.token(t.end)) {
      if (depth === 0) {
        if (t.kind === 'comma' || t.kind === 'close') break;
        if (!first && t.kind === 'word' && stopWords.has(this.text.slice(t.start, t.end).toLowerCase())) break;
      }
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close') depth--;
      first = false;
      end = t.end;
    }
    return end;
  }

  private skipBlank(i: number): number {
    const s = this.text;
    while (i < s.length) {
      if (/\s/.test(s[i]!)) i++;
      else if (s.startsWith('--', i)) {
        const nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length : nl + 1;
      } else if (s.startsWith('/*', i)) {
        i = this.blockCommentEnd(i);
      } else break;
    }
    return i;
  }

  private blockCommentEnd(i: number): number {
    let depth = 0;
    const s = this.text;
    while (i < s.length) {
      if (s.startsWith('/*', i)) {
        depth++;
        i += 2;
      } else if (s.startsWith('*/', i)) {
        i += 2;
        if (--depth === 0) return i;
      } else i++;
    }
    return s.length;
  }

  private quotedEnd(open: number, quote: string, backslashEscapes: boolean): number {
    const s = this.text;
    for (let i = open + 1; i < s.length; i++) {
      const c = s[i];
      if (backslashEscapes && c === '\\') i++;
      else if (c === quote) {
        if (s[i + 1] === quote) i++;
        else return i + 1;
      }
    }
    return s.length;
  }
}
