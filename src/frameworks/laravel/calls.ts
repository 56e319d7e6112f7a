/**
 * Dispatches a call found in `up()` by what it is rooted at: the Schema or DB
 * facade, a Blueprint or schema-builder variable, `$this` (helper methods of the
 * migration, seeder calls), a model class, or a plain function. Calls whose
 * effect is unknown become opaque operations; pure helpers are ignored.
 */
import type { Analysis, Scope } from './analysis-context.js';
import { blueprintCall } from './blueprint.js';
import type { BlueprintState } from './blueprint-state.js';
import { schemaManagerCall } from './doctrine-calls.js';
import { artisanCall, dbCall, modelCall, seederCall } from './data-calls.js';
import { child, children, field, flattenChain, identifierOf, shortClassName, type CallChain, type PhpNode } from './php-ast.js';
import type { StaticValue } from './php-values.js';
import { schemaCall } from './schema-calls.js';
import { evaluate } from './static-eval.js';
import { walkCallable } from './statements.js';

/**
 * Facades and classes whose static calls do not touch the database: logging,
 * configuration, strings, dates, files. Their calls are skipped.
 */
const INERT_CLASSES = new Set([
  'Log', 'Cache', 'Config', 'Event', 'Str', 'Arr', 'Carbon', 'CarbonImmutable', 'Date', 'App', 'Hash', 'Crypt',
  'Lang', 'Validator', 'URL', 'Storage', 'File', 'Mail', 'Notification', 'Queue', 'Bus', 'Gate', 'Session', 'View',
]);

/** Global functions that compute values or log, without database effects. */
const INERT_FUNCTIONS = new Set([
  'config', 'env', 'info', 'logger', 'report', 'now', 'today', 'dump', 'var_dump', 'print_r', 'error_log', 'printf',
  'sprintf', 'implode', 'join', 'explode', 'json_encode', 'json_decode', 'array_map', 'array_merge', 'array_keys',
  'array_values', 'count', 'in_array', 'is_null', 'set_time_limit', 'ini_set', 'gc_collect_cycles', 'sleep', 'usleep',
  'trigger_error', 'class_exists', 'function_exists', 'method_exists', 'define', 'str_replace', 'strtolower', 'strtoupper',
  'trans', '__', 'bcrypt', 'str_random', 'uniqid', 'microtime', 'time', 'date', 'base_path', 'database_path',
]);

export function analyseCall(expression: PhpNode, scope: Scope, a: Analysis): void {
  const chain = flattenChain(expression);
  if (chain.staticClass) return staticCall(chain, expression, scope, a);
  const root = chain.root;
  if (root.kind === 'variable' && field(root, 'name') === 'this') return thisCall(chain, expression, scope, a);
  if (root.kind === 'variable' || root.kind === 'propertylookup') return valueCall(chain, evaluate(root, scope, a), expression, scope, a);
  if (root.kind === 'new') return newCall(chain, expression, scope, a);
  if (root.kind === 'call') return functionCall(chain, expression, scope, a);
  a.opaque(expression, `call on a ${root.kind} the analysis does not follow`, scope.guards);
}

function staticCall(chain: CallChain, expression: PhpNode, scope: Scope, a: Analysis): void {
  const target = chain.staticClass!;
  const name = shortClassName(target);
  if (target.kind === 'selfreference' || target.kind === 'staticreference' || (name !== null && name === a.cls.name)) {
    return helperCall(chain, expression, scope, a);
  }
  if (target.kind === 'parentreference') {
    if (a.cls.parentMethods.has(chain.links[0]?.method.toLowerCase() ?? '')) return helperCall(chain, expression, scope, a, a.cls.parentMethods);
    for (const why of a.missingAncestry) a.unsettledBy(why);
    a.opaque(expression, `parent::${chain.links[0]?.method ?? '?'}() runs code outside this file`, scope.guards);
    return;
  }
  if (name === null) {
    a.opaque(expression, 'static call on a computed class', scope.guards);
    return;
  }
  if (name === 'Schema') return schemaCall(chain.links, null, expression, scope, a);
  if (name === 'DB') return dbCall(chain.links, expression, scope, a);
  if (name === 'Artisan') return artisanCall(chain.links, expression, scope, a);
  if (INERT_CLASSES.has(name)) return;
  modelCall(name, chain.links, expression, scope, a);
}

/** `$this->helper(...)` inlines a method of the migration; `$this->call(Seeder::class)` seeds. */
function thisCall(chain: CallChain, expression: PhpNode, scope: Scope, a: Analysis): void {
  const method = chain.links[0]?.method;
  if (method === 'call' || method === 'callSilent' || method === 'callWith') return seederCall(chain.links[0]!, expression, scope, a);
  helperCall(chain, expression, scope, a);
}

function helperCall(chain: CallChain, expression: PhpNode, scope: Scope, a: Analysis, methods = a.cls.methods): void {
  const link = chain.links[0];
  const method = link ? methods.get(link.method.toLowerCase()) : undefined;
  if (!link || !method) {
    for (const why of a.missingAncestry) a.unsettledBy(why);
    a.opaque(expression, `call to ${link?.method ?? '?'}(), which is not a method of this migration class`, scope.guards);
    return;
  }
  const env = new Map<string, StaticValue>();
  for (const [name, value] of scope.env) if (name.startsWith('this->')) env.set(name, value);
  inline(method, link.args, env, link.method, expression, scope, a);
}

/**
 * Walk `callable` (a helper method, or a closure kept in a variable) as if called here
 * with `args`: parameters bound to the arguments' static values or their defaults,
 * on top of `env`, under the call's guards.
 */
function inline(
  callable: PhpNode,
  args: readonly PhpNode[],
  env: Map<string, StaticValue>,
  what: string,
  expression: PhpNode,
  scope: Scope,
  a: Analysis,
): void {
  if (!a.canInline()) {
    a.opaque(expression, `${what}() nests helper calls too deeply to follow`, scope.guards);
    return;
  }
  children(callable, 'arguments').forEach((param, index) => {
    const name = identifierOf(child(param, 'name'));
    if (name === null) return;
    const named = args.find((arg) => arg.kind === 'namedargument' && field(arg, 'name') === name);
    const positional = args[index];
    const argument = named ? child(named, 'value') : positional && positional.kind !== 'namedargument' ? positional : null;
    const value = argument ? evaluate(argument, scope, a) : evaluate(child(param, 'value'), { env: new Map(), guards: [] }, a);
    // A parameter whose value is not known must not see an outer variable of the same name.
    if (value) env.set(name, value);
    else env.delete(name);
  });
  a.inlineDepth++;
  try {
    walkCallable(callable, { env, guards: scope.guards }, a);
  } finally {
    a.inlineDepth--;
  }
}

/** A chain on a variable: a Blueprint, a schema builder, or something unknown (a model instance…). */
function valueCall(chain: CallChain, value: StaticValue | undefined, expression: PhpNode, scope: Scope, a: Analysis): void {
  if (value?.kind === 'blueprint') return blueprintCall(value.handle as BlueprintState, chain.links, scope, a);
  if (value?.kind === 'schema') return schemaCall(chain.links, value.connection, expression, scope, a);
  if (value?.kind === 'schemaManager') return schemaManagerCall(chain.links, expression, scope, a);
  const variable = chain.root.kind === 'variable' ? `$${field(chain.root, 'name') ?? '?'}` : 'a property';
  modelCall(variable, chain.links, expression, scope, a);
}

/** `(new UsersSeeder)->run()` and other calls on a fresh object. */
function newCall(chain: CallChain, expression: PhpNode, scope: Scope, a: Analysis): void {
  const name = shortClassName(child(chain.root, 'what')) ?? '?';
  if (name.endsWith('Seeder') || chain.links[0]?.method === 'run') {
    a.emit({ kind: 'dataChange', table: null, description: `(new ${name})->${chain.links[0]?.method ?? 'run'}() runs a seeder` }, expression, scope.guards);
    return;
  }
  modelCall(`new ${name}`, chain.links, expression, scope, a);
}

function functionCall(chain: CallChain, expression: PhpNode, scope: Scope, a: Analysis): void {
  const target = child(chain.root, 'what');
  if (target?.kind === 'variable' && chain.links.length === 0) {
    // `$dropColumn('pages')`: a closure kept in a variable, called for its effects.
    const stored = evaluate(target, scope, a);
    const label = `$${field(target, 'name') ?? '?'}`;
    if (stored?.kind === 'closure') return inline(stored.node, children(chain.root, 'arguments'), new Map(stored.env), label, expression, scope, a);
  }
  const name = shortClassName(target)?.toLowerCase() ?? null;
  if (name !== null && INERT_FUNCTIONS.has(name)) return;
  // `app('log')->error(...)` is the container's logger, as inert as the Log facade
  // (Firefly III logs every caught QueryException this way); other services may act.
  const service = name === 'app' ? evaluate(children(chain.root, 'arguments')[0] ?? null, scope, a) : undefined;
  if (service?.kind === 'string' && service.value === 'log') return;
  a.opaque(expression, `call to ${name === null ? 'a computed function' : `${name}()`} with unknown effect`, scope.guards);
}
