/**
 * Foreign keys: `$t->foreign('user_id')->references('id')->on('users')` and the
 * shorthand `$t->foreignId('user_id')->constrained()`, with their ON DELETE/UPDATE
 * actions (Illuminate\Database\Schema\ForeignKeyDefinition).
 */
import type { OperationBody } from './analysis-context.js';
import type { BlueprintState } from './blueprint-state.js';
import type { CallArgs } from './call-args.js';
import { beforeLast, plural } from './inflector.js';
import { asStringList } from './php-values.js';

export interface ForeignDraft {
  readonly columns: readonly string[];
  name: string | null;
  refColumns: readonly string[];
  /** As written, unprefixed; Laravel's grammar prefixes it when wrapping. */
  refTable: string | null;
  onDelete: string | null;
  onUpdate: string | null;
}

export type ForeignOutcome = 'applied' | 'unknown' | { readonly unresolved: string };

/** Shorthand actions: `cascadeOnDelete()` is `onDelete('cascade')`, and so on. */
const ACTIONS: Readonly<Record<string, readonly ['onDelete' | 'onUpdate', string]>> = {
  cascadeOnDelete: ['onDelete', 'cascade'],
  restrictOnDelete: ['onDelete', 'restrict'],
  nullOnDelete: ['onDelete', 'set null'],
  noActionOnDelete: ['onDelete', 'no action'],
  cascadeOnUpdate: ['onUpdate', 'cascade'],
  restrictOnUpdate: ['onUpdate', 'restrict'],
  nullOnUpdate: ['onUpdate', 'set null'],
  noActionOnUpdate: ['onUpdate', 'no action'],
};

/** Options that change how the constraint is checked, not what it is. */
const IGNORED = new Set(['deferrable', 'initiallyImmediate', 'notValid']);

export function newForeign(columns: readonly string[], name: string | null): ForeignDraft {
  return { columns, name, refColumns: [], refTable: null, onDelete: null, onUpdate: null };
}

export function applyForeignModifier(draft: ForeignDraft, method: string, args: CallArgs): ForeignOutcome {
  const shorthand = ACTIONS[method];
  if (shorthand) {
    draft[shorthand[0]] = shorthand[1];
    return 'applied';
  }
  if (IGNORED.has(method)) return 'applied';
  switch (method) {
    case 'references': {
      const columns = asStringList(args.value(0, 'columns'));
      if (!columns) return { unresolved: 'references() columns are not literal' };
      draft.refColumns = columns;
      return 'applied';
    }
    case 'on': {
      const table = args.value(0, 'table');
      if (table?.kind !== 'string') return { unresolved: 'on() table is not a literal' };
      draft.refTable = table.value;
      return 'applied';
    }
    case 'onDelete':
    case 'onUpdate': {
      const action = args.value(0, 'action');
      if (action?.kind !== 'string') return { unresolved: `${method}() action is not a literal` };
      draft[method] = action.value.toLowerCase();
      return 'applied';
    }
    default:
      return 'unknown';
  }
}

/**
 * `constrained($table = null, $column = 'id', $indexName = null)` on a foreignId column:
 * without a table, Laravel takes the column name before `_{column}` and pluralises it
 * (`author_id` → `authors`); foreignIdFor() knows the model's table instead.
 */
export function constrain(column: string, modelTable: string | null, args: CallArgs): ForeignDraft | { unresolved: string } {
  const refColumn = args.has(1, 'column') ? args.value(1, 'column') : { kind: 'string', value: 'id' } as const;
  if (refColumn?.kind !== 'string') return { unresolved: 'constrained() column is not a literal' };
  let table = modelTable ?? plural(beforeLast(column, `_${refColumn.value}`));
  if (args.has(0, 'table')) {
    const given = args.value(0, 'table');
    if (given?.kind === 'string') table = given.value;
    else if (given?.kind !== 'null') return { unresolved: 'constrained() table is not a literal' };
  }
  let name: string | null = null;
  if (args.has(2, 'indexName')) {
    const given = args.value(2, 'indexName');
    if (given?.kind === 'string') name = given.value;
    else if (given?.kind !== 'null') return { unresolved: 'constrained() index name is not a literal' };
  }
  const draft = newForeign([column], name);
  draft.refTable = table;
  draft.refColumns = [refColumn.value];
  return draft;
}

/** The addForeignKey operation, or an opaque one when the chain never said which table. */
export function finishForeign(draft: ForeignDraft, state: BlueprintState, line: number): OperationBody {
  if (draft.refTable === null || draft.refColumns.length === 0) {
    return { kind: 'opaque', reason: `foreign key on ${state.fullTable}(${draft.columns.join(', ')}) has no references()/on()` };
  }
  return {
    kind: 'addForeignKey',
    table: state.fullTable,
    foreignKey: {
      name: draft.name ?? state.indexName(draft.columns, 'foreign'),
      columns: draft.columns,
      refTable: state.analysis.table(draft.refTable),
      refColumns: draft.refColumns,
      onDelete: draft.onDelete,
      onUpdate: draft.onUpdate,
      at: { file: state.analysis.file, line },
    },
  };
}
