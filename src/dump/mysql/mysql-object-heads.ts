import { isWord, nameOf, type Token, tokenize } from './mysql-tokens.js';

/**
 * Names of the triggers, routines and sequences a CREATE or DROP statement
 * makes or removes, read from its first words only: bodies (`BEGIN … END`,
 * `RETURN …`) are never read, so in a dump these statements cost what skipping
 * them cost, and in a migration node-sql-parser (which reads no trigger or
 * routine bodies) is not needed. Executable comments must already be unwrapped
 * (mysqldump writes `/*!50003 CREATE*\/ /*!50017 DEFINER=…*\/ /*!50003 TRIGGER …`).
 * https://dev.mysql.com/doc/refman/8.0/en/create-trigger.html
 * https://mariadb.com/kb/en/create-sequence/
 */

export type ObjectKind = 'trigger' | 'function' | 'procedure' | 'sequence';

/** What a CREATE statement's head names; `table` (and its database) only for triggers. */
export interface ObjectHead {
  readonly kind: ObjectKind;
  readonly database: string | null;
  readonly name: string;
  readonly table: { readonly database: string | null; readonly name: string } | null;
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
}

/** What a DROP statement's head names. */
export interface DropHead {
  readonly kind: ObjectKind;
  readonly database: string | null;
  readonly name: string;
  readonly ifExists: boolean;
}

/** Cheap pre-checks on a statement's start, before any tokenizing. */
export const CREATE_OBJECT = /^create\s[\s\S]*?\b(?:trigger|function|procedure|sequence)\b/i;
export const DROP_OBJECT = /^drop\s+(?:trigger|function|procedure|sequence)\b/i;

const KINDS: ReadonlySet<string> = new Set<ObjectKind>(['trigger', 'function', 'procedure', 'sequence']);

/** A backtick-quoted or bare name. */
const IDENT = '(?:`(?:[^`]|``)+`|[\\w$\\u0080-\\uffff]+)';
const QUALIFIED = `(?:(${IDENT})\\s*\\.\\s*)?(${IDENT})`;
/** `'root'@'%'`, `` `root`@`localhost` ``, `root@localhost`, CURRENT_USER[()]. */
const ACCOUNT_PART = "(?:'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\"|`(?:[^`]|``)+`|[\\w$.%-]+)";
const DEFINER = `definer\\s*=\\s*(?:current_user(?:\\s*\\(\\s*\\))?|${ACCOUNT_PART}(?:\\s*@\\s*${ACCOUNT_PART})?)\\s+`;
/**
 * The shape mysqldump writes (once its executable comments are unwrapped) and most
 * migrations use, read in one step; anything else (comments between the words, say)
 * goes to the tokenizer, which costs ~100 µs on a statement's 512-byte head.
 */
const CREATE_HEAD = new RegExp(
  `^create\\s+(or\\s+replace\\s+)?(?:${DEFINER})?(?:aggregate\\s+)?(trigger|function|procedure|sequence)\\s+(if\\s+not\\s+exists\\s+)?${QUALIFIED}` +
    `(?:\\s+(?:before|after)\\s+(?:insert|update|delete)(?:\\s+or\\s+(?:insert|update|delete))*\\s+on\\s+${QUALIFIED})?`,
  'i',
);

/** The object a CREATE statement's head names, or null when it makes something else. */
export function readObjectHead(sql: string): ObjectHead | null {
  const match = CREATE_HEAD.exec(sql);
  if (match !== null && (match[2]!.toLowerCase() !== 'trigger' || match[7] !== undefined)) {
    const kind = match[2]!.toLowerCase() as ObjectKind;
    const made = { kind, database: unquote(match[4]), name: unquote(match[5])!, orReplace: match[1] !== undefined, ifNotExists: match[3] !== undefined };
    return { ...made, table: kind === 'trigger' ? { database: unquote(match[6]), name: unquote(match[7])! } : null };
  }
  return tokenizedObjectHead(sql);
}

function unquote(name: string | undefined): string | null {
  if (name === undefined) return null;
  return name.startsWith('`') ? name.slice(1, -1).replace(/``/g, '`') : name;
}

/** `readObjectHead` for the forms the regular expression does not cover. */
function tokenizedObjectHead(sql: string): ObjectHead | null {
  const tokens = tokenize(sql);
  let i = 0;
  if (!isWord(tokens[i++], 'create')) return null;
  let orReplace = false;
  if (isWord(tokens[i], 'or') && isWord(tokens[i + 1], 'replace')) {
    orReplace = true;
    i += 2;
  }
  if (isWord(tokens[i], 'definer')) i = afterDefiner(tokens, i + 1);
  if (isWord(tokens[i], 'temporary')) return null;
  if (isWord(tokens[i], 'aggregate')) i++;
  const kind = tokens[i]?.kind === 'word' ? tokens[i]!.text.toLowerCase() : '';
  if (!KINDS.has(kind)) return null;
  i++;
  const ifNotExists = isWord(tokens[i], 'if') && isWord(tokens[i + 1], 'not') && isWord(tokens[i + 2], 'exists');
  if (ifNotExists) i += 3;
  const name = qualifiedName(tokens, i);
  if (name === null) return null;
  const made = { kind: kind as ObjectKind, database: name.database, name: name.name, orReplace, ifNotExists };
  if (kind !== 'trigger') return { ...made, table: null };
  // `name {BEFORE|AFTER} {INSERT|UPDATE|DELETE} ON table`: the table follows the first ON.
  for (let j = name.next; j < tokens.length; j++) {
    if (!isWord(tokens[j], 'on')) continue;
    const table = qualifiedName(tokens, j + 1);
    return table === null ? null : { ...made, table: { database: table.database, name: table.name } };
  }
  return null;
}

/** The object a `DROP TRIGGER|FUNCTION|PROCEDURE|SEQUENCE` statement names, or null. */
export function readDropHead(sql: string): DropHead | null {
  const tokens = tokenize(sql);
  if (!isWord(tokens[0], 'drop')) return null;
  const kind = tokens[1]?.kind === 'word' ? tokens[1].text.toLowerCase() : '';
  if (!KINDS.has(kind)) return null;
  let i = 2;
  const ifExists = isWord(tokens[i], 'if') && isWord(tokens[i + 1], 'exists');
  if (ifExists) i += 2;
  const name = qualifiedName(tokens, i);
  // `DROP SEQUENCE a, b` drops several; only single objects are read.
  if (name === null || name.next < tokens.length) return null;
  return { kind: kind as ObjectKind, database: name.database, name: name.name, ifExists };
}

/** Past `= user[@host]` (`root`@`localhost`, 'a'@'%', CURRENT_USER, CURRENT_USER()). */
function afterDefiner(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text === '=') i++;
  const user = tokens[i++];
  if (user?.kind === 'word' && user.text.toLowerCase() === 'current_user' && tokens[i]?.text === '(' && tokens[i + 1]?.text === ')') return i + 2;
  // The tokenizer keeps `@` with words: `@` alone is followed by the host, `@localhost` holds it.
  const at = tokens[i];
  if (at?.kind === 'word' && at.text.startsWith('@')) return at.text === '@' ? i + 2 : i + 1;
  return i;
}

function qualifiedName(tokens: readonly Token[], i: number): { database: string | null; name: string; next: number } | null {
  const first = nameOf(tokens[i]);
  if (first === null) return null;
  if (tokens[i + 1]?.text !== '.') return { database: null, name: first, next: i + 1 };
  const second = nameOf(tokens[i + 2]);
  return second === null ? null : { database: first, name: second, next: i + 3 };
}

/**
 * How many compound blocks are still open at the end of `sql`: BEGIN and CASE
 * open one, END closes one (END IF, END LOOP, END WHILE and END REPEAT close
 * blocks that were never counted). A routine or trigger with a BEGIN … END body
 * sent in one `DB::unprepared` call is one statement, semicolons inside included.
 */
export function openBlocks(sql: string): number {
  const tokens = tokenize(sql);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isWord(token, 'begin') || isWord(token, 'case')) depth++;
    else if (isWord(token, 'end')) {
      const next = tokens[i + 1];
      if (!['if', 'loop', 'while', 'repeat'].some((word) => isWord(next, word))) depth--;
      if (isWord(next, 'case')) i++;
    }
  }
  return depth;
}
