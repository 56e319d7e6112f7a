/**
 * Walks `up()` statement by statement without running it: awaited and returned
 * Knex calls in sequence, `if (await knex.schema.hasTable(…))` as guards, loops over
 * literal arrays unrolled, the file's own helper functions followed. What cannot be
 * told becomes an opaque operation with its line.
 */
import type { DialectName, Guard } from '../../model/index.js';
import { type Analysis, type Scope, childScope } from './analysis.js';
import { flattenChain, unwrap } from './chain.js';
import { evaluate, lookup, moduleOf, moduleScope } from './evaluate.js';
import { type JsValue, asString, unknownValue } from './js-values.js';
import { knexCall, negate } from './knex-calls.js';
import { tableCall } from './table-calls.js';
import { type Ts, typescript } from './ts-source.js';

export function walkStatements(statements: readonly Ts.Statement[], scope: Scope, a: Analysis): void {
  for (const statement of statements) {
    if (!a.step()) {
      a.opaque(statement, 'the migration is too large to read to the end', scope.guards);
      return;
    }
    walkStatement(statement, scope, a);
  }
}

function walkStatement(statement: Ts.Statement, scope: Scope, a: Analysis): void {
  const ts = typescript();
  if (ts.isBlock(statement)) return walkStatements(statement.statements, childScope(scope), a);
  if (ts.isExpressionStatement(statement)) return void effects(statement.expression, scope, a);
  if (ts.isReturnStatement(statement)) return void (statement.expression === undefined ? undefined : effects(statement.expression, scope, a));
  if (ts.isVariableStatement(statement)) return declare(statement, scope, a);
  if (ts.isIfStatement(statement)) return ifStatement(statement, scope, a);
  if (ts.isForOfStatement(statement)) return forOf(statement, scope, a);
  if (ts.isFunctionDeclaration(statement)) {
    if (statement.name !== undefined) scope.env.set(statement.name.text, { kind: 'function', node: statement });
    return;
  }
  if (ts.isTryStatement(statement)) {
    // A catch that swallows a failure lets up() succeed without the statements after it.
    a.warn('W-KNEX-TRY', 'a try block in up(): a failure inside it may be swallowed, so its statements may not all have run', statement);
    return walkStatements(statement.tryBlock.statements, childScope(scope, new Map(), [...scope.guards, { kind: 'unknown', text: 'inside try' }]), a);
  }
  // A run that reaches it fails and is not recorded: nothing after it is evidence of a run.
  if (ts.isThrowStatement(statement)) return a.opaque(statement, 'up() throws here', scope.guards);
  if (ts.isEmptyStatement(statement) || ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return;
  if (usesBuilder(statement, scope, a)) a.opaque(statement, `a ${ts.SyntaxKind[statement.kind]} that uses Knex cannot be read`, scope.guards);
}

/** `const x = …`: values are bound; awaited Knex calls run in order and bind what they answer. */
function declare(statement: Ts.VariableStatement, scope: Scope, a: Analysis): void {
  const ts = typescript();
  for (const declaration of statement.declarationList.declarations) {
    if (declaration.initializer === undefined) continue;
    const value = hasCall(declaration.initializer) ? effects(declaration.initializer, scope, a) : evaluate(declaration.initializer, scope, a);
    if (ts.isIdentifier(declaration.name)) scope.env.set(declaration.name.text, value);
  }
}

function hasCall(node: Ts.Node): boolean {
  const ts = typescript();
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return false;
  if (ts.isCallExpression(node) || ts.isAwaitExpression(node)) return true;
  return node.getChildren().some(hasCall);
}

function ifStatement(statement: Ts.IfStatement, scope: Scope, a: Analysis): void {
  const guard = condition(statement.expression, scope, a);
  walkStatement(statement.thenStatement, childScope(scope, new Map(), [...scope.guards, guard]), a);
  if (statement.elseStatement !== undefined) walkStatement(statement.elseStatement, childScope(scope, new Map(), [...scope.guards, negate(guard)]), a);
}

/** `for (const x of [...])` over a literal array, unrolled; any other loop is opaque. */
function forOf(statement: Ts.ForOfStatement, scope: Scope, a: Analysis): void {
  const ts = typescript();
  const items = evaluate(statement.expression, scope, a);
  const declaration = ts.isVariableDeclarationList(statement.initializer) ? statement.initializer.declarations[0] : undefined;
  if (items.kind !== 'array' || declaration === undefined || !ts.isIdentifier(declaration.name)) {
    if (usesBuilder(statement, scope, a)) a.opaque(statement, `a loop over ${statement.expression.getText()}, which is not a literal array`, scope.guards);
    return;
  }
  for (const item of items.items) {
    walkStatement(statement.statement, childScope(scope, new Map([[declaration.name.text, item]])), a);
  }
}

/**
 * What an expression does when it runs, and what it answers (a guard for
 * `hasTable()`). Expressions that touch neither Knex nor a table builder change nothing.
 */
export function effects(expression: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  const node = unwrap(expression);
  if (ts.isAwaitExpression(node)) return effects(node.expression, scope, a);
  if (ts.isCallExpression(node)) return callEffects(node, scope, a);
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) effects(element, scope, a);
    return unknownValue(node.getText());
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = effects(node.operand, scope, a);
    return inner.kind === 'guard' ? { kind: 'guard', guard: negate(inner.guard) } : unknownValue(node.getText());
  }
  if (usesBuilder(node, scope, a)) {
    a.opaque(node, `the expression ${shorten(node.getText())} cannot be read`, scope.guards);
    return unknownValue(node.getText());
  }
  return evaluate(node, scope, a);
}

function callEffects(node: Ts.CallExpression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  const callee = unwrap(node.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    // `promise.then(fn)`: the receiver first, then fn with what the receiver answers.
    if (method === 'then') {
      const answer = effects(callee.expression, scope, a);
      const next = node.arguments[0] === undefined ? undefined : evaluate(node.arguments[0], scope, a);
      if (next?.kind === 'function') return callFunction(next.node, [answer], node, scope, a);
      return unknownValue(node.getText());
    }
    if (method === 'catch' || method === 'finally') {
      a.warn('W-KNEX-CATCH', `.${method}() in up(): a failure it handles lets the migration succeed without the statements after it`, node);
      return effects(callee.expression, childScope(scope, new Map(), [...scope.guards, { kind: 'unknown', text: `before .${method}()` }]), a);
    }
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise' && (method === 'all' || method === 'allSettled')) {
      for (const argument of node.arguments) effects(argument, scope, a);
      return unknownValue(node.getText());
    }
    if (method === 'forEach' || method === 'map') {
      const items = evaluate(callee.expression, scope, a);
      const fn = node.arguments[0] === undefined ? undefined : evaluate(node.arguments[0], scope, a);
      if (items.kind === 'array' && fn?.kind === 'function') {
        for (const item of items.items) callFunction(fn.node, [item], node, scope, a);
        return unknownValue(node.getText());
      }
    }
  }
  const { root, links } = flattenChain(node);
  const base = ts.isIdentifier(root) ? lookup(root.text, scope, a) : unknownValue(root.getText());
  switch (base.kind) {
    case 'knex':
      return knexCall(links, node, scope, a);
    case 'table':
      tableCall(base.state, links, node, scope, a);
      return unknownValue(node.getText());
    case 'function':
      if (links.length === 1 && links[0]!.name === null) return callFunction(base.node, (links[0]!.args ?? []).map((arg) => evaluate(arg, scope, a)), node, scope, a);
      break;
    default:
      break;
  }
  if (usesBuilder(node, scope, a)) a.opaque(node, `the call ${shorten(node.getText())} cannot be read`, scope.guards);
  return unknownValue(node.getText());
}

/**
 * Runs a function written in the migration or a module it imports with `args` bound
 * to its parameters: a helper, a `.then()` callback, a table callback. Its body's
 * statements are walked in place; what they do is located in the helper's file.
 */
export function callFunction(fn: Ts.FunctionLikeDeclaration, args: readonly JsValue[], node: Ts.Node, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  if (!a.canInline()) {
    a.opaque(node, 'helper calls nest too deeply to follow', scope.guards);
    return unknownValue(node.getText());
  }
  const bound = new Map<string, JsValue>();
  fn.parameters.forEach((parameter, index) => {
    if (ts.isIdentifier(parameter.name)) bound.set(parameter.name.text, args[index] ?? unknownValue(parameter.name.text));
  });
  // A helper from an imported module sees that module's names, not the caller's.
  const home = a.modules.of(fn.getSourceFile());
  const inner = home === moduleOf(scope, a) ? childScope(scope, bound) : { env: bound, parent: moduleScope(home, scope.guards), guards: scope.guards };
  a.inlineDepth++;
  try {
    if (fn.body === undefined) return unknownValue(node.getText());
    if (ts.isBlock(fn.body)) {
      walkStatements(fn.body.statements, inner, a);
      return unknownValue(node.getText());
    }
    return effects(fn.body, inner, a);
  } finally {
    a.inlineDepth--;
  }
}

/** Does the node mention Knex or a table builder in scope (so that not reading it would hide a change)? */
function usesBuilder(node: Ts.Node, scope: Scope, a: Analysis): boolean {
  const ts = typescript();
  let found = false;
  const visit = (child: Ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(child)) {
      const value = lookup(child.text, scope, a);
      if (value.kind === 'knex' || value.kind === 'table') found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/**
 * The condition of an `if`: `await knex.schema.hasTable('t')`, its negation, a
 * variable holding one, or a branch on the engine (`knex.client.config.client === 'pg'`).
 * Anything else is an unknown condition: what it guards proves a run only when present.
 */
function condition(expression: Ts.Expression, scope: Scope, a: Analysis): Guard {
  const ts = typescript();
  const node = unwrap(expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return negate(condition(node.operand, scope, a));
  if (ts.isBinaryExpression(node)) {
    const engine = engineGuard(node, scope, a);
    if (engine !== null) return engine;
  }
  const value = ts.isAwaitExpression(node) || ts.isCallExpression(node) ? effects(node, scope, a) : evaluate(node, scope, a);
  if (value.kind === 'guard') return value.guard;
  return { kind: 'unknown', text: shorten(node.getText()) };
}

/** Client names Knex accepts (lib/dialects/index.js) by the engine they drive. */
const CLIENTS: Readonly<Record<string, DialectName>> = {
  pg: 'postgres',
  postgres: 'postgres',
  postgresql: 'postgres',
  pgnative: 'postgres',
  mysql: 'mysql',
  mysql2: 'mysql',
  mariadb: 'mysql',
  sqlite3: 'sqlite',
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
};

/** `knex.client.config.client === 'pg'` (or `!==`, either side); null when the expression is not one. */
function engineGuard(node: Ts.BinaryExpression, scope: Scope, a: Analysis): Guard | null {
  const ts = typescript();
  const operator = node.operatorToken.kind;
  const equal = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
  const unequal = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !unequal) return null;
  for (const [subject, literal] of [[node.left, node.right], [node.right, node.left]] as const) {
    const { root, links } = flattenChain(subject);
    if (!ts.isIdentifier(root) || lookup(root.text, scope, a).kind !== 'knex') continue;
    const path = links.map((link) => link.name).join('.');
    if (path !== 'client.config.client' && path !== 'client.dialect' && path !== 'client.driverName') continue;
    const client = asString(evaluate(literal, scope, a));
    const engine = client === null ? undefined : CLIENTS[client];
    if (engine === undefined) return null;
    return { kind: 'engine', engines: [engine], negated: unequal };
  }
  return null;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
