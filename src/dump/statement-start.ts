/**
 * The opening words of an SQL statement for a message: comments dropped, white
 * space collapsed to single spaces, cut at 60 characters, in backquotes. Says
 * which statement is meant without quoting a page of SQL into a reason.
 */
export function statementStart(sql: string): string {
  const text = sql
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const shown = text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
  return `\`${shown.replace(/`/g, "'")}\``;
}
