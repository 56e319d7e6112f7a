/**
 * The database a psql `\connect` (`\c`) line switches to, as pg_dump and
 * pg_dumpall write it: `\connect name`, `\connect "Name"`, or for names with
 * other characters `\connect -reuse-previous=on "dbname='my db'"` (a
 * connection string, quoted as an identifier). Null when the line is another
 * meta-command or keeps the database (`\connect -`, as old pg_dump releases
 * wrote to change user).
 * https://www.postgresql.org/docs/current/app-psql.html (\connect)
 */
export function connectTarget(line: string): string | null {
  const command = /^\\(?:connect|c)(?=\s|$)/.exec(line);
  if (!command) return null;
  const args = metaArguments(line.slice(command[0].length));
  const first = args[0]?.startsWith('-reuse-previous') ? args[1] : args[0];
  if (first === undefined || first === '-') return null;
  return first.includes('=') || /^postgres(?:ql)?:\/\//.test(first) ? connectionDatabase(first) : first;
}

/** psql's meta-command arguments: words, `"double-quoted"` (`""` for a quote), `'single-quoted'` (backslash escapes). */
function metaArguments(text: string): string[] {
  const args: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (pos >= text.length) break;
    let arg = '';
    while (pos < text.length && !/\s/.test(text[pos]!)) {
      const c = text[pos]!;
      if (c === '"') {
        pos++;
        while (pos < text.length) {
          if (text[pos] === '"' && text[pos + 1] === '"') {
            arg += '"';
            pos += 2;
          } else if (text[pos] === '"') {
            pos++;
            break;
          } else arg += text[pos++];
        }
      } else if (c === "'") {
        pos++;
        while (pos < text.length && text[pos] !== "'") {
          if (text[pos] === '\\' && pos + 1 < text.length) pos++;
          arg += text[pos++];
        }
        pos++;
      } else {
        arg += c;
        pos++;
      }
    }
    args.push(arg);
  }
  return args;
}

/** `dbname` of a libpq connection string (`dbname='my db' host=x`) or URI; null when it has none. */
function connectionDatabase(conninfo: string): string | null {
  const uri = /^postgres(?:ql)?:\/\/[^/?]*\/([^?]+)/.exec(conninfo);
  if (uri) return decodeURIComponent(uri[1]!);
  const pattern = /\s*(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S*)/y;
  for (let match = pattern.exec(conninfo); match !== null && match[0] !== ''; match = pattern.exec(conninfo)) {
    if (match[1] !== 'dbname') continue;
    const value = match[2]!;
    return value.startsWith("'") ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
  }
  return null;
}
