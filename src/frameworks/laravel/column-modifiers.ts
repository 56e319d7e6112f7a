/**
 * Column modifiers (Illuminate\Database\Schema\ColumnDefinition): what each one
 * changes on the column being built.
 */
import type { ColumnDefault } from '../../model/index.js';
import { FLUENT_INDEXES, type ColumnDraft, type FluentIndex } from './blueprint-state.js';
import type { CallArgs } from './call-args.js';
import type { StaticValue } from './php-values.js';

/**
 * What applying a modifier did. `unresolved` means its argument is not static and the
 * column cannot be described; `unknown` means the method is not a column modifier.
 */
export type ModifierOutcome =
  | { readonly kind: 'applied' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unresolved'; readonly reason: string }
  /** `default(...)` with a value that is not a literal: the column stays, its default is unknown. */
  | { readonly kind: 'defaultUnknown' };

const APPLIED: ModifierOutcome = { kind: 'applied' };

/**
 * Modifiers with no trace a dump comparison uses: placement (`after`, `first`),
 * character set and collation, identity/sequence options, and `useCurrentOnUpdate`
 * (MySQL's ON UPDATE clause, which the model does not carry).
 */
const IGNORED = new Set([
  'after', 'first', 'charset', 'collation', 'invisible', 'from', 'startingValue', 'srid', 'persisted',
  'always', 'generatedAs', 'isGeometry', 'projection', 'useCurrentOnUpdate', 'lock', 'instant',
]);

export function applyModifier(draft: ColumnDraft, method: string, args: CallArgs): ModifierOutcome {
  if (IGNORED.has(method)) return APPLIED;
  if ((FLUENT_INDEXES as readonly string[]).includes(method)) return fluentIndex(draft, method as FluentIndex, args);
  switch (method) {
    case 'nullable': {
      const value = args.has(0, 'value') ? args.value(0, 'value') : { kind: 'bool', value: true } as const;
      if (value?.kind !== 'bool') return { kind: 'unresolved', reason: 'nullable() argument is not a literal' };
      draft.nullable = value.value;
      return APPLIED;
    }
    case 'default': {
      const value = toDefault(args.value(0, 'value'));
      if (value === undefined) return { kind: 'defaultUnknown' };
      draft.default = value;
      return APPLIED;
    }
    case 'useCurrent':
      draft.default = { kind: 'expression', sql: 'CURRENT_TIMESTAMP' };
      return APPLIED;
    case 'unsigned':
      if (draft.type.kind === 'integer' || draft.type.kind === 'decimal') draft.type = { ...draft.type, unsigned: true };
      return APPLIED;
    case 'autoIncrement':
      draft.autoIncrement = true;
      return APPLIED;
    case 'change':
      draft.change = true;
      return APPLIED;
    case 'comment': {
      const value = args.value(0, 'comment');
      if (value?.kind !== 'string') return { kind: 'unresolved', reason: 'comment() argument is not a literal' };
      draft.comment = value.value;
      return APPLIED;
    }
    case 'storedAs':
    case 'virtualAs': {
      const value = args.value(0, 'expression');
      const expression = value?.kind === 'string' ? value.value : value?.kind === 'expression' ? value.sql : undefined;
      if (expression === undefined) return { kind: 'unresolved', reason: `${method}() expression is not a literal` };
      draft.generated = { kind: method === 'storedAs' ? 'stored' : 'virtual', expression };
      return APPLIED;
    }
    case 'type': {
      const value = args.value(0, 'type');
      if (value?.kind !== 'string') return { kind: 'unresolved', reason: 'type() argument is not a literal' };
      draft.type = { kind: 'raw', sql: value.value };
      return APPLIED;
    }
    default:
      return { kind: 'unknown' };
  }
}

/** `->unique()`, `->unique('name')`, `->unique(false)` (drops it when changing). */
function fluentIndex(draft: ColumnDraft, method: FluentIndex, args: CallArgs): ModifierOutcome {
  if (!args.has(0, 'indexName')) {
    draft.fluentIndexes.set(method, true);
    return APPLIED;
  }
  const value = args.value(0, 'indexName');
  if (value?.kind === 'string' || value?.kind === 'bool') {
    draft.fluentIndexes.set(method, value.value);
    return APPLIED;
  }
  return { kind: 'unresolved', reason: `${method}() index name is not a literal` };
}

/**
 * A literal default as the model stores it. `DB::raw(...)` and `new Expression(...)`
 * are SQL expressions; booleans stay booleans (Laravel writes them as '1'/'0', and each
 * dialect knows that). Arrays, enums and calls are not static.
 */
function toDefault(value: StaticValue | undefined): ColumnDefault | undefined {
  switch (value?.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return { kind: 'literal', value: value.value };
    case 'null':
      return { kind: 'literal', value: null };
    case 'expression':
      return { kind: 'expression', sql: value.sql };
    default:
      return undefined;
  }
}
