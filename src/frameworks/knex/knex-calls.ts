/**
 * Calls on the Knex instance: `knex.schema.…` chains, `knex.raw(sql)`, and data
 * writes (`knex('t').insert(…)`, `knex.insert(…).into('t')`, `update`, `del`).
 * https://knexjs.org/guide/schema-builder.html, https://knexjs.org/guide/query-builder.html
 */
import type { Guard, LiteralValue } from '../../model/index.js';
import { type Analysis, type Scope, childScope } from './analysis.js';
import { type Link, describeLinks } from './chain.js';
import { evaluate } from './evaluate.js';
import { type JsValue, asString, unknownValue } from './js-values.js';
import { callFunction } from './statements.js';
import { TableState } from './table-state.js';
import type { Ts } from './ts-source.js';

/** What a Knex call stands for when it is awaited: `hasTable()` answers a guard. */
export function knexCall(links: readonly Link[], node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const first = links[0];
  if (first === undefined) return { kind: 'knex' };
  const args = (first.args ?? []).map((arg) => evaluate(arg, scope, a));
  switch (first.name) {
    case 'schema':
      return first.args === null ? schemaChain(links.slice(1), node, scope, a) : opaque(node, `knex.${describeLinks(links)} cannot be read`, scope, a);
    case 'raw':
      return raw(args, node, scope, a);
    case 'transaction': {
      // `knex.transaction(async (trx) => …)`: the callback's statements, with trx as Knex.
      if (args[0]?.kind !== 'function') return opaque(node, 'knex.transaction() without a callback written here', scope, a);
      return callFunction(args[0].node, [{ kind: 'knex' }], node, scope, a);
    }
    case null:
    case 'table':
    case 'from':
    case 'into':
      return dataChain(asString(args[0]), links.slice(1), node, scope, a);
    case 'insert':
    case 'update':
    case 'del':
    case 'delete':
      return dataChain(null, links, node, scope, a);
    case 'fn':
    case 'client':
    case 'select':
      return unknownValue(node.getText());
    default:
      return opaque(node, `knex.${describeLinks(links)} is not modelled`, scope, a);
  }
}

function opaque(node: Ts.Node, reason: string, scope: Scope, a: Analysis): JsValue {
  a.opaque(node, reason, scope.guards);
  return unknownValue(node.getText());
}

/** `knex.raw(sql)` / `knex.schema.raw(sql)`: the dialect's parser reads the SQL; bindings are not substituted. */
function raw(args: readonly JsValue[], node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const sql = asString(args[0]);
  if (sql === null) return opaque(node, 'raw SQL that is not a literal string', scope, a);
  const bindings = args[1];
  if (bindings !== undefined && !(bindings.kind === 'array' && bindings.items.length === 0)) return opaque(node, 'raw SQL with bindings', scope, a);
  a.emit({ kind: 'rawSql', sql }, node, scope.guards);
  return unknownValue(node.getText());
}

/** The schema builder's methods, in chain order (`knex.schema.createTable(…).createTable(…)`). */
function schemaChain(links: readonly Link[], node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  let answer: JsValue = unknownValue(node.getText());
  for (const link of links) {
    if (link.args === null || link.name === null) return opaque(node, `knex.schema.${describeLinks(links)} cannot be read`, scope, a);
    const args = link.args.map((arg) => evaluate(arg, scope, a));
    const name = asString(args[0]);
    const at = link.node;
    switch (link.name) {
      case 'createTable':
      case 'createTableIfNotExists':
      case 'table':
      case 'alterTable': {
        if (name === null) {
          opaque(at, `${link.name}() table name is not a literal`, scope, a);
          break;
        }
        const creating = link.name.startsWith('create');
        tableCallback(new TableState(name, creating), args[1], at, scope, a, link.name === 'createTableIfNotExists');
        break;
      }
      case 'renameTable': {
        const to = asString(args[1]);
        if (name === null || to === null) opaque(at, 'renameTable() names are not literal', scope, a);
        else a.emit({ kind: 'renameTable', from: name, to }, at, scope.guards);
        break;
      }
      case 'dropTable':
      case 'dropTableIfExists':
        if (name === null) opaque(at, `${link.name}() table name is not a literal`, scope, a);
        else a.emit({ kind: 'dropTable', table: name, ifExists: link.name === 'dropTableIfExists' }, at, scope.guards);
        break;
      case 'dropView':
      case 'dropViewIfExists':
        if (name === null) opaque(at, `${link.name}() view name is not a literal`, scope, a);
        else a.emit({ kind: 'dropView', name, ifExists: link.name === 'dropViewIfExists' }, at, scope.guards);
        break;
      case 'hasTable': {
        if (name === null) return opaque(at, 'hasTable() table name is not a literal', scope, a);
        answer = { kind: 'guard', guard: { kind: 'tableExists', table: name, negated: false } };
        break;
      }
      case 'hasColumn': {
        const column = asString(args[1]);
        if (name === null || column === null) return opaque(at, 'hasColumn() names are not literal', scope, a);
        answer = { kind: 'guard', guard: { kind: 'columnExists', table: name, column, negated: false } };
        break;
      }
      case 'raw':
        raw(args, at, scope, a);
        break;
      default:
        // withSchema(), views, schemas, createTableLike(): not read; the rest of the chain goes with them.
        return opaque(at, `knex.schema.${link.name}() is not modelled`, scope, a);
    }
  }
  return answer;
}

/** Walks a table callback (`(t) => { … }`) with its parameter bound to the table builder. */
function tableCallback(state: TableState, callback: JsValue | undefined, node: Ts.Expression, scope: Scope, a: Analysis, ifNotExists: boolean): void {
  // `createTable(name)` without a callback makes a table with no columns.
  if (callback !== undefined && callback.kind !== 'function') {
    a.opaque(node, `the ${state.creating ? 'createTable' : 'alterTable'}() callback is not a function written here`, scope.guards);
    return;
  }
  const inside = childScope(scope, new Map(), []);
  if (callback !== undefined) callFunction(callback.node, [{ kind: 'table', state }], node, inside, a);
  for (const operation of state.operations(a.at(node), ifNotExists)) {
    a.operations.push({ ...operation, guards: [...scope.guards, ...operation.guards] });
  }
}

const WRITES = new Set(['insert', 'update', 'del', 'delete', 'truncate', 'upsert', 'increment', 'decrement']);

/**
 * A query chain: rows inserted with literal values are evidence the dump's data can
 * show; other writes are data changes; reads change nothing.
 */
function dataChain(table: string | null, links: readonly Link[], node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  let target = table;
  let write: { method: string; args: readonly Ts.Expression[] } | null = null;
  for (const link of links) {
    if (link.name === 'into' || link.name === 'table' || link.name === 'from') target = asString(link.args?.[0] === undefined ? undefined : evaluate(link.args[0], scope, a)) ?? target;
    else if (link.name !== null && WRITES.has(link.name)) write ??= { method: link.name, args: link.args ?? [] };
  }
  if (write === null) return unknownValue(node.getText());
  if (target === null) return opaque(node, `knex ${write.method}() on a table that is not a literal`, scope, a);
  if (write.method === 'insert') {
    const rows = literalRows(write.args[0] === undefined ? undefined : evaluate(write.args[0], scope, a));
    a.emit({ kind: 'insertRows', table: target, rows }, node, scope.guards);
  } else {
    a.emit({ kind: 'dataChange', table: target, description: `knex('${target}').${write.method}()` }, node, scope.guards);
  }
  return unknownValue(node.getText());
}

/** One object or an array of objects with literal values; null when anything is not literal. */
function literalRows(value: JsValue | undefined): Record<string, LiteralValue>[] | null {
  if (value === undefined) return null;
  const objects = value.kind === 'array' ? value.items : [value];
  const rows: Record<string, LiteralValue>[] = [];
  for (const item of objects) {
    if (item.kind !== 'object') return null;
    const row: Record<string, LiteralValue> = {};
    for (const [column, cell] of item.entries) {
      if (cell.kind === 'string' || cell.kind === 'number' || cell.kind === 'boolean') row[column] = cell.value;
      else if (cell.kind === 'null') row[column] = null;
      else return null;
    }
    rows.push(row);
  }
  return rows;
}

/** A guard as a statement's condition would state it, negated or not. */
export function negate(guard: Guard): Guard {
  return guard.kind === 'unknown' ? { kind: 'unknown', text: `!(${guard.text})` } : { ...guard, negated: !guard.negated };
}
