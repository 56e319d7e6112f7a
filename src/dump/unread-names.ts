/**
 * The names a statement that could not be parsed may be about, for every
 * dialect: bare words and `"quoted"`, `` `backticked` `` and `[bracketed]`
 * identifiers, lower-cased. Over-approximating is the safe side: a table whose
 * name appears loses only the power of its absences as evidence.
 */
export function namesInStatement(text: string): string[] {
  // Table names come first in DDL (ALTER TABLE t, CREATE INDEX i ON t); a bounded
  // prefix keeps a 100 MB or deeply nested statement cheap.
  const head = text.slice(0, 4096);
  const names: string[] = [];
  for (const match of head.matchAll(/"((?:[^"]|"")+)"|`((?:[^`]|``)+)`|\[([^\]]+)\]|([A-Za-z_][A-Za-z0-9_$]*)/g)) {
    const name = match[1]?.replace(/""/g, '"') ?? match[2]?.replace(/``/g, '`') ?? match[3] ?? match[4]!;
    names.push(name.toLowerCase());
  }
  return names;
}
