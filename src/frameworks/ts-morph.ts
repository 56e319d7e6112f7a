/**
 * ts-morph (https://ts-morph.com, with the TypeScript compiler it ships), the reader
 * of JavaScript and TypeScript migrations for every framework that has them.
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

export type TsMorphModule = typeof TsMorph;

let loaded: TsMorphModule | null = null;

/**
 * The module, required on first use: it carries about 9 MB of compiler that only runs
 * reading JavaScript frameworks' migrations need, and `FrameworkAdapter.analyze` is
 * synchronous, so an `await import()` has no place to go (node-sql-parser is loaded
 * the same way). It stays outside the bundle (scripts/bundle.mjs).
 */
export function tsMorph(): TsMorphModule {
  loaded ??= createRequire(import.meta.url)('ts-morph') as TsMorphModule;
  return loaded;
}
