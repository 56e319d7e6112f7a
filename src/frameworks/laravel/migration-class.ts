/**
 * Finds the migration class in a parsed file — `return new class extends Migration
 * { … };` (Laravel 9+) or a named class (Laravel 8) — and collects what `up()` may
 * refer to: constants, literal-initialised properties and helper methods.
 */
import type { ClassInfo } from './analysis-context.js';
import { child, children, field, identifierOf, shortClassName, visitNodes, type PhpNode } from './php-ast.js';

export type ClassLookup =
  | { readonly ok: true; readonly info: ClassInfo; readonly up: PhpNode; readonly node: PhpNode }
  | { readonly ok: false; readonly message: string; readonly line: number };

/**
 * What a class inherits: its ancestors' declarations (parents and traits from other
 * files, lowest precedence first) and why any could not be read.
 */
export type Ancestry = (cls: PhpNode) => { readonly levels: readonly PhpNode[]; readonly missing: readonly string[] };

const NO_ANCESTRY: Ancestry = () => ({ levels: [], missing: [] });

export function findMigrationClass(program: PhpNode, ancestry: Ancestry = NO_ANCESTRY): ClassLookup {
  const classes: PhpNode[] = [];
  collectClasses(program, classes);
  if (classes.length === 0) return { ok: false, message: 'no migration class in this file', line: 1 };
  const levelsOf = (node: PhpNode) => [...ancestry(node).levels, node];
  const withUp = classes.filter((node) => mergedMethods(levelsOf(node)).has('up'));
  // Prefer a class extending Migration when a file declares helpers next to it.
  const chosen = withUp.find((node) => shortClassName(child(node, 'extends')) === 'Migration') ?? withUp[0];
  if (!chosen) {
    const first = classes[0]!;
    const missing = ancestry(first).missing;
    return { ok: false, message: `class ${identifierOf(child(first, 'name')) ?? '(anonymous)'} has no up() method${missing.length === 0 ? '' : `: ${missing.join('; ')}`}`, line: first.loc?.start.line ?? 1 };
  }
  const levels = levelsOf(chosen);
  return { ok: true, info: classInfo(chosen, levels), up: mergedMethods(levels).get('up')!, node: chosen };
}

/** Methods of a class and its ancestors; a nearer level's method replaces a farther one's, as in PHP. */
function mergedMethods(levels: readonly PhpNode[]): Map<string, PhpNode> {
  const methods = new Map<string, PhpNode>();
  for (const level of levels) {
    for (const [name, method] of methodsOf(level)) {
      // An abstract declaration does not hide an implementation further up.
      if (child(method, 'body') !== null || !methods.has(name)) methods.set(name, method);
    }
  }
  return methods;
}

/** Top-level classes, inside namespaces, and anonymous classes returned or assigned at top level. */
function collectClasses(node: PhpNode, out: PhpNode[]): void {
  for (const statement of children(node, 'children')) {
    if (statement.kind === 'class') out.push(statement);
    else if (statement.kind === 'namespace' || statement.kind === 'block') collectClasses(statement, out);
    else if (statement.kind === 'return' || statement.kind === 'expressionstatement') {
      visitNodes(statement, (inner) => {
        if (inner.kind === 'class') out.push(inner);
      });
    }
  }
}

/** Methods by lower-cased name: PHP method names are case-insensitive. */
function methodsOf(node: PhpNode): Map<string, PhpNode> {
  const methods = new Map<string, PhpNode>();
  for (const member of children(node, 'body')) {
    const name = member.kind === 'method' ? identifierOf(child(member, 'name')) : null;
    if (name !== null && !methods.has(name.toLowerCase())) methods.set(name.toLowerCase(), member);
  }
  return methods;
}

/** `levels`: the class's ancestors, lowest precedence first, then the class itself. */
function classInfo(node: PhpNode, levels: readonly PhpNode[]): ClassInfo {
  const constants = new Map<string, PhpNode>();
  const properties = new Map<string, PhpNode | null>();
  for (const member of levels.flatMap((level) => children(level, 'body'))) {
    if (member.kind === 'classconstant') {
      for (const constant of children(member, 'constants')) {
        const name = identifierOf(child(constant, 'name'));
        const value = child(constant, 'value');
        if (name !== null && value) constants.set(name, value);
      }
    } else if (member.kind === 'propertystatement') {
      for (const property of children(member, 'properties')) {
        const name = identifierOf(child(property, 'name'));
        if (name !== null) properties.set(name, child(property, 'value'));
      }
    }
  }
  const methods = mergedMethods(levels);
  const constructor = methods.get('__construct');
  if (constructor) for (const [name, value] of constructorAssignments(constructor)) properties.set(name, value);
  // A property another method assigns (a helper, or the constructor under a condition
  // or from config) has no static value: its initialiser would be a guess. Assignments
  // in up() are tracked in order.
  for (const [name, method] of methods) {
    if (name === 'up' || name === '__construct') continue;
    for (const property of assignedProperties(method)) properties.set(property, null);
  }
  const parentMethods = mergedMethods(levels.slice(0, -1));
  return { name: identifierOf(child(node, 'name')), constants, properties, methods, parentMethods };
}

/**
 * What the constructor leaves in each property it mentions. The Migrator instantiates
 * the migration before `up()`, so `$this->tables = [...]` written once at the top
 * level of `__construct` is the value `up()` sees (Firefly III lists its tables so).
 * A property the constructor mentions anywhere else (under a condition, a second
 * time, `$this->t[] = …`, passed by reference) maps to null. The value is evaluated
 * later without the constructor's locals or parameters, so `$this->t = $table` or
 * `config(...)` stay unknown.
 */
function constructorAssignments(constructor: PhpNode): Map<string, PhpNode | null> {
  const plain = new Map<string, PhpNode>();
  for (const statement of children(child(constructor, 'body') ?? constructor, 'children')) {
    const expression = statement.kind === 'expressionstatement' ? child(statement, 'expression') : null;
    const property = expression?.kind === 'assign' && field(expression, 'operator') === '=' ? thisProperty(child(expression, 'left')) : null;
    const value = expression ? child(expression, 'right') : null;
    if (property !== null && value) plain.set(property, value);
  }
  const mentions = new Map<string, number>();
  visitNodes(constructor, (inner) => {
    const property = thisProperty(inner);
    if (property !== null) mentions.set(property, (mentions.get(property) ?? 0) + 1);
  });
  const result = new Map<string, PhpNode | null>();
  for (const [property, count] of mentions) result.set(property, count === 1 ? plain.get(property) ?? null : null);
  return result;
}

/** Every `$this->name` assigned anywhere in `method` (also `$this->name[] = …` and `=&`). */
function assignedProperties(method: PhpNode): string[] {
  const names: string[] = [];
  visitNodes(method, (inner) => {
    let target = inner.kind === 'assign' || inner.kind === 'assignref' ? child(inner, 'left') : null;
    while (target?.kind === 'offsetlookup') target = child(target, 'what');
    const property = thisProperty(target);
    if (property !== null) names.push(property);
  });
  return names;
}

/** `$this->name` → `name`; null for any other node. */
function thisProperty(node: PhpNode | null): string | null {
  if (node?.kind !== 'propertylookup') return null;
  const target = child(node, 'what');
  const property = identifierOf(child(node, 'offset'));
  return target?.kind === 'variable' && field(target, 'name') === 'this' ? property : null;
}
