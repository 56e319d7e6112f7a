/**
 * Blueprint commands that are not column definitions: indexes, foreign keys,
 * drops and renames (Illuminate\Database\Schema\Blueprint). Each becomes one or
 * more items in the 'command' phase, in call order.
 */
import type { Guard, IndexKind } from '../../model/index.js';
import type { OperationBody } from './analysis-context.js';
import type { BlueprintState } from './blueprint-state.js';
import type { CallArgs } from './call-args.js';
import { applyForeignModifier, finishForeign, newForeign } from './foreign-keys.js';
import type { IndexNameType } from './index-names.js';
import { snake } from './inflector.js';
import { lineOf, type ChainLink, type PhpNode } from './php-ast.js';
import { asStringList, type StaticValue } from './php-values.js';

/** Everything a command needs: where it is, its arguments, and the rest of its chain. */
export interface CommandCall {
  readonly state: BlueprintState;
  readonly method: string;
  readonly args: CallArgs;
  readonly rest: readonly ChainLink[];
  readonly argsOf: (link: ChainLink) => CallArgs;
  readonly node: PhpNode;
  readonly guards: readonly Guard[];
}

type CommandHandler = (call: CommandCall) => void;

const INDEX_COMMANDS: Readonly<Record<string, readonly [IndexKind, IndexNameType]>> = {
  primary: ['primary', 'primary'],
  unique: ['unique', 'unique'],
  index: ['index', 'index'],
  fulltext: ['fulltext', 'fulltext'],
  fullText: ['fulltext', 'fulltext'],
  spatialIndex: ['spatial', 'spatialindex'],
};

const DROP_INDEX_COMMANDS: Readonly<Record<string, readonly [IndexKind, IndexNameType]>> = {
  dropPrimary: ['primary', 'primary'],
  dropUnique: ['unique', 'unique'],
  dropIndex: ['index', 'index'],
  dropFullText: ['fulltext', 'fulltext'],
  dropSpatialIndex: ['spatial', 'spatialindex'],
};

function push(call: CommandCall, body: OperationBody): void {
  call.state.push('command', body, call.node, call.guards);
}

function unresolved(call: CommandCall, what: string): void {
  call.state.opaque(`${call.method}(): ${what} is not a literal`, call.node, call.guards);
}

function optionalName(call: CommandCall, index: number, name: string): string | null | undefined {
  if (!call.args.has(index, name)) return null;
  const value = call.args.value(index, name);
  if (value?.kind === 'null') return null;
  return value?.kind === 'string' ? value.value : undefined;
}

/** `index($columns, $name = null, $algorithm = null)` and its siblings. */
function addIndex(kind: IndexKind, type: IndexNameType): CommandHandler {
  return (call) => {
    const columns = asStringList(call.args.value(0, 'columns'));
    const name = optionalName(call, 1, 'name');
    if (!columns || name === undefined) return unresolved(call, 'the columns or name');
    const at = call.state.analysis.at(call.node);
    push(call, { kind: 'addIndex', table: call.state.fullTable, index: { name: name ?? call.state.indexName(columns, type), kind, columns, at } });
  };
}

/**
 * `dropIndex('name')` drops by name; `dropIndex(['a', 'b'])` by Laravel's default name.
 * `dropPrimary()` without an argument: the engine names primary keys itself
 * (PostgreSQL `{table}_pkey`, MySQL `PRIMARY`), and Laravel's PostgreSQL grammar drops
 * `{prefix}{table}_pkey`, so that is the name recorded.
 */
function dropIndex(kind: IndexKind, type: IndexNameType): CommandHandler {
  return (call) => {
    const given = call.args.value(0, 'index');
    let name: string | undefined;
    if (!call.args.has(0, 'index') && kind === 'primary') name = `${call.state.fullTable}_pkey`;
    else if (given?.kind === 'string') name = given.value;
    else if (given?.kind === 'array') name = defaultNameOf(call.state, given, type);
    if (name === undefined) return unresolved(call, 'the index');
    push(call, { kind: 'dropIndex', table: call.state.fullTable, name, indexKind: kind });
  };
}

function defaultNameOf(state: BlueprintState, columns: StaticValue, type: IndexNameType): string | undefined {
  const list = asStringList(columns);
  return list ? state.indexName(list, type) : undefined;
}

function dropForeignByName(call: CommandCall, value: StaticValue | undefined): void {
  const name = value?.kind === 'string' ? value.value : value?.kind === 'array' ? defaultNameOf(call.state, value, 'foreign') : undefined;
  if (name === undefined) return unresolved(call, 'the foreign key');
  push(call, { kind: 'dropForeignKey', table: call.state.fullTable, name });
}

function dropColumns(call: CommandCall, columns: readonly string[]): void {
  for (const column of columns) push(call, { kind: 'dropColumn', table: call.state.fullTable, column });
}

/** `dropColumn('a', 'b')` and `dropColumn(['a', 'b'])`. */
const dropColumn: CommandHandler = (call) => {
  const values = call.args.values();
  const columns: string[] = [];
  for (const value of values) {
    const list = asStringList(value);
    if (!list) return unresolved(call, 'a column');
    columns.push(...list);
  }
  dropColumns(call, columns);
};

/** `foreign($columns, $name = null)` followed by references()/on()/onDelete()… */
const foreign: CommandHandler = (call) => {
  const columns = asStringList(call.args.value(0, 'columns'));
  const name = optionalName(call, 1, 'name');
  if (!columns || name === undefined) return unresolved(call, 'the columns or name');
  const draft = newForeign(columns, name);
  for (const link of call.rest) {
    const outcome = applyForeignModifier(draft, link.method, call.argsOf(link));
    if (typeof outcome === 'object') return call.state.opaque(outcome.unresolved, call.node, call.guards);
    if (outcome === 'unknown') {
      call.state.analysis.warn('W-LARAVEL-UNKNOWN-MODIFIER', `unknown foreign key modifier ${link.method}()`, link.node);
    }
  }
  push(call, finishForeign(draft, call.state, lineOf(call.node)));
};

/** The foreign key column of a model class (`User::class` → `user_id`), as Eloquent's getForeignKey(). */
function modelColumn(call: CommandCall): string | undefined {
  if (call.args.has(1, 'column')) {
    const given = call.args.value(1, 'column');
    if (given?.kind === 'string') return given.value;
    if (given?.kind !== 'null') return undefined;
  }
  const model = call.args.value(0, 'model');
  const name = model?.kind === 'class' ? model.name : model?.kind === 'string' ? model.value : undefined;
  if (name === undefined) return undefined;
  const parts = name.split('\\');
  return `${snake(parts[parts.length - 1] ?? name)}_id`;
}

function pair(call: CommandCall, build: (from: string, to: string) => OperationBody): void {
  const from = call.args.value(0, 'from');
  const to = call.args.value(1, 'to');
  if (from?.kind !== 'string' || to?.kind !== 'string') return unresolved(call, 'a name');
  push(call, build(from.value, to.value));
}

/**
 * A column name as Doctrine DBAL reads it in `renameColumn`, which Laravel
 * handed to Doctrine until its own renames (Laravel 10 on recent engines): a
 * name that starts with a quote character (`, " or [) counts as quoted and
 * loses every quote character (doctrine/dbal src/Schema/AbstractAsset.php,
 * `isIdentifierQuoted`, `trimQuotes`), so `renameColumn('`daemonSecret`', …)`
 * renames daemonSecret (pterodactyl/panel). Laravel's own renames quote the
 * characters into the name and fail; either way the dump shows which happened.
 */
function doctrineName(name: string): string {
  return /^[`"[]/.test(name) ? name.replace(/[`"[\]]/g, '') : name;
}

/** Methods that set table options or run on the blueprint object only. */
const NO_EFFECT = new Set(['engine', 'charset', 'collation', 'comment', 'create', 'ifNotExists']);

const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  ...Object.fromEntries(Object.entries(INDEX_COMMANDS).map(([method, [kind, type]]) => [method, addIndex(kind, type)])),
  ...Object.fromEntries(Object.entries(DROP_INDEX_COMMANDS).map(([method, [kind, type]]) => [method, dropIndex(kind, type)])),
  rawIndex: (call) => {
    const expression = call.args.value(0, 'expression');
    const name = call.args.value(1, 'name');
    if (expression?.kind !== 'string' || name?.kind !== 'string') return unresolved(call, 'the expression or name');
    const at = call.state.analysis.at(call.node);
    push(call, { kind: 'addIndex', table: call.state.fullTable, index: { name: name.value, kind: 'index', columns: [expression.value], at } });
  },
  foreign,
  dropForeign: (call) => dropForeignByName(call, call.args.value(0, 'index')),
  dropConstrainedForeignId: (call) => {
    const column = call.args.value(0, 'column');
    if (column?.kind !== 'string') return unresolved(call, 'the column');
    push(call, { kind: 'dropForeignKey', table: call.state.fullTable, name: call.state.indexName([column.value], 'foreign') });
    dropColumns(call, [column.value]);
  },
  dropForeignIdFor: (call) => {
    const column = modelColumn(call);
    if (column === undefined) return unresolved(call, 'the model');
    push(call, { kind: 'dropForeignKey', table: call.state.fullTable, name: call.state.indexName([column], 'foreign') });
  },
  dropConstrainedForeignIdFor: (call) => {
    const column = modelColumn(call);
    if (column === undefined) return unresolved(call, 'the model');
    push(call, { kind: 'dropForeignKey', table: call.state.fullTable, name: call.state.indexName([column], 'foreign') });
    dropColumns(call, [column]);
  },
  dropColumn,
  renameColumn: (call) => pair(call, (from, to) => ({ kind: 'renameColumn', table: call.state.fullTable, from: doctrineName(from), to: doctrineName(to) })),
  renameIndex: (call) => pair(call, (from, to) => ({ kind: 'renameIndex', table: call.state.fullTable, from, to })),
  dropTimestamps: (call) => dropColumns(call, ['created_at', 'updated_at']),
  dropTimestampsTz: (call) => dropColumns(call, ['created_at', 'updated_at']),
  dropDatetimes: (call) => dropColumns(call, ['created_at', 'updated_at']),
  dropSoftDeletes: (call) => dropSoftDeletes(call),
  dropSoftDeletesTz: (call) => dropSoftDeletes(call),
  dropSoftDeletesDatetime: (call) => dropSoftDeletes(call),
  dropRememberToken: (call) => dropColumns(call, ['remember_token']),
  dropMorphs: (call) => {
    const name = call.args.value(0, 'name');
    const indexName = optionalName(call, 1, 'indexName');
    if (name?.kind !== 'string' || indexName === undefined) return unresolved(call, 'the name');
    const columns = [`${name.value}_type`, `${name.value}_id`];
    push(call, { kind: 'dropIndex', table: call.state.fullTable, name: indexName ?? call.state.indexName(columns, 'index'), indexKind: 'index' });
    dropColumns(call, columns);
  },
  rename: (call) => {
    const to = call.args.value(0, 'to');
    if (to?.kind !== 'string') return unresolved(call, 'the new name');
    push(call, { kind: 'renameTable', from: call.state.fullTable, to: call.state.analysis.table(to.value) });
  },
  drop: (call) => push(call, { kind: 'dropTable', table: call.state.fullTable, ifExists: false }),
  dropIfExists: (call) => push(call, { kind: 'dropTable', table: call.state.fullTable, ifExists: true }),
  temporary: (call) => {
    call.state.temporary = true;
  },
};

function dropSoftDeletes(call: CommandCall): void {
  const column = call.args.has(0, 'column') ? call.args.value(0, 'column') : { kind: 'string', value: 'deleted_at' } as const;
  if (column?.kind !== 'string') return unresolved(call, 'the column');
  dropColumns(call, [column.value]);
}

/** Run a non-column Blueprint method; false when `method` is not one Laravel defines. */
export function runCommand(call: CommandCall): boolean {
  if (NO_EFFECT.has(call.method)) return true;
  const handler = Object.hasOwn(COMMANDS, call.method) ? COMMANDS[call.method] : undefined;
  if (!handler) return false;
  handler(call);
  return true;
}
