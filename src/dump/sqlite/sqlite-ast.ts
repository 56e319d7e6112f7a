import { isKeyword, isOp, type Token } from './sqlite-tokens.js';

/**
 * The statements migstamp reads from SQLite SQL, as small plain records, and
 * the token cursor their parsers share. Source text is kept beside the
 * structure (`text`, `start`) so facts can point at their line and the stamp
 * script can look for a constraint's exact text in `sqlite_master`.
 * https://www.sqlite.org/lang.html
 */

export interface ForeignRef {
  readonly table: string;
  readonly columns: readonly string[];
  readonly onDelete: string | null;
  readonly onUpdate: string | null;
}

export interface CheckDef {
  readonly name: string | null;
  readonly expression: string;
  /** String and number literals of the expression. */
  readonly literals: readonly string[];
}

export interface ColumnDef {
  readonly name: string;
  /** The declared type as written (`varchar`, `tinyint(1)`, `unsigned big int`), or '' when none. */
  readonly declaredType: string;
  readonly notNull: boolean;
  readonly primaryKey: { readonly name: string | null; readonly autoincrement: boolean } | null;
  readonly unique: { readonly name: string | null } | null;
  /** The default as SQL text (`'1'`, `CURRENT_TIMESTAMP`, `(1 + 2)`, `-1`), or null. */
  readonly default: string | null;
  readonly generated: { readonly expression: string; readonly stored: boolean } | null;
  readonly references: (ForeignRef & { readonly name: string | null }) | null;
  readonly checks: readonly CheckDef[];
  /** The whole definition as written, and its offset in the statement. */
  readonly text: string;
  readonly start: number;
}

export type TableConstraint =
  | { readonly kind: 'primary' | 'unique'; readonly name: string | null; readonly columns: readonly string[]; readonly text: string; readonly start: number }
  | ({ readonly kind: 'check'; readonly text: string; readonly start: number } & CheckDef)
  | { readonly kind: 'foreign'; readonly name: string | null; readonly columns: readonly string[]; readonly ref: ForeignRef; readonly text: string; readonly start: number };

export interface CreateTable {
  readonly kind: 'createTable';
  readonly schema: string | null;
  readonly name: string;
  readonly ifNotExists: boolean;
  readonly temporary: boolean;
  /** `CREATE VIRTUAL TABLE … USING module(…)`: columns are the module's business. */
  readonly virtual: boolean;
  /** `CREATE TABLE … AS SELECT`: columns are not written out. */
  readonly asSelect: boolean;
  readonly columns: readonly ColumnDef[];
  readonly constraints: readonly TableConstraint[];
}

export interface CreateIndex {
  readonly kind: 'createIndex';
  readonly name: string;
  readonly table: string;
  readonly unique: boolean;
  /** Column names, or the expression text of expression columns. */
  readonly columns: readonly string[];
  readonly where: string | null;
}

export type AlterAction =
  | { readonly kind: 'addColumn'; readonly column: ColumnDef }
  | { readonly kind: 'renameTo'; readonly to: string }
  | { readonly kind: 'renameColumn'; readonly from: string; readonly to: string }
  | { readonly kind: 'dropColumn'; readonly column: string };

/** A literal row of `INSERT … VALUES`: each value's tokens. */
export type ValueTokens = readonly Token[];

export type Statement =
  | CreateTable
  | CreateIndex
  | { readonly kind: 'createView'; readonly name: string; readonly temporary: boolean }
  /** Read up to the table it fires on; its body is left alone. */
  | { readonly kind: 'createTrigger'; readonly name: string; readonly table: string; readonly temporary: boolean; readonly ifNotExists: boolean }
  | { readonly kind: 'alterTable'; readonly table: string; readonly action: AlterAction }
  | { readonly kind: 'drop'; readonly object: 'table' | 'index' | 'view' | 'trigger'; readonly name: string; readonly ifExists: boolean }
  | { readonly kind: 'insert'; readonly table: string; readonly columns: readonly string[] | null; readonly rows: ReadonlyArray<readonly ValueTokens[]> | null }
  | { readonly kind: 'update' | 'delete'; readonly table: string }
  /** Anything else, named by its first words (`PRAGMA`, `BEGIN`, `ANALYZE`). */
  | { readonly kind: 'other'; readonly verb: string };

/** SQL that does not follow the grammar of the statement it starts like. */
export class SqliteSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = 'SqliteSyntaxError';
  }
}

/** Walks a statement's tokens; `expect…` methods throw SqliteSyntaxError. */
export class TokenCursor {
  pos = 0;

  constructor(
    readonly tokens: readonly Token[],
    readonly sql: string,
  ) {}

  peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length || isOp(this.peek(), ';');
  }

  /** Consumes the keywords if they all come next, in order. */
  accept(...words: string[]): boolean {
    if (!words.every((word, i) => isKeyword(this.peek(i), word))) return false;
    this.pos += words.length;
    return true;
  }

  acceptOp(op: string): boolean {
    if (!isOp(this.peek(), op)) return false;
    this.pos++;
    return true;
  }

  expect(...words: string[]): void {
    if (!this.accept(...words)) throw this.error(`expected ${words.join(' ').toUpperCase()}`);
  }

  expectOp(op: string): void {
    if (!this.acceptOp(op)) throw this.error(`expected "${op}"`);
  }

  /** A name: a bare word, a quoted name, or a string literal where SQLite accepts one. */
  name(): string {
    const token = this.peek();
    if (!token || (token.kind !== 'word' && token.kind !== 'quoted' && token.kind !== 'string')) throw this.error('expected a name');
    this.pos++;
    return token.value;
  }

  /** `[schema.]name`. */
  qualifiedName(): { schema: string | null; name: string } {
    const first = this.name();
    if (!this.acceptOp('.')) return { schema: null, name: first };
    return { schema: first, name: this.name() };
  }

  /** `( name, … )`. */
  nameList(): string[] {
    this.expectOp('(');
    const names = [this.name()];
    while (this.acceptOp(',')) names.push(this.name());
    this.expectOp(')');
    return names;
  }

  /** Consumes a parenthesised group (the cursor is on its `(`) and returns the tokens inside. */
  group(): Token[] {
    const open = this.pos;
    this.expectOp('(');
    let depth = 1;
    while (depth > 0) {
      const token = this.peek();
      if (!token) throw this.error('unbalanced parentheses');
      if (isOp(token, '(')) depth++;
      else if (isOp(token, ')')) depth--;
      this.pos++;
    }
    return this.tokens.slice(open + 1, this.pos - 1) as Token[];
  }

  /** The source text from token `from` up to (not including) the cursor. */
  textFrom(from: number): string {
    const first = this.tokens[from];
    const last = this.tokens[this.pos - 1];
    return first && last && this.pos > from ? this.sql.slice(first.start, last.end) : '';
  }

  /** Source text of a token list. */
  textOf(tokens: readonly Token[]): string {
    return tokens.length === 0 ? '' : this.sql.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  }

  error(message: string): SqliteSyntaxError {
    const token = this.peek();
    return new SqliteSyntaxError(`${message} ${token ? `at "${token.text}"` : 'at the end'}`, token?.start ?? this.sql.length);
  }
}

/** String and number literals among tokens, as CHECK comparisons use them. */
export function literalsOf(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind === 'string' || t.kind === 'number').map((t) => t.value);
}
