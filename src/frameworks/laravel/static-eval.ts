/**
 * Evaluates PHP expressions to static values: literals, concatenation, heredocs,
 * arrays, `self::`/`static::` constants, literal-initialised `$this->` properties,
 * local variables, `sprintf`/`implode` over those, and `DB::raw`/`Expression`.
 */
import type { Analysis, Scope } from './analysis-context.js';
import { doctrineValue } from './doctrine-calls.js';
import { child, children, field, flattenChain, identifierOf, shortClassName, type PhpNode } from './php-ast.js';
import { asString, asStringList, parseNumberLiteral, phpSprintf, type ArrayItem, type StaticValue } from './php-values.js';
import { isProjectFunction, magicConstant, projectFunction } from './project-values.js';

/** The static value of `node`, or undefined when it depends on anything run-time. */
export function evaluate(node: PhpNode | null, scope: Scope, a: Analysis): StaticValue | undefined {
  if (!node) return undefined;
  switch (node.kind) {
    case 'string':
    case 'nowdoc':
      return { kind: 'string', value: field(node, 'value') ?? '' };
    case 'encapsed':
      return evaluateInterpolated(node, scope, a);
    case 'number': {
      const value = parseNumberLiteral(field(node, 'value') ?? '');
      return value === undefined ? undefined : { kind: 'number', value };
    }
    case 'boolean':
      return { kind: 'bool', value: node['value'] === true };
    case 'nullkeyword':
      return { kind: 'null' };
    case 'unary':
      return evaluateUnary(node, scope, a);
    case 'bin':
      return evaluateBinary(node, scope, a);
    case 'array':
      return evaluateArray(node, scope, a);
    case 'variable': {
      const name = field(node, 'name');
      return name === null ? undefined : scope.env.get(name);
    }
    case 'staticlookup':
      return evaluateClassConstant(node, a);
    case 'propertylookup':
      return evaluateThisProperty(node, scope, a);
    case 'retif': {
      const test = evaluate(child(node, 'test'), scope, a);
      if (test?.kind !== 'bool') return undefined;
      return evaluate(child(node, test.value ? 'trueExpr' : 'falseExpr'), scope, a);
    }
    case 'cast':
      return field(node, 'type') === 'string' ? stringValue(asString(evaluate(child(node, 'expr'), scope, a))) : undefined;
    case 'new':
      return evaluateNew(node, scope, a);
    case 'call':
      return evaluateCall(node, scope, a);
    case 'closure':
    case 'arrowfunc':
      return { kind: 'closure', node, env: capturedEnv(node, scope.env, false) };
    case 'magic':
      return magicConstant(field(node, 'raw'), a);
    default:
      return undefined;
  }
}

/**
 * The variables a closure sees: its `use (...)` list (arrow functions see everything),
 * plus `$this` properties, since closures in a migration are bound to it. A closure
 * kept for later (`byReference` false) leaves out `use (&$x)`: it would see `$x` as it
 * is at the call, which the walk does not know when the closure is made.
 */
export function capturedEnv(callable: PhpNode, outer: ReadonlyMap<string, StaticValue>, byReference: boolean): Map<string, StaticValue> {
  const env = new Map<string, StaticValue>();
  for (const [name, value] of outer) {
    if (callable.kind === 'arrowfunc' || name.startsWith('this->')) env.set(name, value);
  }
  for (const used of children(callable, 'uses')) {
    const name = field(used, 'name');
    const value = name === null ? undefined : outer.get(name);
    if (name !== null && value && (byReference || used['byref'] !== true)) env.set(name, value);
  }
  return env;
}

function stringValue(text: string | undefined): StaticValue | undefined {
  return text === undefined ? undefined : { kind: 'string', value: text };
}

function evaluateInterpolated(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  let text = '';
  for (const part of children(node, 'value')) {
    const expr = part.kind === 'encapsedpart' ? child(part, 'expression') : part;
    const piece = expr?.kind === 'string' ? field(expr, 'value') ?? '' : asString(evaluate(expr, scope, a));
    if (piece === undefined) return undefined;
    text += piece;
  }
  return { kind: 'string', value: text };
}

function evaluateUnary(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  const inner = evaluate(child(node, 'what'), scope, a);
  const type = field(node, 'type');
  if (type === '!' && inner?.kind === 'bool') return { kind: 'bool', value: !inner.value };
  if (inner?.kind !== 'number') return undefined;
  if (type === '-') return { kind: 'number', value: -inner.value };
  if (type === '+') return inner;
  return undefined;
}

function evaluateBinary(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  const type = field(node, 'type');
  const left = evaluate(child(node, 'left'), scope, a);
  const right = evaluate(child(node, 'right'), scope, a);
  if (type === '.') {
    const l = asString(left);
    const r = asString(right);
    return l === undefined || r === undefined ? undefined : { kind: 'string', value: l + r };
  }
  if (type === '??') return left === undefined ? undefined : left.kind === 'null' ? right : left;
  if ((type === '===' || type === '!==') && isScalar(left) && isScalar(right)) {
    const same = left.kind === right.kind && (left.kind === 'null' || left.value === (right as typeof left).value);
    return { kind: 'bool', value: type === '===' ? same : !same };
  }
  return undefined;
}

type Scalar = Extract<StaticValue, { kind: 'string' | 'number' | 'bool' | 'null' }>;

function isScalar(value: StaticValue | undefined): value is Scalar {
  return value?.kind === 'string' || value?.kind === 'number' || value?.kind === 'bool' || value?.kind === 'null';
}

function evaluateArray(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  const items: ArrayItem[] = [];
  let nextIndex = 0;
  for (const item of children(node, 'items')) {
    const isEntry = item.kind === 'entry';
    if (isEntry && (item['unpack'] === true || item['byRef'] === true)) return undefined;
    const value = evaluate(isEntry ? child(item, 'value') : item, scope, a);
    if (value === undefined) return undefined;
    const keyNode = isEntry ? child(item, 'key') : null;
    let key: string | number = nextIndex;
    if (keyNode) {
      const keyValue = evaluate(keyNode, scope, a);
      if (keyValue?.kind === 'number' && Number.isInteger(keyValue.value)) key = keyValue.value;
      else if (keyValue?.kind === 'string') key = keyValue.value;
      else return undefined;
    }
    // PHP continues auto-numbering after the largest integer key seen so far.
    if (typeof key === 'number') nextIndex = Math.max(nextIndex, key + 1);
    const existing = items.findIndex((other) => other.key === key);
    if (existing >= 0) items[existing] = { key, value };
    else items.push({ key, value });
  }
  return { kind: 'array', items };
}

/** `self::TABLE`, `static::TABLE`, `OwnClass::TABLE` and `Foo::class`. */
function evaluateClassConstant(node: PhpNode, a: Analysis): StaticValue | undefined {
  const target = child(node, 'what');
  const offset = child(node, 'offset');
  const name = identifierOf(offset);
  if (!target || name === null || offset?.kind !== 'identifier') return undefined;
  if (name === 'class' && target.kind === 'name') return { kind: 'class', name: field(target, 'name') ?? '' };
  const ownClass = target.kind === 'selfreference' || target.kind === 'staticreference'
    || (target.kind === 'name' && a.cls.name !== null && shortClassName(target) === a.cls.name);
  if (!ownClass) return undefined;
  const initialiser = a.cls.constants.get(name);
  return initialiser ? evaluateMember(`const ${name}`, initialiser, a) : undefined;
}

function evaluateThisProperty(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  const target = child(node, 'what');
  const name = identifierOf(child(node, 'offset'));
  if (target?.kind !== 'variable' || field(target, 'name') !== 'this' || name === null) return undefined;
  const assigned = scope.env.get(`this->${name}`);
  if (assigned) return assigned;
  const initialiser = a.cls.properties.get(name);
  return initialiser ? evaluateMember(`property ${name}`, initialiser, a) : undefined;
}

/** Class-level initialisers see no local variables, and must not recurse into themselves. */
function evaluateMember(key: string, initialiser: PhpNode, a: Analysis): StaticValue | undefined {
  if (a.evaluating.has(key)) return undefined;
  a.evaluating.add(key);
  try {
    return evaluate(initialiser, { env: new Map(), guards: [] }, a);
  } finally {
    a.evaluating.delete(key);
  }
}

function evaluateNew(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  if (shortClassName(child(node, 'what')) !== 'Expression') return undefined;
  const sql = asString(evaluate(children(node, 'arguments')[0] ?? null, scope, a));
  return sql === undefined ? undefined : { kind: 'expression', sql };
}

function evaluateCall(node: PhpNode, scope: Scope, a: Analysis): StaticValue | undefined {
  const chain = flattenChain(node);
  const facade = shortClassName(chain.staticClass);
  const first = chain.links[0];
  const doctrine = doctrineValue(chain, scope, a);
  if (doctrine) return doctrine;
  if (facade === 'DB' && first?.method === 'raw' && chain.links.length === 1) {
    const sql = asString(evaluate(first.args[0] ?? null, scope, a));
    return sql === undefined ? undefined : { kind: 'expression', sql };
  }
  if (facade === 'Schema' && first?.method === 'connection' && chain.links.length === 1) {
    const name = evaluate(first.args[0] ?? null, scope, a);
    if (name?.kind === 'string') return { kind: 'schema', connection: name.value };
    return name?.kind === 'null' ? { kind: 'schema', connection: null } : undefined;
  }
  if (chain.links.at(-1)?.method === 'getTablePrefix') return tablePrefix(chain, a);
  if (chain.links.length > 0) return undefined;
  const fn = shortClassName(child(node, 'what'))?.toLowerCase();
  const args = children(node, 'arguments').map((arg) => evaluate(arg, scope, a));
  if (fn !== undefined && isProjectFunction(fn)) return projectFunction(fn, args, a);
  if (args.some((arg) => arg === undefined)) return undefined;
  const values = args as StaticValue[];
  if (fn === 'sprintf' && values[0]?.kind === 'string') return stringValue(phpSprintf(values[0].value, values.slice(1)));
  if ((fn === 'implode' || fn === 'join') && values.length === 2) {
    const separator = asString(values[0]);
    const pieces = asStringList(values[1]);
    return separator === undefined || pieces === undefined ? undefined : { kind: 'string', value: pieces.join(separator) };
  }
  return undefined;
}

/**
 * `DB::getTablePrefix()`, `DB::connection()->getTablePrefix()`,
 * `Schema::getConnection()->getTablePrefix()` and `$connection->getTablePrefix()`
 * (Illuminate\Database\Connection::getTablePrefix): the prefix of the connection the
 * dump belongs to. Known only when the project was read (`--app`); a migration on
 * another connection is not judged against this dump anyway.
 */
function tablePrefix(chain: ReturnType<typeof flattenChain>, a: Analysis): StaticValue | undefined {
  const facade = shortClassName(chain.staticClass);
  const rooted = facade === 'DB' || facade === 'Schema' || (chain.staticClass === null && chain.root.kind === 'variable');
  if (!rooted) return undefined;
  if (a.project === null) {
    a.unsettledBy('getTablePrefix() is the connection\'s prefix; give --app DIR');
    return undefined;
  }
  return { kind: 'string', value: a.prefix };
}
