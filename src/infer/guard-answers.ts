/**
 * How Laravel answers `Schema::hasTable` and `Schema::hasColumn(s)`, given the
 * names a schema holds (the replayed one, or the dump).
 *
 * Columns: every Laravel from 8 to 12, on every driver, compares
 * `strtolower($column)` with the lower-cased column listing, so `hasColumn('t', 'Email')`
 * is true for a column `email`.
 *
 * Tables: Laravel 8–10 and 12+ ask the engine (`table_name = ?`, `relname = ?`,
 * sqlite_master's `name = ?`), which is case-sensitive on PostgreSQL, SQLite and
 * MariaDB/MySQL with `lower_case_table_names=0`; Laravel 11 compares lower-cased
 * names in PHP. A table that matches only when case is ignored therefore gets a
 * different answer from different versions and engine settings: undecided. The
 * listing hasColumn reads is looked up by table name the same way.
 */

/** `undecided`: the answer depends on the Laravel version or engine settings, which the dump does not record. */
export type GuardAnswer = 'yes' | 'no' | 'undecided';

/** Are two names the same to the engine (PostgreSQL's truncation, say)? */
export type SameName = (held: string, asked: string) => boolean;

/** The table a check found: exactly, or only when case is ignored. */
export interface TableMatch {
  readonly name: string;
  readonly answer: Exclude<GuardAnswer, 'no'>;
}

/** PHP's strtolower: ASCII only (locale-independent since PHP 8.2, the C locale before). */
export function phpLower(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/** Names that differ only in ASCII case: equal to Laravel 11, different to the engine's own lookup. */
function differOnlyInCase(held: string, asked: string): boolean {
  return held !== asked && phpLower(held) === phpLower(asked);
}

/** The table `Schema::hasTable(asked)` would find among `held`, or null when no version would find one. */
export function matchTable(held: Iterable<string>, asked: string, same: SameName): TableMatch | null {
  let caseOnly: string | null = null;
  for (const name of held) {
    if (same(name, asked) && !differOnlyInCase(name, asked)) return { name, answer: 'yes' };
    if (caseOnly === null && same(phpLower(name), phpLower(asked))) caseOnly = name;
  }
  return caseOnly === null ? null : { name: caseOnly, answer: 'undecided' };
}

/** `Schema::hasColumn(table, asked)`, given the matched table and its column names. */
export function columnAnswer(table: TableMatch | null, columns: Iterable<string>, asked: string, same: SameName): GuardAnswer {
  if (table === null) return 'no';
  for (const column of columns) {
    // A missing column is missing whichever way the table was found, so only a found one inherits the table's doubt.
    if (same(phpLower(column), phpLower(asked))) return table.answer;
  }
  return 'no';
}
