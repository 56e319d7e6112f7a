/**
 * Reads a call's arguments by position or by PHP 8 named argument, evaluating
 * them statically. Laravel's parameter names (`length:`, `precision:`) are part of
 * its API, so named arguments are matched against them.
 */
import type { Analysis, Scope } from './analysis-context.js';
import { child, field, type PhpNode } from './php-ast.js';
import type { StaticValue } from './php-values.js';
import { evaluate } from './static-eval.js';

export class CallArgs {
  constructor(
    private readonly nodes: readonly PhpNode[],
    private readonly scope: Scope,
    private readonly analysis: Analysis,
  ) {}

  /** The argument node at `index`, or the named argument `name`; null when absent. */
  node(index: number, name: string | null = null): PhpNode | null {
    const positional = this.nodes[index];
    if (positional && positional.kind !== 'namedargument' && !isSpread(positional)) {
      const before = this.nodes.slice(0, index);
      if (before.every((arg) => arg.kind !== 'namedargument')) return positional;
    }
    if (name === null) return null;
    const named = this.nodes.find((arg) => arg.kind === 'namedargument' && field(arg, 'name') === name);
    return named ? child(named, 'value') : null;
  }

  has(index: number, name: string | null = null): boolean {
    return this.node(index, name) !== null;
  }

  /** Static value of an argument; undefined when absent or not static (check `has`). */
  value(index: number, name: string | null = null): StaticValue | undefined {
    return evaluate(this.node(index, name), this.scope, this.analysis);
  }

  /** Every argument as a value, for variadic methods like `dropColumn('a', 'b')`. */
  values(): Array<StaticValue | undefined> {
    return this.nodes.map((arg) => (isSpread(arg) ? undefined : evaluate(arg, this.scope, this.analysis)));
  }
}

function isSpread(node: PhpNode): boolean {
  return node.kind === 'variadic';
}
