/**
 * Runs a `Schema::create`/`Schema::table` closure statically against a Blueprint
 * and turns what it declared into operations, in the order Laravel executes them.
 *
 * Order (Laravel 8–10, Blueprint::toSql → addImpliedCommands): `add` and then `change`
 * are array_unshift'ed in front of the explicit commands, so an ALTER runs changed
 * columns first, added columns next, explicit commands in call order, and the
 * fluent indexes (`->unique()` on a column) last. Laravel 11+ interleaves columns and
 * commands in call order instead; the final schema is the same unless one closure
 * touches the same column twice, which this ordering then reads as Laravel 8–10 does.
 * Inside `Schema::create` everything unconditional folds into one createTable.
 */
import type { Guard } from '../../model/index.js';
import type { Analysis, Scope } from './analysis-context.js';
import { columnMethod } from './blueprint-columns.js';
import { ColumnCall, type ColumnMethodResult } from './column-call.js';
import { runCommand } from './blueprint-commands.js';
import { BlueprintState, fluentIndexKind, FLUENT_INDEXES, newDraft, type ColumnDraft, type Phase } from './blueprint-state.js';
import { CallArgs } from './call-args.js';
import { applyModifier } from './column-modifiers.js';
import { applyForeignModifier, constrain, finishForeign, newForeign, type ForeignDraft } from './foreign-keys.js';
import { child, children, field, lineOf, type ChainLink, type PhpNode } from './php-ast.js';
import { callbackArgument, walkCallable, type Callback } from './statements.js';

const PHASE_ORDER: Readonly<Record<Phase, number>> = { change: 0, add: 1, command: 2, fluent: 3 };

/**
 * Analyse `Schema::create($table, $callback)` (creating) or `Schema::table(...)`.
 * `table` is unprefixed, as the migration wrote it; `extraGuards` come from helpers
 * like `Schema::whenTableHasColumn`.
 */
export function runBlueprint(
  creating: boolean,
  table: string,
  callback: PhpNode | null,
  node: PhpNode,
  scope: Scope,
  a: Analysis,
  extraGuards: readonly Guard[] = [],
): void {
  const guards = [...scope.guards, ...extraGuards];
  const resolved = callbackArgument(callback, { env: scope.env, guards }, a);
  if (!resolved) {
    a.opaque(node, `Schema callback for '${a.table(table)}' is not a closure`, guards);
    return;
  }
  const state = new BlueprintState(table, creating, a);
  runClosureOn(state, resolved, a);
  finalise(state, node, guards);
}

/** Walk a closure whose first parameter is the blueprint (also `$table->after('x', fn ...)`). */
function runClosureOn(state: BlueprintState, { callable, scope }: Callback, a: Analysis): void {
  const param = children(callable, 'arguments')[0];
  const name = param ? field(child(param, 'name') ?? param, 'name') : null;
  if (name !== null) scope.env.set(name, { kind: 'blueprint', handle: state });
  walkCallable(callable, scope, a);
}

function finalise(state: BlueprintState, node: PhpNode, guards: readonly Guard[]): void {
  const a = state.analysis;
  const items = [...state.items].sort((x, y) => PHASE_ORDER[x.phase] - PHASE_ORDER[y.phase]);
  if (!state.creating) {
    for (const item of items) a.emit(item.body, item.node, item.guards);
    return;
  }
  const columns = [];
  const indexes = [];
  const foreignKeys = [];
  const rest = [];
  for (const item of items) {
    // Only what the closure declares unconditionally is part of the CREATE TABLE;
    // a column under `if (...)` inside the closure exists only when that holds.
    const unconditional = item.guards.length === guards.length;
    if (unconditional && item.body.kind === 'addColumn') columns.push(item.body.column);
    else if (unconditional && item.body.kind === 'addIndex') indexes.push(item.body.index);
    else if (unconditional && item.body.kind === 'addForeignKey') foreignKeys.push(item.body.foreignKey);
    else rest.push(item);
  }
  a.emit(
    { kind: 'createTable', table: state.fullTable, columns, indexes, foreignKeys, checks: [], ifNotExists: false, temporary: state.temporary },
    node,
    guards,
  );
  for (const item of rest) a.emit(item.body, item.node, item.guards);
}

/** A call chain rooted at a blueprint variable: a column definition or a command. */
export function blueprintCall(state: BlueprintState, links: readonly ChainLink[], scope: Scope, a: Analysis): void {
  const first = links[0];
  if (!first) return;
  const argsOf = (link: ChainLink): CallArgs => new CallArgs(link.args, scope, a);
  const builder = columnMethod(first.method);
  if (builder) {
    const call = new ColumnCall(first.method, argsOf(first), first.node, a);
    columnChain(state, call, builder(call), links, scope);
    return;
  }
  const call = { state, method: first.method, args: argsOf(first), rest: links.slice(1), argsOf, node: first.node, guards: scope.guards };
  if (runCommand(call)) return;
  if (first.method === 'addColumn') return genericColumn(state, call.args, links, scope);
  const callback = first.method === 'after' ? callbackArgument(call.args.node(1, 'callback'), scope, a) : null;
  if (callback) {
    runClosureOn(state, callback, a);
    return;
  }
  state.opaque(`unknown Blueprint method ${first.method}() (a macro?)`, first.node, scope.guards);
}

/** `addColumn('citext', 'email')`: the type is kept as raw SQL text. */
function genericColumn(state: BlueprintState, args: CallArgs, links: readonly ChainLink[], scope: Scope): void {
  const first = links[0]!;
  const type = args.value(0, 'type');
  const name = args.value(1, 'name');
  if (type?.kind !== 'string' || name?.kind !== 'string') {
    state.opaque('addColumn(): the type or name is not a literal', first.node, scope.guards);
    return;
  }
  const result: ColumnMethodResult = { columns: [newDraft(name.value, { kind: 'raw', sql: type.value }, first.node)], indexes: [], chainable: true, foreign: null };
  columnChain(state, new ColumnCall('addColumn', args, first.node, state.analysis), result, links, scope);
}

function columnChain(state: BlueprintState, call: ColumnCall, result: ColumnMethodResult, links: readonly ChainLink[], scope: Scope): void {
  const a = state.analysis;
  const first = links[0]!;
  if (call.unresolved !== null) return state.opaque(call.unresolved, first.node, scope.guards);
  const column = result.columns[0];
  let foreign: ForeignDraft | null = null;
  for (const link of links.slice(1)) {
    const args = new CallArgs(link.args, scope, a);
    if (!result.chainable || !column) {
      a.warn('W-LARAVEL-UNCHAINABLE', `${first.method}() returns nothing to call ${link.method}() on`, link.node);
      continue;
    }
    if (foreign) {
      const outcome = applyForeignModifier(foreign, link.method, args);
      if (typeof outcome === 'object') return state.opaque(outcome.unresolved, link.node, scope.guards);
      if (outcome === 'unknown') {
        // After constrained()/references() the chain holds the foreign key, so a column
        // modifier here (`->constrained()->nullable()`) silently does nothing in Laravel.
        a.warn('W-LARAVEL-UNKNOWN-MODIFIER', `${link.method}() after a foreign key definition does not change column ${column.name}`, link.node);
      }
      continue;
    }
    if (result.foreign && link.method === 'constrained') {
      const drafted = constrain(column.name, result.foreign.modelTable, args);
      if ('unresolved' in drafted) return state.opaque(drafted.unresolved, link.node, scope.guards);
      foreign = drafted;
      continue;
    }
    if (result.foreign && link.method === 'references') {
      foreign = newForeign([column.name], null);
      const outcome = applyForeignModifier(foreign, 'references', args);
      if (typeof outcome === 'object') return state.opaque(outcome.unresolved, link.node, scope.guards);
      continue;
    }
    const outcome = applyModifier(column, link.method, args);
    if (outcome.kind === 'unresolved') return state.opaque(`${column.name}: ${outcome.reason}`, link.node, scope.guards);
    if (outcome.kind === 'defaultUnknown') a.warn('W-LARAVEL-DEFAULT-UNKNOWN', `default of ${column.name} is not a literal`, link.node);
    if (outcome.kind === 'unknown') {
      const hint = link.method === 'references' || link.method === 'constrained' ? ' (only foreignId-style columns create a foreign key this way)' : '';
      a.warn('W-LARAVEL-UNKNOWN-MODIFIER', `column modifier ${link.method}() has no known effect${hint}`, link.node);
    }
  }
  for (const draft of result.columns) pushColumn(state, draft, scope.guards);
  for (const index of result.indexes) {
    const name = index.name ?? state.indexName(index.columns, 'index');
    state.push('command', { kind: 'addIndex', table: state.fullTable, index: { name, kind: 'index', columns: index.columns, at: a.at(first.node) } }, first.node, scope.guards);
  }
  if (foreign) state.push('command', finishForeign(foreign, state, lineOf(first.node)), first.node, scope.guards);
}

function pushColumn(state: BlueprintState, draft: ColumnDraft, guards: readonly Guard[]): void {
  const a = state.analysis;
  const change = draft.change && !state.creating;
  const at = a.at(draft.node);
  if (change) {
    // Laravel 8-10 keep the nullability and default a change() does not mention. They also
    // keep the counter unless the column method states autoIncrement, as the integer family
    // does (`bigInteger('id')` drops it, `string('id', 36)` does not); 11+ always restates it.
    const autoIncrement = draft.autoIncrement || (draft.type.kind === 'integer' ? false : null);
    const column = { name: draft.name, type: draft.type, nullable: draft.nullable, default: draft.default, autoIncrement, at };
    state.push('change', { kind: 'changeColumn', table: state.fullTable, column }, draft.node, guards);
    // ->comment('…')->change() sets the comment (Laravel 8–10 through Doctrine, 11+ natively).
    if (draft.comment !== null) state.push('change', { kind: 'setColumnComment', table: state.fullTable, column: draft.name, comment: draft.comment }, draft.node, guards);
  } else {
    const column = {
      name: draft.name,
      type: draft.type,
      nullable: draft.nullable ?? false,
      default: draft.default,
      autoIncrement: draft.autoIncrement,
      generated: draft.generated,
      comment: draft.comment,
      at,
    };
    state.push('add', { kind: 'addColumn', table: state.fullTable, column }, draft.node, guards);
  }
  // The grammars make an auto-increment integer the primary key in the column's own
  // definition (`auto_increment primary key`, `serial primary key`), so it comes with the add.
  if (draft.autoIncrement && draft.type.kind === 'integer' && !change && !draft.fluentIndexes.has('primary')) {
    const index = { name: state.indexName([draft.name], 'primary'), kind: 'primary' as const, columns: [draft.name], at: a.at(draft.node) };
    state.push('add', { kind: 'addIndex', table: state.fullTable, index }, draft.node, guards);
  }
  pushFluentIndex(state, draft, change, guards);
}

/**
 * Blueprint::addFluentIndexes checks primary, unique, index, fulltext, fullText,
 * spatialIndex in that order and stops at the first one set (`continue 2`), so
 * `->unique()->index()` yields only the unique index.
 */
function pushFluentIndex(state: BlueprintState, draft: ColumnDraft, change: boolean, guards: readonly Guard[]): void {
  for (const modifier of FLUENT_INDEXES) {
    const value = draft.fluentIndexes.get(modifier);
    if (value === undefined) continue;
    const { kind, nameType } = fluentIndexKind(modifier);
    const defaultName = state.indexName([draft.name], nameType);
    if (value === false) {
      // `->unique(false)->change()` drops the conventional index; without change() it is a no-op.
      if (change) state.push('fluent', { kind: 'dropIndex', table: state.fullTable, name: defaultName, indexKind: kind }, draft.node, guards);
      return;
    }
    const name = value === true ? defaultName : value;
    const index = { name, kind, columns: [draft.name], at: state.analysis.at(draft.node) };
    state.push('fluent', { kind: 'addIndex', table: state.fullTable, index }, draft.node, guards);
    return;
  }
}
