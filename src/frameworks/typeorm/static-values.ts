/**
 * Values of TypeScript and JavaScript expressions that are known without running
 * anything: literals, template literals and `+` over them, `const` names declared in
 * `up()` or at the top of the file, arrays, object literals, and `new Table({…})`-style
 * constructions of TypeORM's schema classes. Anything else is `unknown`, with its text.
 */
import type { Node } from 'ts-morph';
import { tsMorph } from '../ts-morph.js';

export type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'array'; readonly items: readonly Value[] }
  /** An object literal; `made` names the class of `new Table({…})` and its kin, null for a plain literal. */
  | { readonly kind: 'object'; readonly props: ReadonlyMap<string, Value>; readonly made: string | null }
  | { readonly kind: 'unknown'; readonly text: string };

/** Names bound in `up()` so far, innermost last; the file's top-level constants are looked up after them. */
export type Env = ReadonlyMap<string, Value>;

/** TypeORM's schema classes whose constructor takes one options object and keeps its properties. */
const SCHEMA_CLASSES = new Set(['Table', 'TableColumn', 'TableIndex', 'TableForeignKey', 'TableUnique', 'TableCheck']);

const unknown = (node: Node): Value => ({ kind: 'unknown', text: node.getText() });

export function evaluate(node: Node, env: Env): Value {
  const { Node: N, SyntaxKind } = tsMorph();
  if (N.isStringLiteral(node) || N.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', value: node.getLiteralValue() };
  if (N.isNumericLiteral(node)) return { kind: 'number', value: node.getLiteralValue() };
  if (node.getKind() === SyntaxKind.TrueKeyword) return { kind: 'boolean', value: true };
  if (node.getKind() === SyntaxKind.FalseKeyword) return { kind: 'boolean', value: false };
  if (node.getKind() === SyntaxKind.NullKeyword) return { kind: 'null' };
  if (N.isParenthesizedExpression(node) || N.isAsExpression(node) || N.isNonNullExpression(node) || N.isSatisfiesExpression(node)) {
    return evaluate(node.getExpression(), env);
  }
  if (N.isTemplateExpression(node)) {
    // getLiteralText() is the cooked text: escapes already applied, as JavaScript would.
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const part = evaluate(span.getExpression(), env);
      if (part.kind !== 'string' && part.kind !== 'number') return unknown(node);
      text += String(part.value) + span.getLiteral().getLiteralText();
    }
    return { kind: 'string', value: text };
  }
  if (N.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
    const left = evaluate(node.getLeft(), env);
    const right = evaluate(node.getRight(), env);
    if (left.kind === 'number' && right.kind === 'number') return { kind: 'number', value: left.value + right.value };
    if ((left.kind === 'string' || left.kind === 'number') && (right.kind === 'string' || right.kind === 'number')) {
      return { kind: 'string', value: String(left.value) + String(right.value) };
    }
    return unknown(node);
  }
  if (N.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = evaluate(node.getOperand(), env);
    return operand.kind === 'number' ? { kind: 'number', value: -operand.value } : unknown(node);
  }
  if (N.isIdentifier(node)) return env.get(node.getText()) ?? topLevelConstant(node, env);
  if (N.isArrayLiteralExpression(node)) {
    const items = node.getElements().map((element) => (N.isSpreadElement(element) ? unknown(element) : evaluate(element, env)));
    return items.some((item) => item.kind === 'unknown') ? unknown(node) : { kind: 'array', items };
  }
  if (N.isObjectLiteralExpression(node)) return objectOf(node, env, null);
  if (N.isNewExpression(node)) {
    const made = node.getExpression().getText().split('.').pop() ?? '';
    const [options] = node.getArguments();
    if (SCHEMA_CLASSES.has(made) && options !== undefined && N.isObjectLiteralExpression(options)) return objectOf(options, env, made);
    return unknown(node);
  }
  if (N.isPropertyAccessExpression(node)) {
    const owner = evaluate(node.getExpression(), env);
    if (owner.kind === 'object') return owner.props.get(node.getName()) ?? unknown(node);
    return unknown(node);
  }
  return unknown(node);
}

function objectOf(node: Node, env: Env, made: string | null): Value {
  const { Node: N } = tsMorph();
  if (!N.isObjectLiteralExpression(node)) return unknown(node);
  const props = new Map<string, Value>();
  for (const property of node.getProperties()) {
    if (N.isPropertyAssignment(property)) {
      const nameNode = property.getNameNode();
      const name = N.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
      const initializer = property.getInitializer();
      props.set(name, initializer === undefined ? unknown(property) : evaluate(initializer, env));
    } else if (N.isShorthandPropertyAssignment(property)) {
      props.set(property.getName(), evaluate(property.getNameNode(), env));
    } else {
      // A spread or a method: the object's other properties are still known, this one is not.
      props.set(`…${props.size}`, unknown(property));
    }
  }
  return { kind: 'object', props, made };
}

/** A `const` declared at the top of the file (outside any function), evaluated where it stands. */
function topLevelConstant(node: Node, env: Env): Value {
  const { Node: N, VariableDeclarationKind } = tsMorph();
  const declaration = node.getSourceFile().getVariableDeclaration(node.getText());
  const statement = declaration?.getVariableStatement();
  if (declaration === undefined || statement === undefined || statement.getDeclarationKind() !== VariableDeclarationKind.Const) return unknown(node);
  const initializer = declaration.getInitializer();
  if (initializer === undefined || !N.isSourceFile(statement.getParent())) return unknown(node);
  return evaluate(initializer, new Map([...env].filter(([name]) => name !== node.getText())));
}

/** The value as text when it is a string (or a number, which TypeORM options also take for names and lengths). */
export function textOf(value: Value | undefined): string | null {
  if (value === undefined) return null;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return String(value.value);
  return null;
}

/** A list of strings (`columnNames: ["a", "b"]`), or null when any item is not one. */
export function textsOf(value: Value | undefined): string[] | null {
  if (value === undefined || value.kind !== 'array') return null;
  const texts = value.items.map((item) => textOf(item));
  return texts.every((text): text is string => text !== null) ? texts : null;
}

export function booleanOf(value: Value | undefined, otherwise: boolean): boolean {
  return value !== undefined && value.kind === 'boolean' ? value.value : otherwise;
}
