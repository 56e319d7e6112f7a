import type { Dialect } from '../model/index.js';
import { mysql } from './mysql/index.js';
import { postgres } from './postgres/index.js';
import { sqlite } from './sqlite/index.js';

/**
 * Every dump dialect migstamp reads; a new engine is a folder beside this file and one entry here.
 * SQLite comes last: its recognition of Laravel's SQLite `schema:dump` files is a heuristic.
 */
export const dialects: readonly Dialect[] = [postgres, mysql, sqlite];

/** The dialect whose dumps look like `head` (the first kilobytes, decompressed), or null. */
export function detectDialect(head: string): Dialect | null {
  return dialects.find((dialect) => dialect.detect(head)) ?? null;
}
