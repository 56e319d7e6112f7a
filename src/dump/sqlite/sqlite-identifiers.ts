/**
 * SQLite compares identifiers case-insensitively for the ASCII letters only
 * (`Users` and `users` are one table; `É` and `é` are not), and accepts four
 * quoting styles for them: `"x"`, `[x]`, `` `x` `` and, where a name is
 * expected, a string literal `'x'`.
 * https://www.sqlite.org/lang_keywords.html
 */

/** ASCII-only lower-casing, as SQLite's sqlite3StrICmp folds identifiers. */
export function foldIdentifier(name: string): string {
  return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Is the dumped identifier the one a migration names? SQLite ignores ASCII case. */
export function identifiersEqual(dumped: string, expected: string): boolean {
  return dumped === expected || foldIdentifier(dumped) === foldIdentifier(expected);
}

/** The name inside a quoted identifier token; a bare word is returned as it is. */
export function unquoteIdentifier(token: string): string {
  const first = token[0];
  const last = token[token.length - 1];
  if (token.length >= 2 && first === '[' && last === ']') return token.slice(1, -1);
  if (token.length >= 2 && (first === '"' || first === '`' || first === "'") && last === first) {
    return token.slice(1, -1).split(`${first}${first}`).join(first);
  }
  return token;
}

/** A key for maps of tables, indexes and views: identifiers that SQLite treats as one map to one key. */
export function nameKey(name: string): string {
  return foldIdentifier(name);
}
