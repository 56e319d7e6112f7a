/**
 * What a JavaScript expression in a migration stands for, as far as reading it
 * without running it can tell.
 */
import type { Guard } from '../../model/index.js';
import type { Ts } from './ts-source.js';
import type { TableState } from './table-state.js';

export type JsValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'array'; readonly items: readonly JsValue[] }
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, JsValue> }
  /** `knex.raw('…')`, `knex.fn.now()`: SQL text Knex passes through as it is. */
  | { readonly kind: 'sql'; readonly sql: string }
  /** A function written in the file (a helper, a callback), to be followed where it is called. */
  | { readonly kind: 'function'; readonly node: Ts.FunctionLikeDeclaration }
  /** The Knex instance `up()` receives (or a transaction made from it). */
  | { readonly kind: 'knex' }
  /** The table builder a `createTable`/`alterTable` callback receives. */
  | { readonly kind: 'table'; readonly state: TableState }
  /** What `await knex.schema.hasTable(…)`/`hasColumn(…)` answers: decided from the dump. */
  | { readonly kind: 'guard'; readonly guard: Guard }
  /** Anything else; `text` is the source, for messages. */
  | { readonly kind: 'unknown'; readonly text: string };

export const unknownValue = (text: string): JsValue => ({ kind: 'unknown', text });

/** The value as a string when it is one (numbers too: Knex takes `t.string('a', 40)` either way). */
export function asString(value: JsValue | undefined): string | null {
  if (value?.kind === 'string') return value.value;
  return null;
}

export function asNumber(value: JsValue | undefined): number | null {
  if (value?.kind === 'number') return value.value;
  if (value?.kind === 'string' && /^\d+$/.test(value.value)) return Number(value.value);
  return null;
}

/** A column list as Knex takes it: one name or an array of names; null when not literal. */
export function asNames(value: JsValue | undefined): string[] | null {
  if (value === undefined) return null;
  if (value.kind === 'string') return [value.value];
  if (value.kind !== 'array') return null;
  const names = value.items.map(asString);
  return names.every((name): name is string => name !== null) ? names : null;
}

/** A property of a literal object argument (`{ indexName: 'x' }`); undefined when absent or not an object. */
export function property(value: JsValue | undefined, name: string): JsValue | undefined {
  return value?.kind === 'object' ? value.entries.get(name) : undefined;
}
