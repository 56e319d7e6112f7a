/**
 * The Schema facade (Illuminate\Database\Schema\Builder): create/table run a
 * Blueprint closure; rename/drop/dropIfExists/dropColumns change tables directly;
 * `connection('x')` targets another database; checks like `hasTable` only matter
 * inside conditions (see guards.ts).
 */
import type { Analysis, Scope } from './analysis-context.js';
import { runBlueprint } from './blueprint.js';
import { CallArgs } from './call-args.js';
import { connectionCall } from './data-calls.js';
import type { ChainLink, PhpNode } from './php-ast.js';
import { asInteger, asStringList } from './php-values.js';
import { callbackArgument, walkCallable } from './statements.js';

/** Builder methods that only read the schema or set up the session. */
const READS = new Set([
  'hasTable', 'hasColumn', 'hasColumns', 'hasIndex', 'hasView', 'getColumnListing', 'getColumnType', 'getColumns',
  'getIndexes', 'getForeignKeys', 'getTables', 'getViews', 'getTypes', 'getAllTables', 'getConnection', 'blueprintResolver',
  'disableForeignKeyConstraints', 'enableForeignKeyConstraints', 'getIndexListing', 'getTableListing',
]);

/** Builder methods whose effect spans the whole database and cannot be listed statically. */
const WHOLESALE = new Set(['dropAllTables', 'dropAllViews', 'dropAllTypes', 'createDatabase', 'dropDatabaseIfExists']);

/**
 * A Schema chain such as `Schema::connection('x')->table('t', fn)`. `connection` is the
 * one already chosen when the chain starts at a schema-builder variable.
 */
export function schemaCall(
  links: readonly ChainLink[],
  connection: string | null,
  node: PhpNode,
  scope: Scope,
  a: Analysis,
): void {
  let index = 0;
  let target = connection;
  while (links[index]?.method === 'connection') {
    const name = new CallArgs(links[index]!.args, scope, a).value(0, 'name');
    if (name?.kind !== 'string' && name?.kind !== 'null') {
      a.opaque(node, 'Schema::connection() with a name that is not a literal', scope.guards);
      return;
    }
    target = name.kind === 'string' ? name.value : null;
    index++;
  }
  const link = links[index];
  if (!link) return;
  if (link.method === 'getConnection' && links.length > index + 1) return connectionCall(links.slice(index + 1), target, node, scope, a);
  const args = new CallArgs(link.args, scope, a);
  if (READS.has(link.method)) return;
  if (WHOLESALE.has(link.method)) {
    a.useConnection(target, node);
    a.opaque(node, `Schema::${link.method}() affects the whole database`, scope.guards);
    return;
  }
  if (settingCall(link.method, args, node, scope, a)) return;
  const table = args.value(0, 'table');
  const tableName = table?.kind === 'string' ? table.value : null;
  if (!HANDLERS.has(link.method)) {
    a.opaque(node, `Schema::${link.method}() with unknown effect`, scope.guards);
    return;
  }
  a.useConnection(target, node);
  if (tableName === null) {
    a.opaque(node, `Schema::${link.method}() on a table name that is not a literal`, scope.guards);
    return;
  }
  tableCall(link.method, tableName, args, node, scope, a);
}

const HANDLERS = new Set(['create', 'table', 'drop', 'dropIfExists', 'rename', 'dropColumns', 'whenTableHasColumn', 'whenTableDoesntHaveColumn']);

function tableCall(method: string, table: string, args: CallArgs, node: PhpNode, scope: Scope, a: Analysis): void {
  switch (method) {
    case 'create':
    case 'table':
      return runBlueprint(method === 'create', table, args.node(1, 'callback'), node, scope, a);
    case 'drop':
    case 'dropIfExists':
      a.emit({ kind: 'dropTable', table: a.table(table), ifExists: method === 'dropIfExists' }, node, scope.guards);
      return;
    case 'rename': {
      const to = args.value(1, 'to');
      if (to?.kind !== 'string') return a.opaque(node, 'Schema::rename() to a name that is not a literal', scope.guards);
      a.emit({ kind: 'renameTable', from: a.table(table), to: a.table(to.value) }, node, scope.guards);
      return;
    }
    case 'dropColumns': {
      const columns = asStringList(args.value(1, 'columns'));
      if (!columns) return a.opaque(node, 'Schema::dropColumns() with columns that are not literal', scope.guards);
      for (const column of columns) a.emit({ kind: 'dropColumn', table: a.table(table), column }, node, scope.guards);
      return;
    }
    default: {
      // whenTableHasColumn / whenTableDoesntHaveColumn: Schema::table() under a column check.
      const column = args.value(1, 'column');
      if (column?.kind !== 'string') return a.opaque(node, `Schema::${method}() with a column that is not a literal`, scope.guards);
      const guard = { kind: 'columnExists', table: a.table(table), column: column.value, negated: method !== 'whenTableHasColumn' } as const;
      return runBlueprint(false, table, args.node(2, 'callback'), node, scope, a, [guard]);
    }
  }
}

/**
 * Calls that change how later Blueprint calls behave rather than the schema:
 * the default string length and the morph key type. `withoutForeignKeyConstraints`
 * runs its closure. Returns false for anything else.
 */
function settingCall(method: string, args: CallArgs, node: PhpNode, scope: Scope, a: Analysis): boolean {
  switch (method) {
    case 'defaultStringLength': {
      const length = asInteger(args.value(0, 'length'));
      if (length === undefined) a.opaque(node, 'Schema::defaultStringLength() with a length that is not a literal', scope.guards);
      else a.defaultStringLength = length;
      return true;
    }
    case 'morphUsingUuids':
      a.morphKeyType = 'uuid';
      return true;
    case 'morphUsingUlids':
      a.morphKeyType = 'ulid';
      return true;
    case 'defaultMorphKeyType': {
      const type = args.value(0, 'type');
      if (type?.kind === 'string' && (type.value === 'int' || type.value === 'uuid' || type.value === 'ulid')) a.morphKeyType = type.value;
      else a.opaque(node, 'Schema::defaultMorphKeyType() with a type that is not a literal', scope.guards);
      return true;
    }
    case 'withoutForeignKeyConstraints': {
      const callback = callbackArgument(args.node(0, 'callback'), scope, a);
      if (callback) walkCallable(callback.callable, callback.scope, a);
      else a.opaque(node, 'Schema::withoutForeignKeyConstraints() with a callback that is not a closure', scope.guards);
      return true;
    }
    default:
      return false;
  }
}
