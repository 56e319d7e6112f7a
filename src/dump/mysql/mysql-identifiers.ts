/**
 * MySQL identifier rules. Column and index names are case-insensitive.
 * Table names follow `lower_case_table_names`: case-sensitive on Linux with
 * the default 0, folded to lower case with 1 (Windows) and compared
 * case-insensitively with 2 (macOS). A dump does not say which setting the
 * server had, so names are compared case-insensitively: a migration that
 * names `Users` where the dump has `users` is taken to mean that table.
 * Names longer than 64 characters are rejected by the server, never
 * truncated, and every primary key is named `PRIMARY`.
 * https://dev.mysql.com/doc/refman/8.0/en/identifier-case-sensitivity.html
 */

/** The name MySQL gives every primary key. */
export const PRIMARY_KEY_NAME = 'PRIMARY';

/** Is the dumped identifier the one a migration names? */
export function identifiersEqual(dumped: string, expected: string): boolean {
  return dumped === expected || dumped.toLowerCase() === expected.toLowerCase();
}

/** A name as SQL text: a backtick identifier with backticks doubled. */
export function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A name from `` `a``b` ``, `"a"` or a bare word. */
export function unquoteIdentifier(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1).replace(/``/g, '`');
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}
