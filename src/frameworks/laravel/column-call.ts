/**
 * The argument reader and result shape shared by the Blueprint column methods:
 * what one call such as `$table->decimal('amount', 10, 2)` adds to the table.
 */
import type { LogicalType } from '../../model/index.js';
import type { Analysis } from './analysis-context.js';
import { newDraft, type ColumnDraft } from './blueprint-state.js';
import type { CallArgs } from './call-args.js';
import type { PhpNode } from './php-ast.js';
import { asInteger, asStringList, type StaticValue } from './php-values.js';

export interface ColumnMethodResult {
  readonly columns: ColumnDraft[];
  /** Index commands the method issues itself (`morphs()`): columns and optional name. */
  readonly indexes: ReadonlyArray<{ readonly columns: readonly string[]; readonly name: string | null }>;
  /** False for methods that return nothing to chain on (`timestamps()`, `morphs()`). */
  readonly chainable: boolean;
  /** Set for foreignId-style columns: `constrained()` then names a table. */
  readonly foreign: { readonly modelTable: string | null } | null;
}

/** Reads a column method's arguments; any non-static argument makes the call unresolved. */
export class ColumnCall {
  unresolved: string | null = null;

  constructor(
    readonly method: string,
    readonly args: CallArgs,
    readonly node: PhpNode,
    readonly analysis: Analysis,
  ) {}

  private fail(what: string): void {
    this.unresolved ??= `${this.method}(): ${what} is not a literal`;
  }

  /** A string argument; `fallback` when absent, '' (and unresolved) when not static. */
  string(index: number, name: string, fallback: string | null = null): string {
    const value = this.args.value(index, name);
    if (value?.kind === 'string') return value.value;
    if (!this.args.has(index, name) && fallback !== null) return fallback;
    this.fail(`argument ${name}`);
    return '';
  }

  /** An integer argument; `fallback` when absent or null. */
  int(index: number, name: string, fallback: number | null): number | null {
    if (!this.args.has(index, name)) return fallback;
    const value = this.args.value(index, name);
    if (value?.kind === 'null') return fallback;
    const number = asInteger(value);
    if (number === undefined) this.fail(`argument ${name}`);
    return number ?? null;
  }

  bool(index: number, name: string, fallback: boolean): boolean {
    if (!this.args.has(index, name)) return fallback;
    const value = this.args.value(index, name);
    if (value?.kind === 'bool') return value.value;
    this.fail(`argument ${name}`);
    return fallback;
  }

  strings(index: number, name: string): string[] {
    const list = asStringList(this.args.value(index, name));
    if (list === undefined) this.fail(`argument ${name}`);
    return list ?? [];
  }

  raw(index: number, name: string): StaticValue | undefined {
    return this.args.value(index, name);
  }

  column(type: LogicalType, nameIndex = 0, fallbackName: string | null = null): ColumnDraft {
    return newDraft(this.string(nameIndex, 'column', fallbackName), type, this.node);
  }
}
