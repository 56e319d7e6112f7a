import { SqlText, type Token } from './pg-sql-text.js';

/**
 * Names of the objects a CREATE FUNCTION/PROCEDURE/TRIGGER/SEQUENCE statement
 * makes, read from its first words only: a function's body (often most of
 * the statement) is never parsed, so these statements cost what skipping
 * them cost. pg_dump writes them in one shape:
 * `CREATE FUNCTION public.f(…)`, `CREATE TRIGGER t BEFORE INSERT ON public.posts …`,
 * `CREATE SEQUENCE public.s`.
 * https://www.postgresql.org/docs/current/sql-createtrigger.html
 */

/** What a statement's head names: the object, and the table of a trigger. */
export type ObjectHead =
  | { readonly kind: 'function' | 'procedure'; readonly schema: string | null; readonly name: string }
  | { readonly kind: 'sequence'; readonly schema: string | null; readonly name: string }
  | { readonly kind: 'trigger'; readonly name: string; readonly tableSchema: string | null; readonly table: string };

/** Cheap pre-check on a statement's start, before any tokenizing. */
export const OBJECT_HEAD = /^create\s+(?:or\s+replace\s+)?(?:constraint\s+)?(?:(?:temp|temporary|unlogged)\s+)?(?:function|procedure|trigger|sequence)\b/i;

/** The object a CREATE statement's head names, or null when the head does not read as one. */
export function readObjectHead(head: string): ObjectHead | null {
  const text = new SqlText(head);
  const words = new Words(text);
  if (!words.accept('create')) return null;
  if (words.accept('or')) words.expect('replace');
  const constraint = words.accept('constraint');
  const temporary = words.accept('temp') || words.accept('temporary') || words.accept('unlogged');
  const kind = words.word();
  if (kind === 'trigger' && !temporary) return trigger(words);
  if (constraint) return null;
  if (kind === 'sequence') {
    if (words.accept('if')) {
      words.expect('not');
      words.expect('exists');
    }
    const name = words.qualifiedName();
    return name === null ? null : { kind: 'sequence', ...name };
  }
  if ((kind === 'function' || kind === 'procedure') && !temporary) {
    const name = words.qualifiedName();
    return name === null ? null : { kind, ...name };
  }
  return null;
}

/** `name {BEFORE|AFTER|INSTEAD OF} event [OR event …] ON table`: the table follows the first top-level ON. */
function trigger(words: Words): ObjectHead | null {
  const name = words.name();
  if (name === null) return null;
  while (!words.atEnd()) {
    if (words.accept('on')) {
      const table = words.qualifiedName();
      return table === null ? null : { kind: 'trigger', name, tableSchema: table.schema, table: table.name };
    }
    words.skip();
  }
  return null;
}

/** A cursor over the head's tokens. Unquoted names fold to lower case, as PostgreSQL folds them. */
class Words {
  private token: Token | null;

  constructor(private readonly text: SqlText) {
    this.token = text.token(0);
  }

  atEnd(): boolean {
    return this.token === null;
  }

  skip(): void {
    if (this.token !== null) this.token = this.text.token(this.token.end);
  }

  /** The next bare word, lower-cased, consumed; null when the next token is not one. */
  word(): string | null {
    const t = this.token;
    if (t === null || t.kind !== 'word') return null;
    this.skip();
    return this.text.text.slice(t.start, t.end).toLowerCase();
  }

  accept(word: string): boolean {
    if (!this.text.isWord(this.token, word)) return false;
    this.skip();
    return true;
  }

  expect(word: string): void {
    this.accept(word);
  }

  /** A bare or double-quoted identifier. */
  name(): string | null {
    const t = this.token;
    if (t === null) return null;
    const raw = this.text.text.slice(t.start, t.end);
    if (t.kind === 'word') {
      this.skip();
      return raw.toLowerCase();
    }
    if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) {
      this.skip();
      return raw.slice(1, -1).replace(/""/g, '"');
    }
    return null;
  }

  /** `name` or `schema.name`. */
  qualifiedName(): { schema: string | null; name: string } | null {
    const first = this.name();
    if (first === null) return null;
    const dot = this.token;
    if (dot === null || this.text.text.slice(dot.start, dot.end) !== '.') return { schema: null, name: first };
    this.skip();
    const second = this.name();
    return second === null ? null : { schema: first, name: second };
  }
}
