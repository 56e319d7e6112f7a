/**
 * The state one migration file's reading carries: where operations and warnings
 * go, the file's own functions and constants, and the limits that keep hostile
 * input (deep recursion, huge loops) bounded.
 */
import type { Diagnostic, Guard, Operation, SourceLocation } from '../../model/index.js';
import type { JsValue } from './js-values.js';
import type { ModuleContext, ModuleSet } from './modules.js';
import { type Ts, lineOf } from './ts-source.js';

/** Distributes `Omit` over the Operation union so each kind keeps its own fields. */
export type OperationBody = Operation extends infer O ? (O extends Operation ? Omit<O, 'guards' | 'at'> : never) : never;

/** Names in scope and the conditions the current statement runs under. */
export interface Scope {
  readonly env: Map<string, JsValue>;
  readonly parent: Scope | null;
  readonly guards: readonly Guard[];
  /**
   * The module whose top-level names this scope falls back on, set on the outermost
   * scope of code from an imported module; absent: the enclosing scope's, else the migration's.
   */
  readonly module?: ModuleContext;
}

const MAX_STEPS = 100_000;
const MAX_INLINE_DEPTH = 8;

export class Analysis {
  readonly operations: Operation[] = [];
  readonly warnings: Diagnostic[] = [];
  inlineDepth = 0;
  private steps = 0;

  constructor(
    readonly file: string,
    /** The migration's module and those its code imports, their top-level names evaluated when first used. */
    readonly modules: ModuleSet,
  ) {}

  /** Where a node is: in the migration, or in the imported module a helper of it lives in. */
  at(node: Ts.Node): SourceLocation {
    const module = this.modules.of(node.getSourceFile());
    return { file: module === this.modules.root ? this.file : module.file, line: lineOf(node) };
  }

  emit(body: OperationBody, node: Ts.Node, guards: readonly Guard[]): void {
    this.operations.push({ ...body, at: this.at(node), guards: [...guards] } as Operation);
  }

  opaque(node: Ts.Node, reason: string, guards: readonly Guard[]): void {
    this.emit({ kind: 'opaque', reason }, node, guards);
  }

  warn(code: string, message: string, node: Ts.Node): void {
    this.warnings.push({ code, message, at: this.at(node) });
  }

  /** Count one unit of work; false once the budget for this file is spent. */
  step(): boolean {
    this.steps++;
    return this.steps <= MAX_STEPS;
  }

  canInline(): boolean {
    return this.inlineDepth < MAX_INLINE_DEPTH;
  }
}

/** A scope with `names` bound on top of `parent`. */
export function childScope(parent: Scope, names: ReadonlyMap<string, JsValue> = new Map(), guards: readonly Guard[] = parent.guards): Scope {
  return { env: new Map(names), parent, guards };
}
