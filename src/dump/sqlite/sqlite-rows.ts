import type { RowValue } from '../../model/schema.js';
import type { ValueTokens } from './sqlite-ast.js';
import { isOp, type Token } from './sqlite-tokens.js';

/**
 * Values of the rows `.dump` writes, one `INSERT INTO t VALUES(…)` per row.
 * The shell prints NULL, integers, reals (`1e999` for infinity), strings with
 * quotes doubled, blobs as `X'…'`, and a string holding line breaks as
 * `replace(replace('a\nb\rc','\r',char(13)),'\n',char(10))` (the markers vary
 * when the text already contains `\n`); older shells wrote `'a'||char(10)||'b'`.
 * Values are kept as text: NULL is null, a blob is its text when it is valid
 * UTF-8 (as `CAST(x AS TEXT)` reads it), otherwise its `X'…'` literal.
 * https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file
 */

/** The value of one VALUES item; an expression it cannot evaluate keeps its SQL text. */
export function decodeValue(tokens: ValueTokens, sql: string): RowValue {
  const evaluator = new ValueEvaluator(tokens);
  const value = evaluator.concatenation();
  if (value !== undefined && evaluator.done()) return value;
  return tokens.length === 0 ? '' : sql.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Evaluates the few functions `.dump` uses; `undefined` means "not a literal it knows". */
class ValueEvaluator {
  private pos = 0;

  constructor(private readonly tokens: ValueTokens) {}

  done(): boolean {
    return this.pos === this.tokens.length;
  }

  /** `term || term || …`; NULL anywhere makes the result NULL, as in SQLite. */
  concatenation(): RowValue | undefined {
    let value = this.term();
    while (value !== undefined && isOp(this.tokens[this.pos], '||')) {
      this.pos++;
      const next = this.term();
      if (next === undefined) return undefined;
      value = value === null || next === null ? null : value + next;
    }
    return value;
  }

  private term(): RowValue | undefined {
    const token = this.tokens[this.pos++];
    if (!token) return undefined;
    switch (token.kind) {
      case 'string':
        return token.value;
      case 'number':
        return token.text;
      case 'blob':
        return blobText(token.value);
      case 'op': {
        const number = this.tokens[this.pos];
        if ((token.text !== '-' && token.text !== '+') || number?.kind !== 'number') return undefined;
        this.pos++;
        return token.text === '-' ? `-${number.text}` : number.text;
      }
      case 'word':
        return this.word(token);
      default:
        return undefined;
    }
  }

  private word(token: Token): RowValue | undefined {
    const name = token.text.toLowerCase();
    if (name === 'null') return null;
    if (name === 'true' || name === 'false') return name === 'true' ? '1' : '0';
    if ((name !== 'replace' && name !== 'char') || !isOp(this.tokens[this.pos], '(')) return undefined;
    this.pos++;
    const args: RowValue[] = [];
    for (;;) {
      const arg = this.concatenation();
      if (arg === undefined) return undefined;
      args.push(arg);
      if (!isOp(this.tokens[this.pos], ',')) break;
      this.pos++;
    }
    if (!isOp(this.tokens[this.pos++], ')')) return undefined;
    return name === 'char' ? charOf(args) : replaceOf(args);
  }
}

/** `char(n, …)`: the characters with those code points. */
function charOf(args: readonly RowValue[]): RowValue | undefined {
  const codes = args.map((arg) => (arg === null ? Number.NaN : Number(arg)));
  if (!codes.every((code) => Number.isInteger(code) && code >= 0 && code <= 0x10ffff)) return undefined;
  return String.fromCodePoint(...codes);
}

/** `replace(text, from, to)`; an empty `from` leaves the text alone, as in SQLite. */
function replaceOf(args: readonly RowValue[]): RowValue | undefined {
  if (args.length !== 3) return undefined;
  const [text, from, to] = args as [RowValue, RowValue, RowValue];
  if (text === null || from === null || to === null) return null;
  return from === '' ? text : text.split(from).join(to);
}

function blobText(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : `X'${hex}'`;
}
