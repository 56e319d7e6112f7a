/**
 * What an expression in a migration stands for, when it can be told without
 * running it: literals, constants, template literals, arrays and objects of them,
 * Sequelize's data types and SQL helpers (`Sequelize.literal`, `fn`, `NOW`), and
 * the objects a migration talks to (the query interface, the Sequelize class).
 */
import type { Node } from './ts-source.js';
import { morph } from './ts-source.js';
import type { FunctionLikeDeclaration } from './up-types.js';

export type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'undefined' }
  | { readonly kind: 'array'; readonly items: readonly Value[] }
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, Value> }
  /** `Sequelize.STRING(100)`, `DataTypes.INTEGER.UNSIGNED`: the type's name as Sequelize spells it, upper case. */
  | { readonly kind: 'dataType'; readonly name: string; readonly args: readonly Value[]; readonly unsigned: boolean }
  /** `Sequelize.literal('…')`, `Sequelize.fn('now')`, `Sequelize.NOW`: SQL the engine evaluates. */
  | { readonly kind: 'sql'; readonly sql: string }
  /** The query interface up() receives (`queryInterface`, umzug's `context`). */
  | { readonly kind: 'queryInterface' }
  /** `queryInterface.sequelize`: the Sequelize instance. */
  | { readonly kind: 'instance' }
  /** The Sequelize class (up()'s second parameter, `require('sequelize')`), or its `DataTypes`. */
  | { readonly kind: 'library' }
  /** A transaction a migration holds (`await queryInterface.sequelize.transaction()`). */
  | { readonly kind: 'transaction' }
  /** What `queryInterface.sequelize.getDialect()` returns: the engine, known from the dump, not the source. */
  | { readonly kind: 'dialect' }
  /** What `await queryInterface.describeTable(table)` returns: the table's columns, known only at run time. */
  | { readonly kind: 'tableColumns'; readonly table: string }
  /** A function the app declares (here or in a module it imports), with the names its body sees. */
  | { readonly kind: 'function'; readonly node: FunctionLikeDeclaration; readonly env: Env }
  | { readonly kind: 'unknown'; readonly text: string };

/** Names bound while walking: function parameters, constants, loop variables. */
export type Env = ReadonlyMap<string, Value>;

export const UNKNOWN = (text: string): Value => ({ kind: 'unknown', text });
const str = (value: string): Value => ({ kind: 'string', value });

/**
 * Defaults Sequelize fills in JavaScript and never writes into the schema
 * (sequelize src/utils.js, defaultValueSchemable: NOW, UUIDV1, UUIDV4).
 */
const CLIENT_SIDE_DEFAULTS = new Set(['NOW', 'UUIDV1', 'UUIDV4']);

/** Evaluates an expression statically; anything it cannot tell is `unknown` with its source text. */
export function evaluate(node: Node, env: Env): Value {
  const { Node: N } = morph();
  if (N.isStringLiteral(node) || N.isNoSubstitutionTemplateLiteral(node)) return str(node.getLiteralValue());
  if (N.isNumericLiteral(node)) return { kind: 'number', value: node.getLiteralValue() };
  if (N.isTrueLiteral(node) || N.isFalseLiteral(node)) return { kind: 'boolean', value: node.getLiteralValue() };
  if (N.isNullLiteral(node)) return { kind: 'null' };
  if (N.isParenthesizedExpression(node) || N.isAsExpression(node) || N.isNonNullExpression(node) || N.isSatisfiesExpression(node) || N.isAwaitExpression(node)) {
    return evaluate(node.getExpression(), env);
  }
  if (N.isPrefixUnaryExpression(node) && node.getOperatorToken() === morph().SyntaxKind.MinusToken) {
    const operand = evaluate(node.getOperand(), env);
    return operand.kind === 'number' ? { kind: 'number', value: -operand.value } : UNKNOWN(node.getText());
  }
  if (N.isTemplateExpression(node)) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const part = evaluate(span.getExpression(), env);
      if (part.kind !== 'string' && part.kind !== 'number') return UNKNOWN(node.getText());
      text += String(part.value) + span.getLiteral().getLiteralText();
    }
    return str(text);
  }
  if (N.isBinaryExpression(node) && node.getOperatorToken().getKind() === morph().SyntaxKind.PlusToken) {
    const left = evaluate(node.getLeft(), env);
    const right = evaluate(node.getRight(), env);
    if ((left.kind === 'string' || left.kind === 'number') && (right.kind === 'string' || right.kind === 'number')) {
      return left.kind === 'number' && right.kind === 'number' ? { kind: 'number', value: left.value + right.value } : str(`${left.value}${right.value}`);
    }
    return UNKNOWN(node.getText());
  }
  if (N.isArrayLiteralExpression(node)) {
    const items: Value[] = [];
    for (const element of node.getElements()) {
      if (N.isSpreadElement(element)) {
        const spread = evaluate(element.getExpression(), env);
        if (spread.kind !== 'array') return UNKNOWN(node.getText());
        items.push(...spread.items);
      } else items.push(evaluate(element, env));
    }
    return { kind: 'array', items };
  }
  if (N.isObjectLiteralExpression(node)) return objectValue(node, env);
  if (N.isArrowFunction(node) || N.isFunctionExpression(node)) return { kind: 'function', node, env };
  if (N.isIdentifier(node)) {
    const name = node.getText();
    if (name === 'undefined') return { kind: 'undefined' };
    return env.get(name) ?? UNKNOWN(name);
  }
  if (N.isPropertyAccessExpression(node)) return member(evaluate(node.getExpression(), env), node.getName(), node.getText());
  if (N.isElementAccessExpression(node)) {
    const key = node.getArgumentExpression();
    const k = key === undefined ? UNKNOWN('') : evaluate(key, env);
    if (k.kind === 'string') return member(evaluate(node.getExpression(), env), k.value, node.getText());
    const target = evaluate(node.getExpression(), env);
    if (k.kind === 'number' && target.kind === 'array') return target.items[k.value] ?? UNKNOWN(node.getText());
    return UNKNOWN(node.getText());
  }
  if (N.isCallExpression(node)) return callValue(node, env);
  return UNKNOWN(node.getText());
}

function objectValue(node: import('ts-morph').ObjectLiteralExpression, env: Env): Value {
  const { Node: N } = morph();
  const entries = new Map<string, Value>();
  for (const property of node.getProperties()) {
    if (N.isPropertyAssignment(property)) {
      const key = propertyKey(property.getNameNode(), env);
      if (key === null) return UNKNOWN(node.getText());
      entries.set(key, evaluate(property.getInitializerOrThrow(), env));
    } else if (N.isShorthandPropertyAssignment(property)) {
      entries.set(property.getName(), env.get(property.getName()) ?? UNKNOWN(property.getName()));
    } else if (N.isSpreadAssignment(property)) {
      const spread = evaluate(property.getExpression(), env);
      if (spread.kind !== 'object') return UNKNOWN(node.getText());
      for (const [key, value] of spread.entries) entries.set(key, value);
    } else return UNKNOWN(node.getText());
  }
  return { kind: 'object', entries };
}

/** A property name: an identifier, a string, or a computed key that evaluates to one. */
export function propertyKey(name: Node, env: Env): string | null {
  const { Node: N } = morph();
  if (N.isIdentifier(name) || N.isPrivateIdentifier(name)) return name.getText();
  if (N.isStringLiteral(name) || N.isNumericLiteral(name) || N.isNoSubstitutionTemplateLiteral(name)) return String(name.getLiteralValue());
  if (N.isComputedPropertyName(name)) {
    const key = evaluate(name.getExpression(), env);
    return key.kind === 'string' ? key.value : null;
  }
  return null;
}

function member(target: Value, name: string, text: string): Value {
  switch (target.kind) {
    case 'object':
      return target.entries.get(name) ?? UNKNOWN(text);
    case 'array':
      return name === 'length' ? { kind: 'number', value: target.items.length } : UNKNOWN(text);
    case 'queryInterface':
      return name === 'sequelize' ? { kind: 'instance' } : UNKNOWN(text);
    case 'instance':
      // `queryInterface.sequelize.constructor` is the class; `Sequelize.Sequelize` and `.DataTypes` too.
      return name === 'constructor' ? { kind: 'library' } : UNKNOWN(text);
    case 'library':
      if (name === 'DataTypes' || name === 'Sequelize' || name === 'default') return { kind: 'library' };
      if (CLIENT_SIDE_DEFAULTS.has(name)) return { kind: 'undefined' };
      return /^[A-Z][A-Z0-9_]*$/.test(name) ? { kind: 'dataType', name, args: [], unsigned: false } : UNKNOWN(text);
    case 'dataType':
      if (name === 'UNSIGNED') return { ...target, unsigned: true };
      // ZEROFILL and BINARY change the display or the collation, not what is compared here.
      if (name === 'ZEROFILL' || name === 'BINARY') return target;
      return UNKNOWN(text);
    default:
      return UNKNOWN(text);
  }
}

function callValue(node: import('ts-morph').CallExpression, env: Env): Value {
  const { Node: N } = morph();
  const callee = node.getExpression();
  const args = node.getArguments().map((arg) => evaluate(arg, env));
  if (N.isIdentifier(callee) && callee.getText() === 'require') {
    const from = args[0];
    return from?.kind === 'string' && (from.value === 'sequelize' || from.value === '@sequelize/core') ? { kind: 'library' } : UNKNOWN(node.getText());
  }
  const target = evaluate(callee, env);
  if (target.kind === 'dataType') return { ...target, args };
  if (!N.isPropertyAccessExpression(callee)) return UNKNOWN(node.getText());
  // Object.freeze({ … }) is how constant tables of names are often written; it changes no value.
  if (callee.getText() === 'Object.freeze' && args.length === 1) return args[0]!;
  const owner = evaluate(callee.getExpression(), env);
  if (owner.kind === 'queryInterface' && callee.getName() === 'describeTable') {
    const table = stringOf(args[0]) ?? stringOf(entry(args[0], 'tableName'));
    return table === null ? UNKNOWN(node.getText()) : { kind: 'tableColumns', table };
  }
  if (owner.kind === 'instance' && callee.getName() === 'getDialect') return { kind: 'dialect' };
  if (owner.kind !== 'library' && owner.kind !== 'instance') return UNKNOWN(node.getText());
  const first = args[0];
  switch (callee.getName()) {
    case 'literal':
      return first?.kind === 'string' ? { kind: 'sql', sql: first.value } : UNKNOWN(node.getText());
    case 'fn':
      // Sequelize renders fn('now') as `now()`; an argument-less call is all a default needs.
      return first?.kind === 'string' && args.length === 1 ? { kind: 'sql', sql: `${first.value}()` } : UNKNOWN(node.getText());
    default:
      return UNKNOWN(node.getText());
  }
}

/** A value's text when it is a string, else null. */
export function stringOf(value: Value | undefined): string | null {
  return value?.kind === 'string' ? value.value : null;
}

/** An object's entry, or undefined when the value is not an object or lacks it. */
export function entry(value: Value | undefined, key: string): Value | undefined {
  return value?.kind === 'object' ? value.entries.get(key) : undefined;
}
