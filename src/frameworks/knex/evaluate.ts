/**
 * Values of expressions, where the source settles them: literals, template
 * literals, constants and enums of the file or of the modules it imports, arrays and
 * objects of those, `knex.raw('…')` and `knex.fn.now()`. Everything else is
 * `unknown`, never a guess.
 */
import type { Analysis, Scope } from './analysis.js';
import { flattenChain, unwrap } from './chain.js';
import { type JsValue, asString, unknownValue } from './js-values.js';
import type { ModuleContext } from './modules.js';
import { type Ts, typescript } from './ts-source.js';

/**
 * What a name stands for: the innermost binding, else a top-level declaration or
 * import of the module the code is in (the migration's, or the imported module a
 * helper was read from).
 */
export function lookup(name: string, scope: Scope, a: Analysis): JsValue {
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    const value = s.env.get(name);
    if (value !== undefined) return value;
    if (s.module !== undefined) return moduleValue(name, s.module, a);
  }
  return moduleValue(name, a.modules.root, a);
}

/** The module whose top-level names `scope` sees. */
export function moduleOf(scope: Scope, a: Analysis): ModuleContext {
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    if (s.module !== undefined) return s.module;
  }
  return a.modules.root;
}

/** The outermost scope of code in `module`. */
export function moduleScope(module: ModuleContext, guards: Scope['guards'] = []): Scope {
  return { env: new Map(), parent: null, guards, module };
}

const moduleValues = new WeakMap<ModuleContext, Map<string, JsValue>>();

/**
 * A top-level `const`, function or enum of the module, or what it imports under
 * that name, evaluated once; `let`, `var` and unresolved imports stay unknown.
 */
function moduleValue(name: string, module: ModuleContext, a: Analysis): JsValue {
  const ts = typescript();
  let cache = moduleValues.get(module);
  if (cache === undefined) moduleValues.set(module, (cache = new Map()));
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  // Set first, so that `const A = B; const B = A;` (or two modules importing each other) ends instead of recursing.
  cache.set(name, unknownValue(name));
  let value: JsValue = unknownValue(name);
  const declaration = module.declarations.get(name);
  const imported = module.imports.get(name);
  if (declaration !== undefined && ts.isFunctionDeclaration(declaration)) value = { kind: 'function', node: declaration };
  else if (declaration !== undefined && ts.isEnumDeclaration(declaration)) value = enumValue(declaration, module, a);
  else if (imported !== undefined) value = importedValue(module, imported.specifier, imported.name, a, 0);
  else if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && isConst(declaration)) {
    value = evaluate(declaration.initializer, moduleScope(module), a);
  }
  cache.set(name, value);
  return value;
}

/**
 * An enum as an object of its members: a member's initializer when it has one,
 * else the previous numeric member plus one (0 for the first), as TypeScript numbers them.
 */
function enumValue(declaration: Ts.EnumDeclaration, module: ModuleContext, a: Analysis): JsValue {
  const entries = new Map<string, JsValue>();
  let next: number | null = 0;
  for (const member of declaration.members) {
    const key = propertyName(member.name);
    if (key === null) return unknownValue(declaration.name.text);
    const value: JsValue = member.initializer === undefined ? (next === null ? unknownValue(key) : { kind: 'number', value: next }) : evaluate(member.initializer, moduleScope(module), a);
    next = value.kind === 'number' ? value.value + 1 : null;
    entries.set(key, value);
  }
  return { kind: 'object', entries };
}

/** Re-exports followed before giving up: enough for an index module in between. */
const MAX_HOPS = 4;

/** What `specifier` (imported from `from`) exports as `name` (`*`: all of it, as one object). */
function importedValue(from: ModuleContext, specifier: string, name: string, a: Analysis, hops: number): JsValue {
  const target = a.modules.load(from, specifier);
  if (target === null || hops > MAX_HOPS) return unknownValue(`${name} from '${specifier}'`);
  return name === '*' ? namespace(target, a, hops) : exported(target, name, a, hops);
}

/**
 * An export of a module, in the forms modules write them: `export const/function/enum`,
 * `export { a as b }` (from another module too), `export default`, `export * from`,
 * and CommonJS `module.exports = { … }`, `exports.a = …`, `module.exports.a = …`.
 */
function exported(module: ModuleContext, name: string, a: Analysis, hops: number): JsValue {
  const ts = typescript();
  const scope = moduleScope(module);
  for (const statement of module.source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      const item = statement.exportClause.elements.find((element) => element.name.text === name);
      if (item === undefined) continue;
      const local = (item.propertyName ?? item.name).text;
      if (statement.moduleSpecifier === undefined || !ts.isStringLiteral(statement.moduleSpecifier)) return moduleValue(local, module, a);
      return importedValue(module, statement.moduleSpecifier.text, local, a, hops + 1);
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && name === 'default') return evaluate(statement.expression, scope, a);
    const commonJs = commonJsExport(statement);
    if (commonJs !== null) {
      const value = evaluate(commonJs.value, scope, a);
      if (commonJs.name === name) return value;
      if (commonJs.name === '' && name === 'default') return value;
      if (commonJs.name === '' && value.kind === 'object' && value.entries.has(name)) return value.entries.get(name)!;
    }
  }
  const declaration = module.declarations.get(name);
  if (declaration !== undefined && isExported(declaration)) return moduleValue(name, module, a);
  for (const statement of module.source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause === undefined && statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)) {
      const found = importedValue(module, statement.moduleSpecifier.text, name, a, hops + 1);
      if (found.kind !== 'unknown') return found;
    }
  }
  return unknownValue(`${name} from ${module.file}`);
}

/** All of a module's exports as one object, as `import * as n` and `require()` give them. */
function namespace(module: ModuleContext, a: Analysis, hops: number): JsValue {
  const ts = typescript();
  const names = new Set<string>();
  for (const statement of module.source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
    const commonJs = commonJsExport(statement);
    if (commonJs?.name === '') {
      // `module.exports = value`: require() gives that value itself.
      const value = evaluate(commonJs.value, moduleScope(module), a);
      if (value.kind !== 'object') return value;
      for (const key of value.entries.keys()) names.add(key);
    } else if (commonJs !== null) names.add(commonJs.name);
  }
  for (const [name, declaration] of module.declarations) if (isExported(declaration)) names.add(name);
  const entries = new Map<string, JsValue>();
  for (const name of names) entries.set(name, exported(module, name, a, hops));
  return { kind: 'object', entries };
}

/** `module.exports = v` (name '') and `exports.a = v` / `module.exports.a = v` (name 'a'); null for other statements. */
function commonJsExport(statement: Ts.Statement): { name: string; value: Ts.Expression } | null {
  const ts = typescript();
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression) || statement.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const { left, right } = statement.expression;
  const text = left.getText().replace(/\s+/g, '');
  if (text === 'module.exports') return { name: '', value: right };
  if (ts.isPropertyAccessExpression(left)) {
    const owner = left.expression.getText().replace(/\s+/g, '');
    if (owner === 'exports' || owner === 'module.exports') return { name: left.name.text, value: right };
  }
  return null;
}

/** A top-level declaration written with `export` (for a variable: its statement). */
function isExported(declaration: Ts.Node): boolean {
  const ts = typescript();
  const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return ts.canHaveModifiers(holder) && (ts.getModifiers(holder)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false);
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
