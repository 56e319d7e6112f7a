/**
 * PostgreSQL keeps identifiers up to NAMEDATALEN - 1 = 63 bytes and silently
 * truncates longer ones (on a character boundary), so Laravel's long default
 * index names appear shortened in a dump.
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS
 */

const MAX_IDENTIFIER_BYTES = 63;

/** The name PostgreSQL stores for `name`. */
export function truncateIdentifier(name: string): string {
  return clipBytes(name, MAX_IDENTIFIER_BYTES);
}

/** The longest start of `text` of at most `max` UTF-8 bytes, cut on a character boundary. */
function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/**
 * The name PostgreSQL chooses for an object declared without one, `name1_name2_label`
 * (`posts_status_check`, `posts_pkey`): when that is too long, the longer of the two
 * names is shortened a byte at a time until it fits, as `makeObjectName` does
 * (src/backend/commands/indexcmds.c). A clash with an existing name would add a number;
 * that is not reproduced.
 */
export function makeObjectName(name1: string, name2: string | null, label: string): string {
  const overhead = label.length + 1 + (name2 === null ? 0 : 1);
  const available = MAX_IDENTIFIER_BYTES - overhead;
  let bytes1 = Buffer.byteLength(name1, 'utf8');
  let bytes2 = name2 === null ? 0 : Buffer.byteLength(name2, 'utf8');
  while (bytes1 + bytes2 > available) {
    if (bytes1 > bytes2) bytes1--;
    else bytes2--;
  }
  const parts = [clipBytes(name1, bytes1), ...(name2 === null ? [] : [clipBytes(name2, bytes2)]), label];
  return parts.join('_');
}

/** Is the dumped identifier the one a migration names, after PostgreSQL's truncation? */
export function identifiersEqual(dumped: string, expected: string): boolean {
  return dumped === expected || dumped === truncateIdentifier(expected);
}
