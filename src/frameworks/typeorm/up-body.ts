/**
 * Walks the statements of a migration's `up(queryRunner)` without running them:
 * QueryRunner calls become operations, `const` names are remembered for later
 * expressions, `if` conditions become guards, and loops over literal lists are
 * unrolled. A helper function handed the QueryRunner is followed one level deep;
 * other code that hands the QueryRunner to something not read here is opaque.
 */
import { dirname, join, relative } from 'node:path';
import type { CallExpression, Node } from 'ts-morph';
import { bindingOf } from './module-bindings.js';
import type { DialectName, Guard, Operation } from '../../model/index.js';
import { queryRunnerCall } from './query-runner-calls.js';
import { type Env, type Value, evaluate, textOf } from './static-values.js';
import { tsMorph } from '../ts-morph.js';

export interface Walk {
  readonly file: string;
  /** The name `up()` gives its QueryRunner parameter (or a helper its own). */
  readonly runner: string;
  readonly operations: Operation[];
  /** Whether this walks a helper's body: helpers are followed one level deep. */
  readonly inHelper: boolean;
}

interface Scope {
  readonly env: Map<string, Value>;
  readonly guards: readonly Guard[];
}

/** Walks statements in order; returns false when one of them ends the block (`return`, `throw`). */
export function walkStatements(statements: readonly Node[], scope: Scope, walk: Walk): boolean {
  for (const statement of statements) {
    if (!walkStatement(statement, scope, walk)) return false;
  }
  return true;
}

function walkStatement(node: Node, scope: Scope, walk: Walk): boolean {
  const { Node: N, VariableDeclarationKind } = tsMorph();
  if (N.isExpressionStatement(node)) {
    expression(node.getExpression(), scope, walk);
    return true;
  }
  if (N.isVariableStatement(node)) {
    for (const declaration of node.getDeclarations()) {
      const initializer = declaration.getInitializer();
      if (initializer === undefined) continue;
      expression(initializer, scope, walk);
      // Only a const keeps its value for later statements; a let may change in code not followed.
      const name = declaration.getNameNode();
      if (N.isIdentifier(name) && node.getDeclarationKind() === VariableDeclarationKind.Const) scope.env.set(name.getText(), evaluate(initializer, scope.env));
    }
    return true;
  }
  if (N.isBlock(node)) return walkStatements(node.getStatements(), { env: new Map(scope.env), guards: scope.guards }, walk);
  if (N.isIfStatement(node)) {
    const guard = guardOf(node.getExpression(), scope.env, walk);
    const negated = negate(guard);
    walkStatements([node.getThenStatement()], { env: new Map(scope.env), guards: [...scope.guards, guard] }, walk);
    const otherwise = node.getElseStatement();
    if (otherwise !== undefined) walkStatements([otherwise], { env: new Map(scope.env), guards: [...scope.guards, negated] }, walk);
    return true;
  }
  if (N.isForOfStatement(node)) return forOf(node, scope, walk);
  if (N.isReturnStatement(node) || N.isThrowStatement(node)) {
    const value = node.getExpression();
    if (value !== undefined) expression(value, scope, walk);
    return false;
  }
  if (N.isEmptyStatement(node)) return true;
  if (mentionsRunner(node, walk)) opaque(node, `code not read by migstamp uses the QueryRunner: ${firstLine(node)}`, scope, walk);
  return true;
}

/** `for (const x of ["a", "b"]) { … }`: the body once per item, with `x` bound to it. */
function forOf(node: Node, scope: Scope, walk: Walk): boolean {
  const { Node: N } = tsMorph();
  if (!N.isForOfStatement(node)) return true;
  const list = evaluate(node.getExpression(), scope.env);
  const binding = node.getInitializer();
  const name = N.isVariableDeclarationList(binding) ? binding.getDeclarations()[0]?.getNameNode() : undefined;
  if (list.kind !== 'array' || name === undefined || !N.isIdentifier(name)) {
    if (mentionsRunner(node, walk)) opaque(node, `a loop over ${node.getExpression().getText()}, which is not known statically`, scope, walk);
    return true;
  }
  for (const item of list.items) {
    const env = new Map(scope.env).set(name.getText(), item);
    walkStatements([node.getStatement()], { env, guards: scope.guards }, walk);
  }
  return true;
}

/** An expression's effects: QueryRunner calls, wherever they stand in it. */
function expression(node: Node, scope: Scope, walk: Walk): void {
  const { Node: N } = tsMorph();
  const inner = unwrap(node);
  if (N.isCallExpression(inner)) {
    const callee = inner.getExpression();
    if (N.isPropertyAccessExpression(callee)) {
      const receiver = callee.getExpression().getText();
      const method = callee.getName();
      const args = inner.getArguments().map((arg) => evaluate(arg, scope.env));
      const at = { file: walk.file, line: inner.getStartLineNumber() };
      const text = firstLine(inner);
      if (receiver === walk.runner) {
        walk.operations.push(...queryRunnerCall({ method, args, at, guards: scope.guards, text }));
        return;
      }
      if (receiver === `${walk.runner}.manager` || receiver === `${walk.runner}.connection`) {
        if (method === 'query') walk.operations.push(...queryRunnerCall({ method, args, at, guards: scope.guards, text }));
        else walk.operations.push({ kind: 'dataChange', table: textOf(args[0]), description: `${text}: an entity manager write`, at, guards: scope.guards });
        return;
      }
    }
  }
  if (N.isCallExpression(inner) && !walk.inHelper && inlineHelper(inner, scope, walk)) return;
  if (mentionsRunner(inner, walk)) opaque(inner, `code not read by migstamp uses the QueryRunner: ${firstLine(inner)}`, scope, walk);
}

/**
 * `await helper(queryRunner, "tickets")`: a function of this module or one it imports,
 * handed the QueryRunner, is walked once with its parameters bound to the call's values
 * (or their defaults), its operations placed at the call, its unread code named by its
 * own file and line. Returns false when the callee is not such a function.
 */
function inlineHelper(call: CallExpression, scope: Scope, walk: Walk): boolean {
  const { Node: N } = tsMorph();
  const callee = call.getExpression();
  if (!N.isIdentifier(callee)) return false;
  const binding = bindingOf(call.getSourceFile(), callee.getText());
  if (binding === null || binding.kind !== 'function') return false;
  const helper = binding.declaration;
  const body = helper.getBody();
  const args = call.getArguments();
  const env = new Map<string, Value>();
  let runner: string | null = null;
  for (const [position, parameter] of helper.getParameters().entries()) {
    const name = parameter.getNameNode();
    if (!N.isIdentifier(name)) return false;
    const arg = args[position];
    if (arg !== undefined && N.isIdentifier(arg) && arg.getText() === walk.runner) runner = name.getText();
    else if (arg !== undefined) env.set(name.getText(), evaluate(arg, scope.env));
    else env.set(name.getText(), parameter.getInitializer() === undefined ? { kind: 'null' } : evaluate(parameter.getInitializer()!, new Map()));
  }
  if (runner === null || body === undefined) return false;
  const file = helper.getSourceFile();
  const where = relative(dirname(call.getSourceFile().getFilePath()), file.getFilePath()).replace(/\\/g, '/');
  // The helper's own objects (columns, keys) keep their place in its file; each operation stands at the call.
  const inner: Walk = { file: join(dirname(walk.file), where), runner, operations: [], inHelper: true };
  const helperScope = { env, guards: scope.guards };
  if (N.isBlock(body)) walkStatements(body.getStatements(), helperScope, inner);
  else expression(body, helperScope, inner);
  const at = { file: walk.file, line: call.getStartLineNumber() };
  for (const operation of inner.operations) {
    walk.operations.push(operation.kind === 'opaque' ? { ...operation, at, reason: `${operation.reason} (in ${callee.getText()}, ${where}:${operation.at.line})` } : { ...operation, at });
  }
  return true;
}

function unwrap(node: Node): Node {
  const { Node: N } = tsMorph();
  if (N.isAwaitExpression(node) || N.isParenthesizedExpression(node) || N.isNonNullExpression(node) || N.isAsExpression(node)) return unwrap(node.getExpression());
  return node;
}

/** TypeORM's driver types as the dump's dialects. */
const ENGINES: Readonly<Record<string, DialectName>> = {
  postgres: 'postgres',
  cockroachdb: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
};

/**
 * A condition as a guard: `await queryRunner.hasTable(t)`, `hasColumn(t, c)`, and a
 * comparison of the driver's type (`queryRunner.connection.options.type === "postgres"`)
 * are decided by the dump; anything else is an unknown condition.
 */
function guardOf(node: Node, env: Env, walk: Walk): Guard {
  const { Node: N, SyntaxKind } = tsMorph();
  const inner = unwrap(node);
  if (N.isPrefixUnaryExpression(inner) && inner.getOperatorToken() === SyntaxKind.ExclamationToken) return negate(guardOf(inner.getOperand(), env, walk));
  if (N.isCallExpression(inner)) {
    const callee = inner.getExpression();
    const args = inner.getArguments().map((arg) => textOf(evaluate(arg, env)));
    if (N.isPropertyAccessExpression(callee) && callee.getExpression().getText() === walk.runner) {
      const table = args[0]?.split('.').pop() ?? null;
      if (callee.getName() === 'hasTable' && table !== null) return { kind: 'tableExists', table, negated: false };
      if (callee.getName() === 'hasColumn' && table !== null && args[1] !== null && args[1] !== undefined) {
        return { kind: 'columnExists', table, column: args[1], negated: false };
      }
    }
  }
  if (N.isBinaryExpression(inner)) {
    const operator = inner.getOperatorToken().getKind();
    const equal = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
    const unequal = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
    const sides = [inner.getLeft(), inner.getRight()];
    const typeSide = sides.find((side) => isDriverType(side.getText(), walk.runner));
    const valueSide = sides.find((side) => side !== typeSide);
    const engine = valueSide === undefined ? null : ENGINES[textOf(evaluate(valueSide, env)) ?? ''];
    if ((equal || unequal) && typeSide !== undefined && engine !== undefined && engine !== null) {
      return { kind: 'engine', engines: [engine], negated: unequal };
    }
  }
  return { kind: 'unknown', text: inner.getText() };
}

function isDriverType(text: string, runner: string): boolean {
  const compact = text.replace(/\s+/g, '').replace(/\?\./g, '.');
  return [`${runner}.connection.options.type`, `${runner}.connection.driver.options.type`].includes(compact);
}

function negate(guard: Guard): Guard {
  return guard.kind === 'unknown' ? { kind: 'unknown', text: `!(${guard.text})` } : { ...guard, negated: !guard.negated };
}

function mentionsRunner(node: Node, walk: Walk): boolean {
  const { Node: N, SyntaxKind } = tsMorph();
  if (N.isIdentifier(node)) return node.getText() === walk.runner;
  return node.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => id.getText() === walk.runner);
}

function opaque(node: Node, reason: string, scope: Scope, walk: Walk): void {
  walk.operations.push({ kind: 'opaque', reason, at: { file: walk.file, line: node.getStartLineNumber() }, guards: scope.guards });
}

function firstLine(node: Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
