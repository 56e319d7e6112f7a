/**
 * PostgreSQL keeps identifiers up to NAMEDATALEN - 1 = 63 bytes and silently
 * truncates longer ones (on a character boundary), so Laravel's long default
 * index names appear shortened in a dump.
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS
 */

const MAX_IDENTIFIER_BYTES = 63;

/** The name PostgreSQL stores for `name`. */
export function truncateIdentifier(name: string): string {
  if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES) return name;
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > MAX_IDENTIFIER_BYTES) break;
    out += ch;
  }
  return out;
}

/** Is the dumped identifier the one a migration names, after PostgreSQL's truncation? */
export function identifiersEqual(dumped: string, expected: string): boolean {
  return dumped === expected || dumped === truncateIdentifier(expected);
}
