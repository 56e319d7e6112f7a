/**
 * Walks up()'s body without running it. Awaited calls, `return` chains
 * (`.then(() => …)`), `Promise.all([...])`, transactions opened with
 * `queryInterface.sequelize.transaction(async (t) => …)`, loops over literal
 * arrays and constants are followed; branches on the engine become engine guards;
 * whatever else decides what runs becomes a guard the dump cannot answer or an
 * opaque operation.
 */
import type { Guard } from '../../model/index.js';
import { queryInterfaceCall } from './query-interface-calls.js';
import type { Reading, Scope } from './reading.js';
import { evaluate, UNKNOWN, type Value } from './static-values.js';
import { morph, type Node } from './ts-source.js';
import type { FunctionLikeDeclaration } from './up-types.js';

/** Reads a list of statements in order; `const` bindings carry on to the next ones. */
export function walkStatements(statements: readonly Node[], scope: Scope, r: Reading): void {
  let current = scope;
  for (const statement of statements) current = walkStatement(statement, current, r);
}

function walkStatement(node: Node, scope: Scope, r: Reading): Scope {
  const { Node: N } = morph();
  if (N.isBlock(node)) {
    walkStatements(node.getStatements(), scope, r);
    return scope;
  }
  if (N.isExpressionStatement(node) || N.isReturnStatement(node)) {
    const expression = node.getExpression();
    if (expression !== undefined) walkExpression(expression, scope, r);
    return scope;
  }
  if (N.isVariableStatement(node)) return bindVariables(node.getDeclarations(), scope, r);
  if (N.isForOfStatement(node)) {
    walkLoop(node, scope, r);
    return scope;
  }
  if (N.isIfStatement(node)) {
    const guard = guardOf(node.getExpression(), scope);
    walkStatement(node.getThenStatement(), { ...scope, guards: [...scope.guards, guard] }, r);
    const otherwise = node.getElseStatement();
    if (otherwise !== undefined) walkStatement(otherwise, { ...scope, guards: [...scope.guards, negate(guard)] }, r);
    return scope;
  }
  // try { …; await t.commit() } catch (e) { await t.rollback(); throw e }: the try block is what runs.
  if (N.isTryStatement(node)) {
    walkStatements(node.getTryBlock().getStatements(), scope, r);
    return scope;
  }
  // Nothing after a throw runs, and the runner records no row: the migration never completes.
  if (N.isThrowStatement(node)) {
    r.opaque(node, scope, 'up() throws here, so the migration stops before it is recorded');
    return scope;
  }
  if (N.isFunctionDeclaration(node)) {
    const name = node.getName();
    return name === undefined ? scope : { ...scope, env: new Map([...scope.env, [name, { kind: 'function', node, env: scope.env }]]) };
  }
  if (N.isEmptyStatement(node)) return scope;
  r.opaque(node, scope, `a ${node.getKindName()} statement that cannot be read statically`);
  return scope;
}

function bindVariables(declarations: readonly import('ts-morph').VariableDeclaration[], scope: Scope, r: Reading): Scope {
  const { Node: N } = morph();
  const env = new Map(scope.env);
  for (const declaration of declarations) {
    const init = declaration.getInitializer();
    if (init === undefined) continue;
    const value = isTransactionOpen(init, scope) ? ({ kind: 'transaction' } as const) : valueOrWalk(init, scope, r);
    const name = declaration.getNameNode();
    if (N.isIdentifier(name)) env.set(name.getText(), value);
    else if (N.isObjectBindingPattern(name)) {
      for (const element of name.getElements()) {
        const key = element.getPropertyNameNode()?.getText() ?? element.getName();
        env.set(element.getName(), value.kind === 'object' ? (value.entries.get(key) ?? UNKNOWN(key)) : value.kind === 'library' ? { kind: 'library' } : UNKNOWN(key));
      }
    }
  }
  return { ...scope, env };
}

/** `await queryInterface.sequelize.transaction()` without a callback: a transaction the migration commits itself. */
function isTransactionOpen(node: Node, scope: Scope): boolean {
  const { Node: N } = morph();
  const call = N.isAwaitExpression(node) ? node.getExpression() : node;
  if (!N.isCallExpression(call) || call.getArguments().length > 0) return false;
  const callee = call.getExpression();
  return N.isPropertyAccessExpression(callee) && callee.getName() === 'transaction' && evaluate(callee.getExpression(), scope.env).kind === 'instance';
}

/** A value for a binding; a call that does something (a query interface call) is walked as well. */
function valueOrWalk(init: Node, scope: Scope, r: Reading): Value {
  const value = evaluate(init, scope.env);
  if (value.kind === 'unknown' && containsCall(init)) walkExpression(init, scope, r);
  return value;
}

function containsCall(node: Node): boolean {
  const { Node: N } = morph();
  return N.isCallExpression(node) || node.getDescendants().some((child) => N.isCallExpression(child));
}

function walkLoop(node: import('ts-morph').ForOfStatement, scope: Scope, r: Reading): void {
  const { Node: N } = morph();
  const list = evaluate(node.getExpression(), scope.env);
  const initializer = node.getInitializer();
  const declaration = N.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
  if (list.kind !== 'array' || declaration === undefined) {
    r.opaque(node, scope, `a loop over ${node.getExpression().getText()}, which is not a literal list`);
    return;
  }
  for (const item of list.items) {
    const bound = bindPattern(declaration.getNameNode(), item, scope);
    walkStatement(node.getStatement(), bound, r);
  }
}

function bindPattern(name: Node, value: Value, scope: Scope): Scope {
  const { Node: N } = morph();
  const env = new Map(scope.env);
  if (N.isIdentifier(name)) env.set(name.getText(), value);
  else if (N.isArrayBindingPattern(name)) {
    name.getElements().forEach((element, i) => {
      if (N.isBindingElement(element)) env.set(element.getName(), value.kind === 'array' ? (value.items[i] ?? UNKNOWN('')) : UNKNOWN(element.getText()));
    });
  } else if (N.isObjectBindingPattern(name)) {
    for (const element of name.getElements()) {
      const key = element.getPropertyNameNode()?.getText() ?? element.getName();
      env.set(element.getName(), value.kind === 'object' ? (value.entries.get(key) ?? UNKNOWN(key)) : UNKNOWN(key));
    }
  }
  return { ...scope, env };
}

/** Reads an expression for what it does: calls, chains, lists of promises. */
export function walkExpression(node: Node, scope: Scope, r: Reading): void {
  const { Node: N } = morph();
  if (N.isAwaitExpression(node) || N.isParenthesizedExpression(node) || N.isAsExpression(node) || N.isVoidExpression(node)) {
    walkExpression(node.getExpression(), scope, r);
    return;
  }
  if (N.isArrayLiteralExpression(node)) {
    for (const element of node.getElements()) walkExpression(element, scope, r);
    return;
  }
  if (N.isBinaryExpression(node) && node.getOperatorToken().getKind() === morph().SyntaxKind.CommaToken) {
    walkExpression(node.getLeft(), scope, r);
    walkExpression(node.getRight(), scope, r);
    return;
  }
  if (N.isCallExpression(node)) {
    walkCall(node, scope, r);
    return;
  }
  if (N.isIdentifier(node) || N.isLiteralExpression(node) || N.isArrowFunction(node) || N.isFunctionExpression(node)) return;
  r.opaque(node, scope, `an expression that cannot be read statically: ${shorten(node.getText())}`);
}

function walkCall(node: import('ts-morph').CallExpression, scope: Scope, r: Reading): void {
  const { Node: N } = morph();
  const callee = node.getExpression();
  const args = node.getArguments();
  const called = evaluate(callee, scope.env);
  if (called.kind === 'function') {
    inlineHelper(node, called, scope, r);
    return;
  }
  if (N.isPropertyAccessExpression(callee)) {
    const method = callee.getName();
    const owner = callee.getExpression();
    // a.then(() => b): a runs, then b.
    if (method === 'then' || method === 'finally') {
      walkExpression(owner, scope, r);
      const next = args[0];
      if (next !== undefined) walkCallback(next, [], scope, r);
      return;
    }
    if (method === 'catch') {
      walkExpression(owner, scope, r);
      return;
    }
    // Promise.all([a, b]) and Promise.all(list.map(x => …)): every element runs.
    if (owner.getText() === 'Promise' && (method === 'all' || method === 'allSettled')) {
      if (args[0] !== undefined) walkExpression(args[0], scope, r);
      return;
    }
    const target = evaluate(owner, scope.env);
    if (method === 'forEach' || method === 'map') {
      walkEach(node, evaluate(owner, scope.env), scope, r);
      return;
    }
    if (target.kind === 'instance' && method === 'transaction') {
      const body = args.find((arg) => N.isArrowFunction(arg) || N.isFunctionExpression(arg));
      if (body !== undefined) walkCallback(body, [{ kind: 'transaction' }], scope, r);
      return;
    }
    if (target.kind === 'transaction' && (method === 'commit' || method === 'rollback' || method === 'afterCommit')) return;
    if (target.kind === 'queryInterface' || target.kind === 'instance') {
      queryInterfaceCall(node, method, target.kind, scope, r);
      return;
    }
    if (owner.getText() === 'console') return;
  }
  r.opaque(node, scope, `calls ${shorten(callee.getText())}(), which is not read`);
}

/** Helpers calling helpers are followed this deep; a deeper call is opaque (recursion ends here too). */
const INLINE_DEPTH = 3;

/**
 * A call to a function the app declares (in the migration or a module it imports):
 * its body is read here, its parameters bound to the call's arguments as evaluated at
 * the call, its free names to those of the module that declares it.
 */
function inlineHelper(node: import('ts-morph').CallExpression, fn: Extract<Value, { kind: 'function' }>, scope: Scope, r: Reading): void {
  const depth = (scope.depth ?? 0) + 1;
  if (depth > INLINE_DEPTH) {
    r.opaque(node, scope, `calls ${shorten(node.getExpression().getText())}(), which nests helper calls too deeply to follow`);
    return;
  }
  const args = node.getArguments().map((arg) => evaluate(arg, scope.env));
  walkFunctionBody(fn.node, args, { env: fn.env, guards: scope.guards, depth }, r);
}

/** `list.forEach(x => …)` / `list.map(x => …)` over a literal list: once per item. */
function walkEach(node: import('ts-morph').CallExpression, list: Value, scope: Scope, r: Reading): void {
  const callback = node.getArguments()[0];
  if (list.kind !== 'array' || callback === undefined) {
    r.opaque(node, scope, `a loop over ${shorten(node.getExpression().getText())}, which is not a literal list`);
    return;
  }
  for (const item of list.items) walkCallback(callback, [item], scope, r);
}

/** A callback's body, its parameters bound to `args`. */
function walkCallback(node: Node, args: readonly Value[], scope: Scope, r: Reading): void {
  const { Node: N } = morph();
  if (!N.isArrowFunction(node) && !N.isFunctionExpression(node)) {
    r.opaque(node, scope, `a callback that cannot be read statically: ${shorten(node.getText())}`);
    return;
  }
  walkFunctionBody(node, args, scope, r);
}

/** Binds a function's parameters to `args` and reads its body. */
export function walkFunctionBody(fn: FunctionLikeDeclaration, args: readonly Value[], scope: Scope, r: Reading): void {
  const { Node: N } = morph();
  let inner = scope;
  fn.getParameters().forEach((parameter, i) => {
    inner = bindPattern(parameter.getNameNode(), args[i] ?? UNKNOWN(parameter.getText()), inner);
  });
  const body = fn.getBody();
  if (body === undefined) return;
  if (N.isBlock(body)) walkStatements(body.getStatements(), inner, r);
  else walkExpression(body, inner, r);
}

/**
 * An `if` condition as a guard: the engine when it compares `getDialect()` with literals;
 * a table's existence for `await queryInterface.tableExists(t)`; a column's for a member of
 * what `describeTable(t)` returned (`columns.c`, `columns['c']`, `'c' in columns`); negations
 * of those; anything else unknown.
 */
function guardOf(condition: Node, scope: Scope): Guard {
  const { Node: N, SyntaxKind } = morph();
  if (N.isParenthesizedExpression(condition) || N.isAwaitExpression(condition)) return guardOf(condition.getExpression(), scope);
  if (N.isPrefixUnaryExpression(condition) && condition.getOperatorToken() === SyntaxKind.ExclamationToken) {
    const inner = guardOf(condition.getOperand(), scope);
    return inner.kind === 'unknown' ? { kind: 'unknown', text: shorten(condition.getText()) } : negate(inner);
  }
  const existence = existenceGuard(condition, scope);
  if (existence !== null) return existence;
  if (N.isBinaryExpression(condition)) {
    const operator = condition.getOperatorToken().getKind();
    // dialect === 'mysql' || dialect === 'mariadb': either engine.
    if (operator === SyntaxKind.BarBarToken) {
      const left = guardOf(condition.getLeft(), scope);
      const right = guardOf(condition.getRight(), scope);
      if (left.kind === 'engine' && right.kind === 'engine' && !left.negated && !right.negated) {
        return { kind: 'engine', engines: [...new Set([...left.engines, ...right.engines])], negated: false };
      }
    }
    const equal = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
    const unequal = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
    if (equal || unequal) {
      const [call, literal] = isDialectCall(condition.getLeft(), scope) ? [condition.getLeft(), condition.getRight()] : [condition.getRight(), condition.getLeft()];
      const value = evaluate(literal, scope.env);
      const engine = value.kind === 'string' ? ENGINES[value.value] : undefined;
      if (isDialectCall(call, scope) && engine !== undefined) return { kind: 'engine', engines: [engine], negated: unequal };
    }
  }
  return { kind: 'unknown', text: shorten(condition.getText()) };
}

/** `queryInterface.tableExists(t)`, `columns.c`, `columns['c']`, `'c' in columns`; null for anything else. */
function existenceGuard(condition: Node, scope: Scope): Guard | null {
  const { Node: N, SyntaxKind } = morph();
  if (N.isCallExpression(condition)) {
    const callee = condition.getExpression();
    if (!N.isPropertyAccessExpression(callee) || callee.getName() !== 'tableExists') return null;
    if (evaluate(callee.getExpression(), scope.env).kind !== 'queryInterface') return null;
    const first = condition.getArguments()[0];
    const table = first === undefined ? null : evaluate(first, scope.env);
    return table?.kind === 'string' ? { kind: 'tableExists', table: table.value, negated: false } : null;
  }
  const column = (owner: Node, key: Value): Guard | null => {
    const columns = evaluate(owner, scope.env);
    return columns.kind === 'tableColumns' && key.kind === 'string' ? { kind: 'columnExists', table: columns.table, column: key.value, negated: false } : null;
  };
  if (N.isPropertyAccessExpression(condition)) return column(condition.getExpression(), { kind: 'string', value: condition.getName() });
  if (N.isElementAccessExpression(condition)) {
    const key = condition.getArgumentExpression();
    return key === undefined ? null : column(condition.getExpression(), evaluate(key, scope.env));
  }
  if (N.isBinaryExpression(condition) && condition.getOperatorToken().getKind() === SyntaxKind.InKeyword) {
    return column(condition.getRight(), evaluate(condition.getLeft(), scope.env));
  }
  return null;
}

/** Sequelize's dialect names (`getDialect()`) for the engines whose dumps migstamp reads; MariaDB's dumps read as MySQL's. */
const ENGINES: Readonly<Record<string, 'postgres' | 'mysql' | 'sqlite'>> = { postgres: 'postgres', mysql: 'mysql', mariadb: 'mysql', sqlite: 'sqlite' };

/** `queryInterface.sequelize.getDialect()`, called here or earlier into a constant. */
function isDialectCall(node: Node, scope: Scope): boolean {
  return evaluate(node, scope.env).kind === 'dialect';
}

function negate(guard: Guard): Guard {
  switch (guard.kind) {
    case 'unknown':
      return { kind: 'unknown', text: `not (${guard.text})` };
    case 'tableExists':
    case 'columnExists':
    case 'indexExists':
    case 'engine':
      return { ...guard, negated: !guard.negated };
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
