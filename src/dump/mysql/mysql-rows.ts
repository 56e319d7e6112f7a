import type { RowValue } from '../../model/schema.js';
import { unquoteIdentifier } from './mysql-identifiers.js';
import { decodeString, plainQuoteEnd, quoteEnd } from './mysql-sql-text.js';

/**
 * Rows of the INSERT statements mysqldump writes: extended (`VALUES (…),(…)`),
 * one per row (`--skip-extended-insert`), with or without a column list
 * (`--complete-insert`). Strings are decoded (backslash escapes unless
 * NO_BACKSLASH_ESCAPES); numbers keep their text; NULL is null; anything else
 * (`_binary '…'`, `0x…`, function calls) keeps its SQL text.
 * https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html#option_mysqldump_extended-insert
 */

/** `INSERT [IGNORE] INTO [db.]table [(columns)] VALUES`; group 1 the verb, 2–3 names, 4 the column list. */
const INSERT_HEAD =
  /^(insert|replace)\s+(?:(?:low_priority|delayed|high_priority|ignore)\s+)*(?:into\s+)?(`(?:[^`]|``)+`|[\w$]+)(?:\s*\.\s*(`(?:[^`]|``)+`|[\w$]+))?\s*(\((?:`(?:[^`]|``)*`|[^)`])*\))?\s*values?\b/i;

/** The table an INSERT writes to, read from its first bytes; null when it is not an INSERT. */
export function insertTarget(head: string): { database: string | null; table: string } | null {
  const match = INSERT_HEAD.exec(head);
  if (match === null) return null;
  const first = unquoteIdentifier(match[2]!);
  return match[3] === undefined ? { database: null, table: first } : { database: first, table: unquoteIdentifier(match[3]) };
}

export interface InsertedRows {
  readonly database: string | null;
  readonly table: string;
  /** Null when the statement names no columns (then they are the table's, in order). */
  readonly columns: string[] | null;
  readonly rows: Array<{ values: RowValue[]; line: number }>;
}

/** Reads every row of an INSERT statement starting at dump line `line`; null when it is not one. */
export function readInsert(sql: string, line: number, backslashEscapes: boolean): InsertedRows | null {
  const match = INSERT_HEAD.exec(sql);
  if (match === null) return null;
  const target = insertTarget(sql)!;
  const columns = match[4] === undefined ? null : (match[4].slice(1, -1).match(/`(?:[^`]|``)*`|[^,\s]+/g) ?? []).map(unquoteIdentifier);
  const rows: InsertedRows['rows'] = [];
  let i = match[0].length;
  let currentLine = line + countLines(sql, 0, i);
  while (i < sql.length) {
    const open = sql.indexOf('(', i);
    // Stop at the end, or at a tail such as ON DUPLICATE KEY UPDATE.
    if (open < 0 || /[^\s,]/.test(sql.slice(i, open))) break;
    currentLine += countLines(sql, i, open);
    const row = readTuple(sql, open + 1, backslashEscapes);
    rows.push({ values: row.values, line: currentLine });
    currentLine += countLines(sql, open, row.next);
    i = row.next;
  }
  return { ...target, columns, rows };
}

function countLines(sql: string, from: number, to: number): number {
  let n = 0;
  for (let i = sql.indexOf('\n', from); i >= 0 && i < to; i = sql.indexOf('\n', i + 1)) n++;
  return n;
}

/** One `(…)` tuple from just after its `(`; returns the values and the index after its `)`. */
function readTuple(sql: string, start: number, backslashEscapes: boolean): { values: RowValue[]; next: number } {
  const values: RowValue[] = [];
  let i = start;
  let valueStart = i;
  let depth = 0;
  let decoded: string | null = null;
  let onlyString = false;
  const endValue = (end: number): void => {
    const raw = sql.slice(valueStart, end).trim();
    values.push(onlyString && decoded !== null ? decoded : /^null$/i.test(raw) ? null : raw);
    decoded = null;
    onlyString = false;
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const end = backslashEscapes ? quoteEnd(sql, i) : plainQuoteEnd(sql, i);
      // A value that is exactly one string literal is kept decoded; `_binary '…'` keeps its text.
      onlyString = sql.slice(valueStart, i).trim() === '' && depth === 0;
      decoded = decodeString(sql.slice(i + 1, end), ch, backslashEscapes);
      i = end + 1;
      if (sql.slice(i, i + 1).trim() !== '' && sql[i] !== ',' && sql[i] !== ')') onlyString = false;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if ((ch === ',' || ch === ')') && depth === 0) {
      endValue(i);
      if (ch === ')') return { values, next: i + 1 };
      valueStart = i + 1;
    }
    i++;
  }
  endValue(sql.length);
  return { values, next: sql.length };
}
