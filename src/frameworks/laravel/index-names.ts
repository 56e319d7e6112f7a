/**
 * Laravel's default index and foreign key names (Blueprint::createIndexName):
 * `strtolower(prefix . table . '_' . implode('_', columns) . '_' . type)` with
 * `-` and `.` replaced by `_`. The prefix is part of the name because Laravel
 * builds it from the prefixed table.
 */

/** The `type` word Laravel puts at the end of a default name. */
export type IndexNameType = 'primary' | 'unique' | 'index' | 'fulltext' | 'spatialindex' | 'foreign';

export function defaultIndexName(prefix: string, table: string, columns: readonly string[], type: IndexNameType): string {
  const name = asciiLower(`${prefix}${table}_${columns.join('_')}_${type}`);
  return name.split('-').join('_').split('.').join('_');
}

/** PHP 8's strtolower only folds ASCII letters, so `É` stays as it is. */
function asciiLower(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  }
  return out;
}
