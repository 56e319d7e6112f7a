/**
 * Method chains (`knex.schema.createTable(…).createTable(…)`, `t.string('a').notNullable()`)
 * taken apart into the object they start from and the calls made on it, in order.
 */
import { type Ts, typescript } from './ts-source.js';

export interface Link {
  /** The method or property name; null for a direct call (`knex('users')`). */
  readonly name: string | null;
  /** The call's arguments; null for a property read (`knex.schema`). */
  readonly args: readonly Ts.Expression[] | null;
  readonly node: Ts.Expression;
}

export interface Chain {
  readonly root: Ts.Expression;
  readonly links: readonly Link[];
}

/** Parentheses, `as`, `!` and `satisfies` change nothing a migration does. */
export function unwrap(node: Ts.Expression): Ts.Expression {
  const ts = typescript();
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current)) {
    current = current.expression;
  }
  return current;
}

export function flattenChain(expression: Ts.Expression): Chain {
  const ts = typescript();
  const links: Link[] = [];
  let node = unwrap(expression);
  for (;;) {
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee)) {
        links.push({ name: callee.name.text, args: node.arguments, node });
        node = unwrap(callee.expression);
      } else {
        links.push({ name: null, args: node.arguments, node });
        node = callee;
      }
    } else if (ts.isPropertyAccessExpression(node)) {
      links.push({ name: node.name.text, args: null, node });
      node = unwrap(node.expression);
    } else {
      return { root: node, links: links.reverse() };
    }
  }
}

/** `a.b(…).c(…)` as text for messages: `b().c()`. */
export function describeLinks(links: readonly Link[]): string {
  return links.map((link) => (link.name ?? '') + (link.args === null ? '' : '()')).join('.');
}
