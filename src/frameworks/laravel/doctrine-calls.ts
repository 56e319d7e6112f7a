/**
 * Doctrine's schema manager, which Laravel 8–10 migrations use to look at indexes
 * (Schema::hasIndex came with Laravel 11), as pixelfed's do:
 *
 *   $sm = Schema::getConnection()->getDoctrineSchemaManager();
 *   if (array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))) { ... }
 *
 * Its list methods only read, and that check is a hasIndex guard.
 */
import type { Guard } from '../../model/index.js';
import type { Analysis, Scope } from './analysis-context.js';
import { children, flattenChain, shortClassName, child, type CallChain, type ChainLink, type PhpNode } from './php-ast.js';
import type { StaticValue } from './php-values.js';
import { evaluate } from './static-eval.js';

/** Schema manager methods that read the database's catalogue and change nothing. */
const MANAGER_READS = new Set([
  'listTableIndexes', 'listTableColumns', 'listTableDetails', 'listTableForeignKeys', 'listTableNames', 'listTables',
  'listViews', 'listSequences', 'listDatabases', 'tablesExist', 'introspectTable', 'createSchema', 'getDatabasePlatform',
]);

/**
 * The value of `Schema::getConnection()->getDoctrineSchemaManager()` (or `DB::…`), and of
 * `->listTableIndexes('t')` on it; undefined for anything else. Only the default
 * connection: a manager of another connection would answer about another database.
 */
export function doctrineValue(chain: CallChain, scope: Scope, a: Analysis): StaticValue | undefined {
  const facade = shortClassName(chain.staticClass);
  let links = chain.links;
  if (facade === 'Schema' || facade === 'DB') {
    while (links[0] !== undefined && (links[0].method === 'getConnection' || links[0].method === 'connection') && links[0].args.length === 0) links = links.slice(1);
    if (links[0]?.method !== 'getDoctrineSchemaManager') return undefined;
    links = links.slice(1);
  } else if (chain.staticClass !== null || chain.root.kind !== 'variable' || evaluate(chain.root, scope, a)?.kind !== 'schemaManager') {
    return undefined;
  }
  if (links.length === 0) return { kind: 'schemaManager' };
  const [link] = links;
  if (links.length !== 1 || link?.method !== 'listTableIndexes') return undefined;
  const table = evaluate(link.args[0] ?? null, scope, a);
  return table?.kind === 'string' ? { kind: 'indexListing', table: table.value } : undefined;
}

/** Calls on a schema manager (`links` follow `getDoctrineSchemaManager()`): reads are inert, anything else may change the schema. */
export function schemaManagerCall(links: readonly ChainLink[], node: PhpNode, scope: Scope, a: Analysis): void {
  const link = links[0];
  if (!link || MANAGER_READS.has(link.method)) return;
  a.opaque(node, `Doctrine schema manager ${link.method}() with unknown effect`, scope.guards);
}

/**
 * `array_key_exists('name', $sm->listTableIndexes('t'))`: an index named so exists on t.
 * Doctrine keys the list by lower-cased index name, and the primary key as `primary`
 * whatever the engine calls it, so only a lower-case name other than that is a hasIndex
 * guard; the rest stays an unknown condition. The table is the engine's own name:
 * Doctrine adds no table prefix.
 */
export function doctrineIndexCheck(test: PhpNode, positive: boolean, scope: Scope, a: Analysis): Guard[] | null {
  if (test.kind !== 'call' || shortClassName(child(test, 'what'))?.toLowerCase() !== 'array_key_exists') return null;
  if (flattenChain(test).links.length > 0) return null;
  const [keyNode, listNode] = children(test, 'arguments');
  const key = evaluate(keyNode ?? null, scope, a);
  const listing = evaluate(listNode ?? null, scope, a);
  if (key?.kind !== 'string' || listing?.kind !== 'indexListing') return null;
  if (key.value === 'primary' || key.value !== key.value.toLowerCase()) return null;
  return [{ kind: 'indexExists', table: listing.table, index: key.value, negated: !positive }];
}
