/**
 * Names of the objects a CREATE FUNCTION/PROCEDURE/TRIGGER/SEQUENCE statement
 * makes, read from its first words only: a function's body (often most of
 * the statement) is never parsed, so these statements cost about what skipping
 * them cost (one anchored regular expression on the statement's head; a
 * tokenizer was measured at 5–10 µs a statement, twice the cost of reading a
 * 2 KB function from the stream). pg_dump writes them in one shape:
 * `CREATE FUNCTION public.f(…)`, `CREATE TRIGGER t BEFORE INSERT ON public.posts …`,
 * `CREATE SEQUENCE public.s`.
 * https://www.postgresql.org/docs/current/sql-createtrigger.html
 */

/** What a statement's head names: the object, and the table of a trigger. */
export type ObjectHead =
  | { readonly kind: 'function' | 'procedure'; readonly schema: string | null; readonly name: string }
  | { readonly kind: 'sequence'; readonly schema: string | null; readonly name: string }
  | { readonly kind: 'trigger'; readonly name: string; readonly tableSchema: string | null; readonly table: string };

/** A bare or double-quoted identifier. */
const IDENT = '(?:"(?:[^"]|"")+"|[A-Za-z_\\u0080-\\uffff][\\w$\\u0080-\\uffff]*)';
const QUALIFIED = `(?:(${IDENT})\\s*\\.\\s*)?(${IDENT})`;

const ROUTINE = new RegExp(`^create\\s+(?:or\\s+replace\\s+)?(function|procedure)\\s+${QUALIFIED}`, 'i');
const SEQUENCE = new RegExp(`^create\\s+(?:(?:temp|temporary|unlogged)\\s+)?sequence\\s+(?:if\\s+not\\s+exists\\s+)?${QUALIFIED}`, 'i');
/** The table follows the first ON outside quotes: `name {BEFORE|AFTER|INSTEAD OF} event [OR event …] ON table`. */
const TRIGGER = new RegExp(`^create\\s+(?:or\\s+replace\\s+)?(?:constraint\\s+)?trigger\\s+(${IDENT})\\s(?:"(?:[^"]|"")*"|[^"])*?\\son\\s+${QUALIFIED}`, 'i');

/** Cheap pre-check on a statement's start. */
export const OBJECT_HEAD = /^create\s+(?:or\s+replace\s+)?(?:constraint\s+)?(?:(?:temp|temporary|unlogged)\s+)?(?:function|procedure|trigger|sequence)\b/i;

/** The object a CREATE statement's head names, or null when the head does not read as one. */
export function readObjectHead(head: string): ObjectHead | null {
  const routine = ROUTINE.exec(head);
  if (routine) return { kind: routine[1]!.toLowerCase() as 'function' | 'procedure', schema: unquote(routine[2]), name: unquote(routine[3])! };
  const sequence = SEQUENCE.exec(head);
  if (sequence) return { kind: 'sequence', schema: unquote(sequence[1]), name: unquote(sequence[2])! };
  const trigger = TRIGGER.exec(head);
  if (trigger) return { kind: 'trigger', name: unquote(trigger[1])!, tableSchema: unquote(trigger[2]), table: unquote(trigger[3])! };
  return null;
}

/** `COMMENT ON COLUMN [schema.]table.column IS '…' | NULL`, the comment in the plain form pg_dump writes under standard_conforming_strings. */
const COLUMN_COMMENT = new RegExp(`^comment\\s+on\\s+column\\s+(?:(${IDENT})\\s*\\.\\s*)?(${IDENT})\\s*\\.\\s*(${IDENT})\\s+is\\s+(?:'([^']*(?:''[^']*)*)'|(null))\\s*$`, 'i');

/** A column comment as pg_dump writes it: the column and the text (null for IS NULL). */
export interface ColumnCommentHead {
  readonly schema: string | null;
  readonly table: string;
  readonly column: string;
  readonly text: string | null;
}

/**
 * Reads a `COMMENT ON COLUMN` statement without the parser when it has the plain
 * form pg_dump writes (`'…'` with doubled quotes); null for any other form
 * (`E'…'` strings, written when standard_conforming_strings is off), which the
 * caller gives to the parser.
 */
export function readColumnComment(sql: string): ColumnCommentHead | null {
  const match = COLUMN_COMMENT.exec(sql);
  if (!match) return null;
  const text = match[5] !== undefined ? null : match[4]!.replace(/''/g, "'");
  return { schema: unquote(match[1]), table: unquote(match[2])!, column: unquote(match[3])!, text };
}

/** A quoted name without its quotes; a bare one folded to lower case, as PostgreSQL folds it. */
function unquote(name: string | undefined): string | null {
  if (name === undefined) return null;
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase();
}
