/**
 * Walks the statements of `up()` (and of closures and inlined helpers) in order:
 * conditions become guards, early returns guard what follows, `foreach` over a
 * literal array is unrolled, and variables holding literals are tracked.
 * Control flow the walk cannot follow becomes an opaque operation.
 */
import type { Guard } from '../../model/index.js';
import type { Analysis, Scope } from './analysis-context.js';
import { analyseCall } from './calls.js';
import { conditionGuards } from './guards.js';
import { child, children, field, visitNodes, type PhpNode } from './php-ast.js';
import { asString, sameValue, type StaticValue } from './php-values.js';
import { capturedEnv, evaluate } from './static-eval.js';

/** How a statement list ended: fell through, or left by return/throw, break or continue. */
export type Flow = 'next' | 'return' | 'break' | 'continue';

/** A statement either ends the flow or falls through, possibly guarding what follows. */
type StatementResult = Flow | { readonly after: readonly Guard[] };

/** Statements that neither change the schema nor affect what the walk knows. */
const INERT = new Set([
  'echo', 'inline', 'global', 'static', 'unset', 'noop', 'declare', 'usegroup', 'function', 'class', 'interface',
  'trait', 'enum', 'namespace', 'constantstatement',
]);

export function walkStatements(statements: readonly PhpNode[], scope: Scope, a: Analysis): Flow {
  let guards = scope.guards;
  for (const statement of statements) {
    if (!a.step()) {
      a.opaque(statement, 'the migration is too large or loops too much to analyse', guards);
      return 'return';
    }
    const result = walkStatement(statement, { env: scope.env, guards }, a);
    if (typeof result === 'object') guards = [...guards, ...result.after];
    else if (result !== 'next') return result;
  }
  return 'next';
}

/** Walk a closure, arrow function or method body. */
export function walkCallable(callable: PhpNode, scope: Scope, a: Analysis): Flow {
  const body = child(callable, 'body');
  if (!body) return 'next';
  if (callable.kind === 'arrowfunc') {
    walkExpression(body, scope, a);
    return 'next';
  }
  return walkStatements(children(body, 'children'), scope, a);
}

/** The scope inside a closure written in place (called now, so `use (&$x)` sees `$x` as it is). */
export function closureScope(callable: PhpNode, outer: Scope): Scope {
  return { env: capturedEnv(callable, outer.env, true), guards: outer.guards };
}

/** A callback and the scope it runs in, under the guards of the call that runs it. */
export interface Callback {
  readonly callable: PhpNode;
  readonly scope: Scope;
}

/**
 * A callback argument: a closure written in place, or a variable holding one
 * (`Schema::table('books', $addColumn)`, as BookStack's migrations do). Null for
 * anything else (a method name string, an invokable object), which stays opaque.
 */
export function callbackArgument(node: PhpNode | null, scope: Scope, a: Analysis): Callback | null {
  if (node?.kind === 'closure' || node?.kind === 'arrowfunc') return { callable: node, scope: closureScope(node, scope) };
  const value = node?.kind === 'variable' ? evaluate(node, scope, a) : undefined;
  if (value?.kind !== 'closure') return null;
  return { callable: value.node, scope: { env: new Map(value.env), guards: scope.guards } };
}

function walkStatement(statement: PhpNode, scope: Scope, a: Analysis): StatementResult {
  switch (statement.kind) {
    case 'expressionstatement': {
      const expression = child(statement, 'expression');
      if (expression?.kind === 'exit') return 'return';
      if (expression) walkExpression(expression, scope, a);
      return 'next';
    }
    case 'block':
      return walkStatements(children(statement, 'children'), scope, a);
    case 'if':
      return walkIf(statement, scope, a);
    case 'foreach':
      return walkForeach(statement, scope, a);
    case 'try':
      return walkTry(statement, scope, a);
    case 'return': {
      const expression = child(statement, 'expr');
      if (expression) walkExpression(expression, scope, a);
      return 'return';
    }
    case 'throw':
      return 'return';
    case 'break':
      return 'break';
    case 'continue':
      return 'continue';
    default:
      if (INERT.has(statement.kind)) return 'next';
      a.opaque(statement, `${statement.kind} statement the analysis does not follow`, scope.guards);
      return 'next';
  }
}

function walkBranch(node: PhpNode, scope: Scope, a: Analysis): Flow {
  return walkStatements(node.kind === 'block' ? children(node, 'children') : [node], scope, a);
}

function walkIf(statement: PhpNode, scope: Scope, a: Analysis): StatementResult {
  const test = child(statement, 'test');
  const body = child(statement, 'body');
  const alternate = child(statement, 'alternate');
  const known = evaluate(test, scope, a);
  if (known?.kind === 'bool') {
    const taken = known.value ? body : alternate;
    return taken ? walkBranch(taken, scope, a) : 'next';
  }
  const whenTrue = conditionGuards(test, true, scope, a);
  const whenFalse = conditionGuards(test, false, scope, a);
  const thenEnv = new Map(scope.env);
  const elseEnv = new Map(scope.env);
  const thenFlow = body ? walkBranch(body, { env: thenEnv, guards: [...scope.guards, ...whenTrue] }, a) : 'next';
  const elseFlow = alternate ? walkBranch(alternate, { env: elseEnv, guards: [...scope.guards, ...whenFalse] }, a) : 'next';
  mergeEnv(scope.env, thenFlow === 'next' ? thenEnv : null, elseFlow === 'next' ? elseEnv : null);
  if (thenFlow !== 'next' && elseFlow !== 'next') return thenFlow;
  // `if (Schema::hasTable('x')) { return; }` guards everything after it with the opposite.
  if (thenFlow !== 'next') return { after: whenFalse };
  if (elseFlow !== 'next') return { after: whenTrue };
  return 'next';
}

/** After a branch, a variable keeps its value only if every path that falls through agrees. */
function mergeEnv(target: Map<string, StaticValue>, left: Map<string, StaticValue> | null, right: Map<string, StaticValue> | null): void {
  const sources = [left, right].filter((env): env is Map<string, StaticValue> => env !== null);
  if (sources.length === 0) return;
  const names = new Set([...target.keys(), ...sources.flatMap((env) => [...env.keys()])]);
  target.clear();
  for (const name of names) {
    const first = sources[0]!.get(name);
    if (first && sources.every((env) => sameValue(env.get(name), first))) target.set(name, first);
  }
}

/** Unroll `foreach` over a literal array; anything else is opaque. */
function walkForeach(statement: PhpNode, scope: Scope, a: Analysis): StatementResult {
  const source = evaluate(child(statement, 'source'), scope, a);
  const keyName = variableName(child(statement, 'key'));
  const valueNode = child(statement, 'value');
  const valueName = variableName(valueNode);
  const body = child(statement, 'body');
  if (source?.kind !== 'array' || valueName === null || !body) {
    a.opaque(statement, 'foreach over a value that is not a literal array', scope.guards);
    return 'next';
  }
  for (const item of source.items) {
    if (keyName !== null) scope.env.set(keyName, typeof item.key === 'number' ? { kind: 'number', value: item.key } : { kind: 'string', value: item.key });
    scope.env.set(valueName, item.value);
    const flow = walkBranch(body, scope, a);
    if (flow === 'break') break;
    if (flow === 'return') return 'return';
  }
  return 'next';
}

/** The `try` block runs as written; a `catch` block only when something failed. */
function walkTry(statement: PhpNode, scope: Scope, a: Analysis): StatementResult {
  const body = child(statement, 'body');
  const flow = body ? walkBranch(body, scope, a) : 'next';
  for (const handler of children(statement, 'catches')) {
    const caught = children(handler, 'what').map((name) => field(name, 'name') ?? '?').join('|');
    const handlerBody = child(handler, 'body');
    const guard: Guard = { kind: 'unknown', text: `an exception ${caught} was caught` };
    if (handlerBody) walkBranch(handlerBody, { env: new Map(scope.env), guards: [...scope.guards, guard] }, a);
  }
  const always = child(statement, 'always');
  if (always) walkBranch(always, scope, a);
  return flow;
}

function variableName(node: PhpNode | null): string | null {
  return node?.kind === 'variable' ? field(node, 'name') : null;
}

/** An expression used as a statement (or the right side of an assignment). */
export function walkExpression(expression: PhpNode, scope: Scope, a: Analysis): void {
  switch (expression.kind) {
    case 'assign':
      return walkAssign(expression, scope, a);
    case 'call':
      return analyseCall(expression, scope, a);
    case 'post':
    case 'pre': {
      const name = variableName(child(expression, 'what'));
      if (name !== null) scope.env.delete(name);
      return;
    }
    default:
      if (containsCall(expression)) a.opaque(expression, `${expression.kind} expression with calls the analysis does not follow`, scope.guards);
  }
}

function walkAssign(expression: PhpNode, scope: Scope, a: Analysis): void {
  const left = child(expression, 'left');
  const right = child(expression, 'right');
  // Constructors on the right (`new Expression(...)`, `new User`) build values; calls may act.
  if (right?.kind === 'call') walkExpression(right, scope, a);
  const operator = field(expression, 'operator');
  const key = assignmentKey(left);
  if (key === null) {
    if (left?.kind === 'list' || left?.kind === 'array') {
      visitNodes(left, (node) => {
        const name = variableName(node);
        if (name !== null) scope.env.delete(name);
      });
    }
    return;
  }
  let value = evaluate(right, scope, a);
  if (operator === '.=') {
    const before = asString(scope.env.get(key));
    const added = asString(value);
    value = before === undefined || added === undefined ? undefined : { kind: 'string', value: before + added };
  } else if (operator !== '=') {
    value = undefined;
  }
  if (value) scope.env.set(key, value);
  else scope.env.delete(key);
}

/** `$name` → `name`, `$this->name` → `this->name`; null for other targets. */
function assignmentKey(left: PhpNode | null): string | null {
  if (!left) return null;
  if (left.kind === 'variable') return field(left, 'name');
  if (left.kind === 'propertylookup' && variableName(child(left, 'what')) === 'this') {
    const offset = child(left, 'offset');
    return offset?.kind === 'identifier' ? `this->${field(offset, 'name') ?? ''}` : null;
  }
  return null;
}

function containsCall(node: PhpNode): boolean {
  let found = false;
  visitNodes(node, (inner) => {
    if (inner.kind === 'call' || inner.kind === 'new' || inner.kind === 'include' || inner.kind === 'eval') found = true;
  });
  return found;
}
