/**
 * Small lexical helpers over MySQL statement text: executable comments,
 * string literals with backslash escapes, and top-level clause search.
 * https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
 */

/** Escape sequences MySQL decodes in strings (`\%` and `\_` keep their backslash). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  "'": "'",
  '"': '"',
  b: '\b',
  n: '\n',
  r: '\r',
  t: '\t',
  Z: '\x1a',
  '\\': '\\',
  '%': '\\%',
  _: '\\_',
};

/** The value of a string literal's body (between its quotes). */
export function decodeString(body: string, quote: "'" | '"', backslashEscapes: boolean): string {
  const doubled = quote + quote;
  if (!backslashEscapes) return body.split(doubled).join(quote);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      const next = body[++i]!;
      out += ESCAPES[next] ?? next;
    } else if (ch === quote && body[i + 1] === quote) {
      out += quote;
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A token-level walk: calls `visit` for each character outside quotes and comments, with its nesting depth. */
function walkTopLevel(sql: string, visit: (index: number, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = quoteEnd(sql, i);
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*' && sql[i + 2] !== '!') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 1;
      continue;
    }
    if (ch === '#' || (ch === '-' && sql[i + 1] === '-' && (sql[i + 2] ?? ' ') <= ' ')) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (visit(i, depth) === true) return;
  }
}

/** Index of the quote closing the one at `start` (backslash escapes honoured outside backticks). */
export function quoteEnd(sql: string, start: number): number {
  const quote = sql[start]!;
  for (let i = start + 1; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === '\\' && quote !== '`') i++;
    else if (ch === quote) {
      if (sql[i + 1] === quote) i++;
      else return i;
    }
  }
  return sql.length;
}

/** Index of the quote closing the one at `start` under NO_BACKSLASH_ESCAPES: only a doubled quote stays inside. */
export function plainQuoteEnd(sql: string, start: number): number {
  const quote = sql[start]!;
  for (let i = start + 1; i < sql.length; i++) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i++;
      else return i;
    }
  }
  return sql.length;
}

/**
 * Removes the markers of executable comments (`/*!50001 `, `/*M!100100 `,
 * `/*!`) and their closing `*\/`, keeping the text they carry, as a server
 * newer than every version number would read it. Ordinary comments stay.
 */
export function unwrapExecutableComments(sql: string): string {
  let out = '';
  let from = 0;
  let open = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = quoteEnd(sql, i);
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      const marker = /^\/\*M?!\d*/.exec(sql.slice(i, i + 12));
      // Version 99.99.99 (MariaDB's sandbox line) is never reached: a comment.
      if (marker === null || marker[0].endsWith('!999999')) {
        const end = sql.indexOf('*/', i + 2);
        i = end < 0 ? sql.length : end + 1;
        continue;
      }
      out += `${sql.slice(from, i)} `;
      i += marker[0].length - 1;
      from = i + 1;
      open++;
    } else if (open > 0 && ch === '*' && sql[i + 1] === '/') {
      out += `${sql.slice(from, i)} `;
      open--;
      i++;
      from = i + 1;
    }
  }
  return (out + sql.slice(from)).trim();
}

/** The 1-based line offset of `index` within `sql` (0 for the first line). */
export function lineOffset(sql: string, index: number): number {
  let lines = 0;
  for (let i = sql.indexOf('\n'); i >= 0 && i < index; i = sql.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Splits SQL text at top-level semicolons (quotes and comments respected); empty pieces dropped. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let from = 0;
  walkTopLevel(sql, (i) => {
    if (sql[i] === ';') {
      statements.push(sql.slice(from, i));
      from = i + 1;
    }
  });
  statements.push(sql.slice(from));
  return statements.map((s) => s.trim()).filter((s) => s !== '');
}

/** Splits text at commas outside quotes and parentheses. */
export function splitTopLevelCommas(sql: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walkTopLevel(sql, (i, depth) => {
    if (sql[i] === ',' && depth === 0) {
      parts.push(sql.slice(from, i));
      from = i + 1;
    }
  });
  parts.push(sql.slice(from));
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}
