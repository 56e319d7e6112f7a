import type { PhpNode } from './php-ast.js';

/**
 * Static values: what a PHP expression evaluates to when it is built only from
 * literals, constants, literal-initialised properties and variables holding them.
 * Anything else evaluates to `undefined` ("not statically known"), and callers
 * turn that into an opaque operation rather than guessing.
 */
export type StaticValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'array'; readonly items: readonly ArrayItem[] }
  /** `DB::raw('...')` or `new Expression('...')`: SQL passed through verbatim. */
  | { readonly kind: 'expression'; readonly sql: string }
  /** `Foo::class`: the class name as written (unqualified part kept by callers). */
  | { readonly kind: 'class'; readonly name: string }
  /** A variable bound to a Blueprint inside a Schema closure. */
  | { readonly kind: 'blueprint'; readonly handle: object }
  /** A schema builder: `Schema::connection('x')` kept in a variable. */
  | { readonly kind: 'schema'; readonly connection: string | null }
  /** Doctrine's schema manager of the default connection (`Schema::getConnection()->getDoctrineSchemaManager()`). */
  | { readonly kind: 'schemaManager' }
  /** `$manager->listTableIndexes('t')`: the indexes of table t (the engine's name), keyed by lower-cased index name. */
  | { readonly kind: 'indexListing'; readonly table: string }
  /**
   * A closure or arrow function kept in a variable (`$add = fn (Blueprint $t) => ...`),
   * with the variables it captured when it was made: PHP binds `use ($x)` and an arrow
   * function's outer variables by value at that moment, not when it is called.
   */
  | { readonly kind: 'closure'; readonly node: PhpNode; readonly env: ReadonlyMap<string, StaticValue> };

export interface ArrayItem {
  /** Explicit key, or the position for list items (PHP's auto-increment keys). */
  readonly key: string | number;
  readonly value: StaticValue;
}

/** The string a value converts to in PHP string context, or undefined if it has none statically. */
export function asString(value: StaticValue | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return String(value.value);
    case 'bool':
      return value.value ? '1' : '';
    case 'null':
      return '';
    default:
      return undefined;
  }
}

/** A string, or a list of strings (`'a'` and `['a', 'b']` both name columns in Laravel). */
export function asStringList(value: StaticValue | undefined): string[] | undefined {
  if (!value) return undefined;
  if (value.kind === 'string') return [value.value];
  if (value.kind !== 'array') return undefined;
  const names: string[] = [];
  for (const item of value.items) {
    if (item.value.kind !== 'string') return undefined;
    names.push(item.value.value);
  }
  return names;
}

export function asInteger(value: StaticValue | undefined): number | undefined {
  if (value?.kind === 'number' && Number.isInteger(value.value)) return value.value;
  if (value?.kind === 'string' && value.value.trim() !== '' && Number.isInteger(Number(value.value))) return Number(value.value);
  return undefined;
}

/** Structural equality, used to merge variable bindings after branches. */
export function sameValue(a: StaticValue | undefined, b: StaticValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'array': {
      const other = b as typeof a;
      return a.items.length === other.items.length
        && a.items.every((item, i) => item.key === other.items[i]?.key && sameValue(item.value, other.items[i]?.value));
    }
    case 'blueprint':
      return a.handle === (b as typeof a).handle;
    case 'closure': {
      // The same definition made with the same captures; the AST is not compared by content.
      const other = b as typeof a;
      return a.node === other.node && a.env.size === other.env.size
        && [...a.env].every(([name, value]) => sameValue(value, other.env.get(name)));
    }
    default:
      return JSON.stringify(a) === JSON.stringify(b);
  }
}

/** Parse a php-parser `number` literal's text (`1_000`, `0x1F`, `0o17`, `017`, `1e3`). */
export function parseNumberLiteral(raw: string): number | undefined {
  const text = raw.split('_').join('').toLowerCase();
  if (text.startsWith('0x') || text.startsWith('0b')) return Number(text);
  if (text.startsWith('0o')) return Number.parseInt(text.slice(2), 8);
  const octal = text.length > 1 && text.startsWith('0') && !text.includes('.') && !text.includes('e');
  const value = octal ? Number.parseInt(text.slice(1), 8) : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * PHP's `sprintf` for the conversions migrations use to build SQL (`%s`, `%d`, `%%`,
 * and positional `%1$s`). Returns undefined for anything else rather than approximating.
 */
export function phpSprintf(format: string, args: readonly StaticValue[]): string | undefined {
  let out = '';
  let next = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    let j = i + 1;
    if (format[j] === '%') {
      out += '%';
      i = j;
      continue;
    }
    let digits = '';
    while (j < format.length && format[j]! >= '0' && format[j]! <= '9') digits += format[j++];
    let index = next;
    if (digits !== '' && format[j] === '$') {
      index = Number(digits) - 1;
      j++;
    } else if (digits !== '') {
      return undefined;
    } else {
      next++;
    }
    const conversion = format[j];
    const arg = args[index];
    if (arg === undefined) return undefined;
    if (conversion === 's') {
      const text = asString(arg);
      if (text === undefined) return undefined;
      out += text;
    } else if (conversion === 'd') {
      const number = arg.kind === 'number' ? arg.value : Number(asString(arg));
      if (!Number.isFinite(number)) return undefined;
      out += String(Math.trunc(number));
    } else {
      return undefined;
    }
    i = j;
  }
  return out;
}
