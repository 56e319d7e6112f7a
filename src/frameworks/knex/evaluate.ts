/**
 * Values of expressions, where the file alone settles them: literals, template
 * literals, the file's own constants, arrays and objects of those, `knex.raw('…')`
 * and `knex.fn.now()`. Everything else is `unknown`, never a guess.
 */
import type { Analysis, Scope } from './analysis.js';
import { flattenChain, unwrap } from './chain.js';
import { type JsValue, asString, unknownValue } from './js-values.js';
import { type Ts, typescript } from './ts-source.js';

/** What a name stands for: the innermost binding, else the file's own top-level declaration. */
export function lookup(name: string, scope: Scope, a: Analysis): JsValue {
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    const value = s.env.get(name);
    if (value !== undefined) return value;
  }
  return moduleValue(name, a);
}

const moduleValues = new WeakMap<Analysis, Map<string, JsValue>>();

/** A top-level `const` or function of the file, evaluated once; imports and `let` stay unknown. */
function moduleValue(name: string, a: Analysis): JsValue {
  const ts = typescript();
  let cache = moduleValues.get(a);
  if (cache === undefined) moduleValues.set(a, (cache = new Map()));
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const declaration = a.declarations.get(name);
  // Set first, so that `const A = B; const B = A;` ends instead of recursing.
  cache.set(name, unknownValue(name));
  let value: JsValue = unknownValue(name);
  if (declaration !== undefined && ts.isFunctionDeclaration(declaration)) value = { kind: 'function', node: declaration };
  else if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && isConst(declaration)) {
    value = evaluate(declaration.initializer, { env: new Map(), parent: null, guards: [] }, a);
  }
  cache.set(name, value);
  return value;
}

function isConst(declaration: Ts.VariableDeclaration): boolean {
  const ts = typescript();
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

export function evaluate(expression: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  const node = unwrap(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', value: node.text };
  if (ts.isNumericLiteral(node)) return { kind: 'number', value: Number(node.text) };
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'boolean', value: node.kind === ts.SyntaxKind.TrueKeyword };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null' };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const operand = evaluate(node.operand, scope, a);
    return operand.kind === 'number' ? { kind: 'number', value: -operand.value } : unknownValue(node.getText());
  }
  if (ts.isTemplateExpression(node)) return template(node, scope, a);
  if (ts.isIdentifier(node)) return node.text === 'undefined' ? unknownValue('undefined') : lookup(node.text, scope, a);
  if (ts.isArrayLiteralExpression(node)) return array(node, scope, a);
  if (ts.isObjectLiteralExpression(node)) return object(node, scope, a);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { kind: 'function', node };
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return concatenate(node, scope, a);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) return member(node, scope, a);
  return unknownValue(node.getText());
}

function template(node: Ts.TemplateExpression, scope: Scope, a: Analysis): JsValue {
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const part = evaluate(span.expression, scope, a);
    if (part.kind !== 'string' && part.kind !== 'number') return unknownValue(node.getText());
    text += String(part.value) + span.literal.text;
  }
  return { kind: 'string', value: text };
}

function array(node: Ts.ArrayLiteralExpression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  const items: JsValue[] = [];
  for (const element of node.elements) {
    if (ts.isSpreadElement(element)) {
      const spread = evaluate(element.expression, scope, a);
      if (spread.kind !== 'array') return unknownValue(node.getText());
      items.push(...spread.items);
    } else {
      items.push(evaluate(element, scope, a));
    }
  }
  return { kind: 'array', items };
}

function object(node: Ts.ObjectLiteralExpression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  const entries = new Map<string, JsValue>();
  for (const element of node.properties) {
    const key = element.name === undefined ? null : propertyName(element.name);
    if (ts.isPropertyAssignment(element) && key !== null) entries.set(key, evaluate(element.initializer, scope, a));
    else if (ts.isShorthandPropertyAssignment(element)) entries.set(element.name.text, lookup(element.name.text, scope, a));
    else if (ts.isMethodDeclaration(element) && key !== null) entries.set(key, { kind: 'function', node: element });
    else if (ts.isSpreadAssignment(element)) {
      const spread = evaluate(element.expression, scope, a);
      if (spread.kind !== 'object') return unknownValue(node.getText());
      for (const [name, value] of spread.entries) entries.set(name, value);
    } else return unknownValue(node.getText());
  }
  return { kind: 'object', entries };
}

export function propertyName(name: Ts.PropertyName): string | null {
  const ts = typescript();
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

function concatenate(node: Ts.BinaryExpression, scope: Scope, a: Analysis): JsValue {
  const left = evaluate(node.left, scope, a);
  const right = evaluate(node.right, scope, a);
  if (left.kind === 'number' && right.kind === 'number') return { kind: 'number', value: left.value + right.value };
  if ((left.kind === 'string' || left.kind === 'number') && (right.kind === 'string' || right.kind === 'number')) return { kind: 'string', value: `${left.value}${right.value}` };
  return unknownValue(node.getText());
}

/** Property reads, indexing, `knex.raw('…')`, `knex.fn.now()` and `[…].join(sep)`. */
function member(node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const ts = typescript();
  if (ts.isElementAccessExpression(node)) {
    const target = evaluate(node.expression, scope, a);
    const key = evaluate(node.argumentExpression, scope, a);
    if (target.kind === 'array' && key.kind === 'number') return target.items[key.value] ?? unknownValue(node.getText());
    if (target.kind === 'object' && (key.kind === 'string' || key.kind === 'number')) return target.entries.get(String(key.value)) ?? unknownValue(node.getText());
    return unknownValue(node.getText());
  }
  const { root, links } = flattenChain(node);
  const base = ts.isIdentifier(root) ? lookup(root.text, scope, a) : evaluate(root, scope, a);
  if (base.kind === 'knex') return knexValue(links.map((link) => link.name), links.at(-1)?.args ?? null, node, scope, a);
  let value: JsValue = base;
  for (const link of links) {
    if (link.name === null) return unknownValue(node.getText());
    if (link.args === null) {
      if (value.kind === 'object') value = value.entries.get(link.name) ?? unknownValue(node.getText());
      else if (value.kind === 'array' && link.name === 'length') value = { kind: 'number', value: value.items.length };
      else return unknownValue(node.getText());
    } else if (link.name === 'join' && value.kind === 'array') {
      const separator = link.args[0] === undefined ? ',' : asString(evaluate(link.args[0], scope, a));
      const parts: (string | null)[] = value.items.map((item) => (item.kind === 'string' || item.kind === 'number' ? String(item.value) : null));
      if (separator === null || parts.some((part) => part === null)) return unknownValue(node.getText());
      value = { kind: 'string', value: parts.join(separator) };
    } else return unknownValue(node.getText());
  }
  return value;
}

/**
 * `knex.raw(sql)` and `knex.fn.now()` as SQL values (defaults, raw statements). Knex
 * writes `fn.now()` as CURRENT_TIMESTAMP (lib/knex-builder/FunctionHelper.js `now(precision)`).
 */
function knexValue(path: readonly (string | null)[], args: readonly Ts.Expression[] | null, node: Ts.Expression, scope: Scope, a: Analysis): JsValue {
  const joined = path.join('.');
  if (joined === 'fn.now' && args !== null) {
    const precision = args[0] === undefined ? null : evaluate(args[0], scope, a);
    return { kind: 'sql', sql: precision?.kind === 'number' ? `CURRENT_TIMESTAMP(${precision.value})` : 'CURRENT_TIMESTAMP' };
  }
  if ((joined === 'raw' || joined === 'schema.raw') && args !== null && args.length === 1) {
    const sql = asString(evaluate(args[0]!, scope, a));
    if (sql !== null) return { kind: 'sql', sql };
  }
  return unknownValue(node.getText());
}
