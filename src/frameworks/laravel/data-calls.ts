/**
 * The DB facade and data changes: raw SQL (`DB::statement`, `DB::unprepared`),
 * query builder writes (`DB::table('t')->insert([...])`), Eloquent model calls,
 * seeders and Artisan commands.
 */
import type { LiteralValue } from '../../model/index.js';
import type { Analysis, Scope } from './analysis-context.js';
import { CallArgs } from './call-args.js';
import { schemaManagerCall } from './doctrine-calls.js';
import type { ChainLink, PhpNode } from './php-ast.js';
import type { StaticValue } from './php-values.js';
import { evaluate } from './static-eval.js';
import { callbackArgument, closureScope, walkCallable } from './statements.js';

/** Query builder and Eloquent methods that write rows. */
const WRITE_METHODS = new Set([
  'insert', 'insertGetId', 'insertOrIgnore', 'insertUsing', 'insertOrIgnoreUsing', 'upsert', 'update', 'updateOrInsert',
  'updateFrom', 'delete', 'truncate', 'increment', 'decrement', 'incrementEach', 'decrementEach', 'create', 'forceCreate',
  'firstOrCreate', 'updateOrCreate', 'createOrFirst', 'createMany', 'save', 'saveQuietly', 'saveMany', 'push', 'forceDelete',
  'destroy', 'restore', 'attach', 'detach', 'sync', 'syncWithoutDetaching', 'toggle', 'updateQuietly', 'deleteQuietly',
  'fill', 'forceFill', 'touch',
]);

/** Methods that iterate rows and hand each to a callback, which may write anything. */
const ITERATE_METHODS = new Set(['each', 'eachById', 'chunk', 'chunkById', 'lazy', 'lazyById', 'cursor', 'chunkMap']);

/** DB facade methods without effect on the schema or on rows. */
const DB_READS = new Set([
  'raw', 'select', 'selectOne', 'scalar', 'cursor', 'beginTransaction', 'commit', 'rollBack', 'disableQueryLog',
  'enableQueryLog', 'getTablePrefix', 'getDriverName', 'getDatabaseName', 'getSchemaBuilder', 'listen', 'getQueryLog',
  'reconnect', 'purge', 'setDefaultConnection', 'getDefaultConnection', 'escape', 'getName',
]);

/** Eloquent/query methods that only build or read. */
const MODEL_READS = new Set([
  'query', 'where', 'whereIn', 'whereNull', 'whereNotNull', 'orWhere', 'get', 'first', 'find', 'findOrFail', 'all', 'pluck',
  'count', 'exists', 'doesntExist', 'value', 'select', 'orderBy', 'latest', 'oldest', 'limit', 'take', 'with', 'withTrashed',
  'unguard', 'reguard', 'getTable', 'toArray', 'keys', 'map', 'filter', 'isEmpty', 'isNotEmpty', 'max', 'min', 'sum',
]);

export function dbCall(links: readonly ChainLink[], node: PhpNode, scope: Scope, a: Analysis): void {
  let index = 0;
  let connection: string | null = null;
  while (links[index]?.method === 'connection') {
    const name = evaluate(links[index]!.args[0] ?? null, scope, a);
    if (name?.kind === 'string') connection = name.value;
    else if (name !== undefined && name.kind !== 'null') connection = null;
    else if (name === undefined && links[index]!.args.length > 0) {
      a.opaque(node, 'DB::connection() with a connection name that is not a literal', scope.guards);
      return;
    }
    index++;
  }
  connectionCall(links.slice(index), connection, node, scope, a);
}

/** A call on a database connection (`DB::…`, `DB::connection('x')->…`, `Schema::getConnection()->…`). */
export function connectionCall(links: readonly ChainLink[], connection: string | null, node: PhpNode, scope: Scope, a: Analysis): void {
  const link = links[0];
  if (!link) return;
  const args = new CallArgs(link.args, scope, a);
  switch (link.method) {
    case 'statement':
    case 'unprepared':
    case 'affectingStatement':
      a.useConnection(connection, node);
      return rawSql(args.value(0, 'query'), `DB::${link.method}()`, node, scope, a);
    case 'getPdo':
      if (links[1]?.method === 'exec') {
        a.useConnection(connection, node);
        return rawSql(evaluate(links[1].args[0] ?? null, scope, a), 'PDO::exec()', node, scope, a);
      }
      return;
    case 'table':
      return tableCall(args.value(0, 'table'), links.slice(1), connection, node, scope, a);
    case 'insert':
    case 'update':
    case 'delete': {
      a.useConnection(connection, node);
      const sql = args.value(0, 'query');
      const text = sql?.kind === 'string' ? `: ${sql.value.trim()}` : '';
      a.emit({ kind: 'dataChange', table: null, description: `DB::${link.method}()${text}` }, node, scope.guards);
      return;
    }
    case 'getDoctrineSchemaManager':
      return schemaManagerCall(links.slice(1), node, scope, a);
    case 'transaction': {
      const callback = callbackArgument(args.node(0, 'callback'), scope, a);
      if (callback) walkCallable(callback.callable, callback.scope, a);
      else a.opaque(node, 'DB::transaction() with a callback that is not a closure', scope.guards);
      return;
    }
    default:
      if (DB_READS.has(link.method)) return;
      a.opaque(node, `DB::${link.method}() with unknown effect`, scope.guards);
  }
}

/** SQL text for the dialect to read later, when it is statically known. */
function rawSql(sql: StaticValue | undefined, what: string, node: PhpNode, scope: Scope, a: Analysis): void {
  if (sql?.kind === 'string') a.emit({ kind: 'rawSql', sql: sql.value }, node, scope.guards);
  else if (sql?.kind === 'expression') a.emit({ kind: 'rawSql', sql: sql.sql }, node, scope.guards);
  else a.opaque(node, `${what} with SQL that is not a literal`, scope.guards);
}

/** `DB::table('t')->where(...)->update([...])`: the first write decides the operation. */
function tableCall(
  tableValue: StaticValue | undefined,
  links: readonly ChainLink[],
  connection: string | null,
  node: PhpNode,
  scope: Scope,
  a: Analysis,
): void {
  const table = tableValue?.kind === 'string' ? a.table(tableValue.value) : null;
  for (const link of links) {
    if (ITERATE_METHODS.has(link.method)) {
      const callback = link.args.find((arg) => arg.kind === 'closure' || arg.kind === 'arrowfunc');
      if (!callback) continue;
      a.useConnection(connection, node);
      const guard = { kind: 'unknown', text: `for each row of ${table ?? 'a table'}` } as const;
      const inner = closureScope(callback, { env: scope.env, guards: [...scope.guards, guard] });
      walkCallable(callback, inner, a);
      return;
    }
    if (!WRITE_METHODS.has(link.method)) continue;
    a.useConnection(connection, node);
    if (table === null) {
      a.opaque(node, `DB::table(...)->${link.method}() on a table that is not a literal`, scope.guards);
      return;
    }
    if (link.method === 'insert' || link.method === 'insertGetId') {
      const rows = literalRows(new CallArgs(link.args, scope, a).value(0, 'values'));
      a.emit({ kind: 'insertRows', table, rows }, node, scope.guards);
      return;
    }
    a.emit({ kind: 'dataChange', table, description: `DB::table('${table}')->${link.method}()` }, node, scope.guards);
    return;
  }
}

/**
 * The rows of an insert when every value is a literal: one row (`['a' => 1]`) or a
 * list of rows. `now()`, `DB::raw`, `json_encode(...)` and the like make it null.
 */
export function literalRows(value: StaticValue | undefined): Array<Record<string, LiteralValue>> | null {
  if (value?.kind !== 'array' || value.items.length === 0) return null;
  const isList = value.items.every((item) => item.value.kind === 'array');
  const candidates = isList ? value.items.map((item) => item.value) : [value];
  const rows: Array<Record<string, LiteralValue>> = [];
  for (const candidate of candidates) {
    if (candidate.kind !== 'array') return null;
    const row: Record<string, LiteralValue> = {};
    for (const item of candidate.items) {
      if (typeof item.key !== 'string') return null;
      const cell = item.value;
      if (cell.kind === 'string' || cell.kind === 'number' || cell.kind === 'bool') row[item.key] = cell.value;
      else if (cell.kind === 'null') row[item.key] = null;
      else return null;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * A static call on a class that is not a known facade (an Eloquent model, usually) or
 * a call on an unknown object. Writes become dataChange: the model's table could be
 * customised, so it is not guessed. Reads are skipped; anything else is opaque.
 */
export function modelCall(subject: string, links: readonly ChainLink[], node: PhpNode, scope: Scope, a: Analysis): void {
  const write = links.find((link) => WRITE_METHODS.has(link.method));
  if (write) {
    a.emit({ kind: 'dataChange', table: null, description: `${subject}->${write.method}() (Eloquent or model call)` }, node, scope.guards);
    return;
  }
  if (links.length > 0 && links.every((link) => MODEL_READS.has(link.method))) {
    // A collection's callbacks (`$rows->map(function ($row) { $row->save(); })`) run now, once per row:
    // what they do is the migration's own (crater's change_enable_portal_field saves every customer this way).
    for (const link of links) {
      for (const argument of link.args) {
        const callback = callbackArgument(argument, scope, a);
        if (callback !== null) walkCallable(callback.callable, callback.scope, a);
      }
    }
    return;
  }
  a.opaque(node, `call ${subject}->${links.map((link) => link.method).join('()->')}() with unknown effect`, scope.guards);
}

/** `$this->call(UsersSeeder::class)` inside a migration. */
export function seederCall(link: ChainLink, node: PhpNode, scope: Scope, a: Analysis): void {
  const seeder = evaluate(link.args[0] ?? null, scope, a);
  const name = seeder?.kind === 'class' ? seeder.name : seeder?.kind === 'string' ? seeder.value : 'a seeder';
  a.emit({ kind: 'dataChange', table: null, description: `runs seeder ${name}` }, node, scope.guards);
}

/** `Artisan::call('db:seed', [...])`: a command whose effect is not visible here. */
export function artisanCall(links: readonly ChainLink[], node: PhpNode, scope: Scope, a: Analysis): void {
  const command = evaluate(links[0]?.args[0] ?? null, scope, a);
  const name = command?.kind === 'string' ? command.value : 'a command';
  a.emit({ kind: 'dataChange', table: null, description: `Artisan::${links[0]?.method ?? 'call'}('${name}')` }, node, scope.guards);
}
