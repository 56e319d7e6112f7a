/**
 * Calls on the table builder inside a `createTable`/`alterTable` callback:
 * `t.string('email').notNullable().unique()`, `t.foreign('user_id').references('users.id')`,
 * `t.dropColumn('x')`, … (knex 3.3 lib/schema/tablebuilder.js and columnbuilder.js).
 */
import type { ColumnSpec, ForeignKeySpec, IndexKind } from '../../model/index.js';
import type { Analysis, Scope } from './analysis.js';
import { type Link, describeLinks } from './chain.js';
import { type ColumnDraft, columnOf, isColumnMethod } from './column-types.js';
import { evaluate } from './evaluate.js';
import { knexIndexName, knexPrimaryName } from './index-names.js';
import { type JsValue, asNames, asString, property } from './js-values.js';
import type { TableState } from './table-state.js';
import type { Ts } from './ts-source.js';

interface Call {
  readonly state: TableState;
  readonly scope: Scope;
  readonly a: Analysis;
  readonly node: Ts.Expression;
}

/** Table methods that change nothing migstamp compares (storage options, comments on the table). */
const WITHOUT_EVIDENCE = new Set(['engine', 'charset', 'collate', 'comment', 'inherits', 'queryContext']);

export function tableCall(state: TableState, links: readonly Link[], node: Ts.Expression, scope: Scope, a: Analysis): void {
  const call: Call = { state, scope, a, node };
  const first = links[0];
  if (first === undefined || first.name === null || first.args === null) return opaque(call, `table builder use ${describeLinks(links)} cannot be read`);
  const args = first.args.map((arg) => evaluate(arg, scope, a));
  const method = first.name;
  if (isColumnMethod(method)) return columnChain(call, method, args, links.slice(1));
  switch (method) {
    case 'timestamps':
      return timestamps(call, args);
    case 'primary':
    case 'unique':
    case 'index':
      return tableIndex(call, method, args);
    case 'foreign':
      return foreignChain(call, args, links.slice(1));
    case 'dropColumn':
    case 'dropColumns': {
      const names = args.flatMap((arg) => asNames(arg) ?? [null]);
      if (names.length === 0 || names.some((name) => name === null)) return opaque(call, `${method}() column names are not literal`);
      for (const column of names as string[]) state.command({ kind: 'dropColumn', table: state.table, column }, a.at(node), scope.guards);
      return;
    }
    case 'dropTimestamps': {
      const camel = args[0]?.kind === 'boolean' && args[0].value;
      for (const column of camel ? ['createdAt', 'updatedAt'] : ['created_at', 'updated_at']) state.command({ kind: 'dropColumn', table: state.table, column }, a.at(node), scope.guards);
      return;
    }
    case 'renameColumn': {
      const from = asString(args[0]);
      const to = asString(args[1]);
      if (from === null || to === null) return opaque(call, 'renameColumn() names are not literal');
      return state.command({ kind: 'renameColumn', table: state.table, from, to }, a.at(node), scope.guards);
    }
    case 'dropIndex':
    case 'dropUnique':
    case 'dropForeign':
      return dropByName(call, method, args);
    case 'dropPrimary': {
      const name = args[0] === undefined ? knexPrimaryName(state.table) : asString(args[0]);
      if (name === null) return opaque(call, 'dropPrimary() name is not a literal');
      return state.command({ kind: 'dropIndex', table: state.table, name, indexKind: 'primary' }, a.at(node), scope.guards);
    }
    case 'setNullable':
    case 'dropNullable': {
      const name = asString(args[0]);
      if (name === null) return opaque(call, `${method}() column is not a literal`);
      const change = { name, type: null, nullable: method === 'setNullable', default: undefined, autoIncrement: null, at: a.at(node) };
      return state.alterColumn({ kind: 'changeColumn', table: state.table, column: change }, a.at(node), scope.guards);
    }
    default:
      if (WITHOUT_EVIDENCE.has(method)) return;
      return opaque(call, `table builder method ${method}() is not modelled`);
  }
}

function opaque(call: Call, reason: string): void {
  call.state.command({ kind: 'opaque', reason }, call.a.at(call.node), call.scope.guards);
}

/** `t.type(name, …)` and its modifiers; `.alter()` makes it a change of an existing column. */
function columnChain(call: Call, method: string, args: readonly JsValue[], modifiers: readonly Link[]): void {
  const made = columnOf(method, args);
  if (!made.ok) return opaque(call, made.reason);
  const draft = made.draft;
  const { state, a, scope, node } = call;
  const at = a.at(node);
  const indexes: { kind: IndexKind; name: string }[] = [];
  let foreign: ForeignDraft | null = null;
  let altered = false;
  let nullableStated = false;
  let defaultStated = false;
  for (const link of modifiers) {
    const values = (link.args ?? []).map((arg) => evaluate(arg, scope, a));
    switch (link.name) {
      case 'notNullable':
      case 'notNull':
        draft.nullable = false;
        nullableStated = true;
        break;
      case 'nullable':
        draft.nullable = !(values[0]?.kind === 'boolean' && !values[0].value);
        nullableStated = true;
        break;
      case 'defaultTo':
      case 'default':
      case 'defaultsTo': {
        const value = defaultOf(values[0]);
        if (value === null) return opaque(call, `the default of ${draft.name} is not a literal`);
        draft.default = value;
        defaultStated = true;
        break;
      }
      case 'unsigned':
        if (draft.type.kind === 'integer' || draft.type.kind === 'decimal') draft.type = { ...draft.type, unsigned: true };
        break;
      case 'comment':
        draft.comment = asString(values[0]);
        break;
      case 'primary':
      case 'unique':
      case 'index': {
        // columnbuilder.js: index(), primary() and unique() are ignored on increments columns.
        if (draft.autoIncrement) break;
        const name = indexNameArgument(values[0], link.name === 'primary' ? 'constraintName' : 'indexName');
        if (name === null) return opaque(call, `${link.name}() name is not a literal`);
        const kind: IndexKind = link.name;
        indexes.push({ kind, name: name === undefined ? defaultName(state.table, [draft.name], kind) : name });
        break;
      }
      case 'references':
      case 'inTable':
      case 'on':
      case 'onDelete':
      case 'onUpdate':
      case 'withKeyName':
      case 'deferrable': {
        foreign ??= { columns: [draft.name], keyName: undefined, refTable: null, refColumns: null, onDelete: null, onUpdate: null };
        const problem = foreignModifier(foreign, link.name, values);
        if (problem !== null) return opaque(call, problem);
        break;
      }
      case 'alter':
        altered = true;
        break;
      case 'first':
      case 'after':
      case 'collate':
      case 'checkPositive':
      case 'checkNegative':
      case 'checkIn':
      case 'checkNotIn':
      case 'checkBetween':
      case 'checkLength':
      case 'checkRegex':
      case 'check':
        break;
      default:
        return opaque(call, `column modifier ${link.name ?? '()'}() is not modelled`);
    }
  }
  if (altered) {
    // Knex restates the column: the type, NULL or NOT NULL (alterNullable), and the
    // default, which it drops when none is given (tablecompiler.js `alterColumns`).
    const change = { name: draft.name, type: draft.type, nullable: nullableStated ? draft.nullable : true, default: defaultStated ? draft.default : null, autoIncrement: null, at };
    state.alterColumn({ kind: 'changeColumn', table: state.table, column: change }, at, scope.guards);
  } else {
    state.addColumn(columnSpec(draft, at), scope.guards);
    if (draft.primaryKey) state.command({ kind: 'addIndex', table: state.table, index: { name: knexPrimaryName(state.table), kind: 'primary', columns: [draft.name], at } }, at, scope.guards);
  }
  for (const index of indexes) state.command({ kind: 'addIndex', table: state.table, index: { ...index, columns: [draft.name], at } }, at, scope.guards);
  if (foreign !== null) addForeign(call, foreign);
}

function columnSpec(draft: ColumnDraft, at: ColumnSpec['at']): ColumnSpec {
  return { name: draft.name, type: draft.type, nullable: draft.nullable, default: draft.default, autoIncrement: draft.autoIncrement, generated: null, comment: draft.comment, at };
}

/** A literal default, or Knex's SQL (`knex.fn.now()`, `knex.raw('…')`); null when neither. */
function defaultOf(value: JsValue | undefined): ColumnDraft['default'] | null {
  if (value === undefined) return null;
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: 'literal', value: value.value };
    case 'null':
      return { kind: 'literal', value: null };
    case 'sql':
      return { kind: 'expression', sql: value.sql };
    default:
      return null;
  }
}

/**
 * `timestamps(useTimestamps, defaultToNow, useCamelCase)` (or one options object): two
 * `datetime` columns (`timestamp` with useTimestamps), NOT NULL DEFAULT CURRENT_TIMESTAMP
 * with defaultToNow, nullable otherwise (tablebuilder.js `timestamps()`).
 */
function timestamps(call: Call, args: readonly JsValue[]): void {
  const options = args[0]?.kind === 'object' ? args[0] : undefined;
  const flag = (position: number, name: string): boolean => {
    const value = options === undefined ? args[position] : property(options, name);
    return value?.kind === 'boolean' && value.value;
  };
  const camel = flag(2, 'useCamelCase');
  const now = flag(1, 'defaultToNow');
  const at = call.a.at(call.node);
  for (const name of camel ? ['createdAt', 'updatedAt'] : ['created_at', 'updated_at']) {
    const column: ColumnSpec = {
      name,
      type: { kind: 'timestamp', precision: null, timezone: true },
      nullable: !now,
      default: now ? { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } : undefined,
      autoIncrement: false,
      generated: null,
      comment: null,
      at,
    };
    call.state.addColumn(column, call.scope.guards);
  }
}

/** `t.primary(cols, name | { constraintName })`, `t.unique(cols, name | { indexName })`, `t.index(cols, name, options)`. */
function tableIndex(call: Call, kind: 'primary' | 'unique' | 'index', args: readonly JsValue[]): void {
  const columns = asNames(args[0]);
  if (columns === null) return opaque(call, `${kind}() columns are not literal`);
  const name = indexNameArgument(args[1], kind === 'primary' ? 'constraintName' : 'indexName');
  if (name === null) return opaque(call, `${kind}() name is not a literal`);
  const unique = kind === 'index' && (asString(args[2])?.toLowerCase() === 'unique' || asString(property(args[2], 'indexType'))?.toLowerCase() === 'unique');
  const indexKind: IndexKind = unique ? 'unique' : kind;
  const at = call.a.at(call.node);
  call.state.command({ kind: 'addIndex', table: call.state.table, index: { name: name ?? defaultName(call.state.table, columns, kind), kind: indexKind, columns, at } }, at, call.scope.guards);
}

function defaultName(table: string, columns: readonly string[], kind: IndexKind): string {
  return kind === 'primary' ? knexPrimaryName(table) : knexIndexName(table, columns, kind === 'unique' ? 'unique' : 'index');
}

/** A name given as a string or as `{ [key]: name }`: undefined when none is given, null when it is not literal. */
function indexNameArgument(value: JsValue | undefined, key: string): string | undefined | null {
  if (value === undefined || value.kind === 'null') return undefined;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'object') {
    const named = property(value, key);
    return named === undefined ? undefined : asString(named);
  }
  return null;
}

/** `dropIndex(cols, name)`, `dropUnique(cols, name)`, `dropForeign(cols, name)`: the name as Knex computes it. */
function dropByName(call: Call, method: 'dropIndex' | 'dropUnique' | 'dropForeign', args: readonly JsValue[]): void {
  const given = args[1] === undefined ? undefined : asString(args[1]);
  const columns = asNames(args[0]);
  if (given === null || (given === undefined && columns === null)) return opaque(call, `${method}() index is not literal`);
  const type = method === 'dropIndex' ? 'index' : method === 'dropUnique' ? 'unique' : 'foreign';
  const name = given ?? knexIndexName(call.state.table, columns!, type);
  const { state, a, scope, node } = call;
  if (method === 'dropForeign') return state.command({ kind: 'dropForeignKey', table: state.table, name }, a.at(node), scope.guards);
  state.command({ kind: 'dropIndex', table: state.table, name, indexKind: type === 'unique' ? 'unique' : 'index' }, a.at(node), scope.guards);
}

interface ForeignDraft {
  columns: readonly string[];
  keyName: string | undefined;
  refTable: string | null;
  refColumns: readonly string[] | null;
  onDelete: string | null;
  onUpdate: string | null;
}

/** `t.foreign(cols, keyName).references(…).inTable(…).onDelete(…)`. */
function foreignChain(call: Call, args: readonly JsValue[], modifiers: readonly Link[]): void {
  const columns = asNames(args[0]);
  const keyName = args[1] === undefined ? undefined : asString(args[1]);
  if (columns === null || keyName === null) return opaque(call, 'foreign() columns or name are not literal');
  const foreign: ForeignDraft = { columns, keyName, refTable: null, refColumns: null, onDelete: null, onUpdate: null };
  for (const link of modifiers) {
    const problem = foreignModifier(foreign, link.name, (link.args ?? []).map((arg) => evaluate(arg, call.scope, call.a)));
    if (problem !== null) return opaque(call, problem);
  }
  addForeign(call, foreign);
}

/** Applies one modifier of a foreign key; a sentence when it cannot be read. */
function foreignModifier(foreign: ForeignDraft, method: string | null, values: readonly JsValue[]): string | null {
  switch (method) {
    case 'references': {
      // `references('users.id')` names the table too: tablebuilder.js `foreign().references()`
      // splits the string on '.' and takes the first two pieces as table and column.
      const names = asNames(values[0]);
      if (names === null) return 'references() is not a literal';
      const pieces = names.length === 1 ? names[0]!.split('.') : [];
      if (pieces.length > 1) {
        foreign.refTable = pieces[0]!;
        foreign.refColumns = [pieces[1]!];
      } else foreign.refColumns = names;
      return null;
    }
    case 'inTable':
    case 'on': {
      const table = asString(values[0]);
      if (table === null) return `${method}() table is not a literal`;
      foreign.refTable = table;
      return null;
    }
    case 'onDelete':
    case 'onUpdate': {
      const action = asString(values[0]);
      if (action === null) return `${method}() action is not a literal`;
      foreign[method] = action.toLowerCase();
      return null;
    }
    case 'withKeyName': {
      const name = asString(values[0]);
      if (name === null) return 'withKeyName() is not a literal';
      foreign.keyName = name;
      return null;
    }
    case 'deferrable':
      return null;
    default:
      return `foreign key modifier ${method ?? '()'}() is not modelled`;
  }
}

/** Knex writes a foreign key only when both `references` and `inTable` are known (tablecompiler.js `foreign()`). */
function addForeign(call: Call, foreign: ForeignDraft): void {
  if (foreign.refTable === null || foreign.refColumns === null) return opaque(call, 'a foreign key without references() and inTable() is not written by Knex');
  const at = call.a.at(call.node);
  const spec: ForeignKeySpec = {
    name: foreign.keyName ?? knexIndexName(call.state.table, foreign.columns, 'foreign'),
    columns: foreign.columns,
    refTable: foreign.refTable,
    refColumns: foreign.refColumns,
    onDelete: foreign.onDelete,
    onUpdate: foreign.onUpdate,
    at,
  };
  call.state.command({ kind: 'addForeignKey', table: call.state.table, foreignKey: spec }, at, call.scope.guards);
}
