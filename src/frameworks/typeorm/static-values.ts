/**
 * Values of TypeScript and JavaScript expressions that are known without running
 * anything: literals, template literals and `+` over them, `const` names declared in
 * `up()` or at the top of the file or of a module it imports, enum members, arrays,
 * object literals, and `new Table({…})`-style constructions of TypeORM's schema
 * classes. Anything else is `unknown`, with its text.
 */
import type { EnumDeclaration, Node } from 'ts-morph';
import { type Binding, bindingOf, exportedBinding } from './module-bindings.js';
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
  if (N.isIdentifier(node)) return env.get(node.getText()) ?? moduleValue(node);
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

/** Declarations being evaluated, so that constants defined in a circle end as unknown instead of recursing. */
const evaluating = new Set<Node>();

/**
 * A name bound at the top of the module (a `const`, an `enum`, `import * as m`),
 * here or in a module it imports, evaluated where it is declared: its own module's
 * names, never the caller's locals, are in scope there.
 */
function moduleValue(node: Node): Value {
  const binding = bindingOf(node.getSourceFile(), node.getText());
  return binding === null ? unknown(node) : bindingValue(binding, node);
}

function bindingValue(binding: Binding, at: Node): Value {
  const held = binding.kind === 'module' ? binding.file : binding.declaration;
  if (evaluating.has(held)) return unknown(at);
  evaluating.add(held);
  try {
    switch (binding.kind) {
      case 'const': {
        const initializer = binding.declaration.getInitializer();
        return initializer === undefined ? unknown(at) : evaluate(initializer, new Map());
      }
      case 'enum':
        return enumValue(binding.declaration);
      case 'module': {
        const props = new Map<string, Value>();
        for (const name of binding.file.getExportedDeclarations().keys()) {
          const exported = exportedBinding(binding.file, name);
          if (exported !== null && exported.kind !== 'function') props.set(name, bindingValue(exported, at));
        }
        return { kind: 'object', props, made: null };
      }
      case 'function':
        return unknown(at);
    }
  } finally {
    evaluating.delete(held);
  }
}

/** An enum as an object of its members: initialised ones by their value, the others counting up from the previous number (0 first), as TypeScript numbers them. */
function enumValue(declaration: EnumDeclaration): Value {
  const props = new Map<string, Value>();
  let next: number | null = 0;
  for (const member of declaration.getMembers()) {
    const initializer = member.getInitializer();
    const value: Value = initializer === undefined ? (next === null ? unknown(member) : { kind: 'number', value: next }) : evaluate(initializer, props);
    props.set(member.getName(), value);
    next = value.kind === 'number' ? value.value + 1 : null;
  }
  return { kind: 'object', props, made: null };
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
