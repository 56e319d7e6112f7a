/**
 * The `-- migrate:up` / `-- migrate:down` sections of a dbmate migration, read as
 * dbmate 2.35 reads them (pkg/dbmate/migration.go): `getMigrationSectionSubstrings`
 * cuts the file at every `-- migrate:up` directive (`upRegExp`), refusing text
 * other than blank and `--` comment lines before the first one
 * (`statementsPrecedeMigrateBlocks`) and a second `-- migrate:down` in one section;
 * `parseMigrationSection` refuses a section without `-- migrate:down` and takes the
 * text from the up directive to the down directive as the up block; and
 * `parseMigrationOptions` reads `key:value` pairs after the directive on its line,
 * where `transaction:false` runs that block outside a transaction. `Migrate` (db.go)
 * runs every section's up block in order and records the version after each: the
 * second section's insert of that version fails on the primary key, so a file with
 * two sections never runs through (dbmate 2.36 on SQLite: `UNIQUE constraint
 * failed`, the first section kept). Such a file is refused here too: it is never
 * judged applied.
 *
 * The patterns use Go's `\s` (RE2: tab, newline, form feed, carriage return,
 * space), not JavaScript's wider one: a file starting with a byte order mark has
 * "statements" before its first directive for dbmate, which refuses it.
 */

/** One up block: its text, the line its directive is on, and whether dbmate wraps it in a transaction. */
export interface UpBlock {
  readonly sql: string;
  readonly line: number;
  readonly transaction: boolean;
}

/** The file's up blocks in order, or why dbmate refuses the file and the line it points at. */
export type ParsedSections =
  | { readonly kind: 'parsed'; readonly ups: readonly UpBlock[] }
  | { readonly kind: 'refused'; readonly reason: string; readonly line: number };

const S = '[\\t\\n\\f\\r ]';
const UP = new RegExp(`^--${S}*migrate:up(?:${S}*$|${S}+[^\\t\\n\\f\\r ])`, 'gm');
const DOWN = new RegExp(`^--${S}*migrate:down(?:${S}*$|${S}+[^\\t\\n\\f\\r ])`, 'gm');
const DIRECTIVE = new RegExp(`^--${S}*migrate:(?:up|down)`);
const BLANK_OR_COMMENT = new RegExp(`^(?:${S}*|${S}*--.*)$`, 's');

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function starts(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/** `transaction:false` on the directive's line; other options dbmate ignores. */
function runsInTransaction(block: string): boolean {
  const rest = block.split('\n', 1)[0]!.replace(DIRECTIVE, '').trim();
  if (rest === '') return true;
  const options = new Map(
    rest
      .split(/[\t\n\f\r ]+/)
      .map((pair) => pair.split(':'))
      .filter((pair) => pair.length === 2)
      .map(([key, value]) => [key!, value!] as const),
  );
  return options.get('transaction') !== 'false';
}

/** Reads a migration file's sections; never throws. */
export function parseSections(contents: string): ParsedSections {
  const ups = starts(contents, UP);
  if (ups.length === 0) return { kind: 'refused', reason: "it has no '-- migrate:up' line", line: 1 };
  const before = contents.slice(0, ups[0]!).split('\n');
  const stray = before.findIndex((line) => !BLANK_OR_COMMENT.test(line));
  if (stray !== -1) return { kind: 'refused', reason: "it has statements before its first '-- migrate:up' line", line: stray + 1 };
  const blocks: UpBlock[] = [];
  for (const [index, start] of ups.entries()) {
    const end = ups[index + 1] ?? contents.length;
    const section = contents.slice(start, end);
    const downs = starts(section, DOWN);
    const line = lineAt(contents, start);
    if (downs.length === 0) return { kind: 'refused', reason: "its '-- migrate:up' section has no '-- migrate:down' line", line };
    if (downs.length > 1) return { kind: 'refused', reason: "a '-- migrate:down' line is not preceded by its own '-- migrate:up' line", line: lineAt(contents, start + downs[1]!) };
    const sql = section.slice(0, downs[0]!);
    if (index > 0) return { kind: 'refused', reason: "it has a second '-- migrate:up' section: dbmate records the version after the first and then fails to record it again, so the file never runs through", line };
    blocks.push({ sql, line, transaction: runsInTransaction(sql) });
  }
  return { kind: 'parsed', ups: blocks };
}
