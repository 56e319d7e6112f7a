import type { InsertStmt } from 'libpg-query';
import type { RowValue } from '../../model/schema.js';
import { constValue, expressionText } from './pg-ast.js';
import type { SqlText } from './pg-sql-text.js';

/**
 * Data rows in the two forms a plain pg_dump writes them: COPY text format
 * (default) and INSERT statements (`--inserts`, `--column-inserts`,
 * `--rows-per-insert`). Values are kept as COPY prints them, so both forms
 * compare the same: `\N` and NULL → null, booleans `t`/`f`.
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2
 */

const COPY_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** Splits one COPY text-format row into its field values. */
export function decodeCopyRow(row: string): RowValue[] {
  return row.split('\t').map((field) => (field === '\\N' ? null : unescapeCopyField(field)));
}

function unescapeCopyField(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_all, code: string) => {
    if (code[0] === 'x' && code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return COPY_ESCAPES[code] ?? code;
  });
}

/** One row of an INSERT statement, with the line its values start on. */
export interface InsertedRow {
  readonly values: RowValue[];
  readonly line: number;
}

/**
 * The literal rows of `INSERT … VALUES (…), (…)`. Non-literal values keep
 * their SQL text. `lineOf` turns a byte location into a dump line.
 */
export function insertedRows(stmt: InsertStmt, text: SqlText, lineOf: (byteLocation: number) => number): InsertedRow[] {
  const select = stmt.selectStmt;
  if (!select || !('SelectStmt' in select)) return [];
  const rows: InsertedRow[] = [];
  for (const list of select.SelectStmt.valuesLists ?? []) {
    if (!('List' in list)) continue;
    const items = list.List.items ?? [];
    const values = items.map((item): RowValue => {
      if ('A_Const' in item) return copyStyle(item.A_Const.boolval !== undefined, constValue(item.A_Const));
      return expressionText(text, item);
    });
    const first = items[0];
    const location = first && 'A_Const' in first ? (first.A_Const.location ?? 0) : 0;
    rows.push({ values, line: lineOf(location) });
  }
  return rows;
}

/** Booleans as COPY prints them, so INSERT and COPY dumps give the same values. */
function copyStyle(isBoolean: boolean, value: string | null): RowValue {
  if (!isBoolean || value === null) return value;
  return value === 'true' ? 't' : 'f';
}
