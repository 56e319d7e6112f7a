/**
 * Names a migration module binds at its top level that up() may use: constants
 * (`const TABLE = 'users'`, lists, objects), enums, functions it declares, Sequelize
 * itself (`const { DataTypes } = require('sequelize')`, `import { DataTypes } from 'sequelize'`),
 * and what it takes from the application's own modules (`const { TICKETS } =
 * require('../schema-names')`, `import { addTimestamps } from '../lib/helpers'`): those
 * modules are parsed in turn, never run, and their exports read the same way.
 */
import { evaluate, UNKNOWN, type Value } from './static-values.js';
import { morph, parseModule, type Node } from './ts-source.js';

const SEQUELIZE_MODULES = new Set(['sequelize', '@sequelize/core']);

/** An imported module's file and text, or null when the specifier names no file of the app. */
export type ModuleLoader = (fromFile: string, specifier: string) => { readonly file: string; readonly source: string } | null;

/** Imported modules are followed this deep (a helper module importing a names module is two). */
const MAX_IMPORT_DEPTH = 3;

/** The modules read for one migration: their exports by file, and which in-memory tree is which file. */
export class ModuleGraph {
  private readonly exportsByFile = new Map<string, Value>();
  /** In-memory tree path → the file on disk it was read from, for file:line in reports. */
  readonly files = new Map<string, string>();

  constructor(private readonly loader: ModuleLoader) {}

  /** What `specifier`, imported from `fromFile`, exports; unknown when it cannot be read statically. */
  exportsOf(fromFile: string, specifier: string, depth: number): Value {
    if (!specifier.startsWith('.') || depth > MAX_IMPORT_DEPTH) return UNKNOWN(`require('${specifier}')`);
    const loaded = this.loader(fromFile, specifier);
    if (loaded === null) return UNKNOWN(`require('${specifier}')`);
    const known = this.exportsByFile.get(loaded.file);
    if (known !== undefined) return known;
    // A cycle reads as unknown until the module is done.
    this.exportsByFile.set(loaded.file, UNKNOWN(`require('${specifier}')`));
    const tree = parseModule(this.files.size, loaded.file, loaded.source);
    if (tree === null) return UNKNOWN(`require('${specifier}')`);
    this.files.set(tree.getFilePath(), loaded.file);
    const value = moduleExports(tree, moduleBindings(tree, loaded.file, this, depth + 1));
    this.exportsByFile.set(loaded.file, value);
    return value;
  }
}

/** The names bound at a module's top level. `file` is where it is on disk, for its relative imports. */
export function moduleBindings(tree: Node, file: string, graph: ModuleGraph, depth = 0): Map<string, Value> {
  const { Node: N, VariableDeclarationKind } = morph();
  const env = new Map<string, Value>();
  for (const statement of tree.getChildSyntaxList()?.getChildren() ?? []) {
    if (N.isImportDeclaration(statement)) {
      const specifier = statement.getModuleSpecifierValue();
      const imported: Value = SEQUELIZE_MODULES.has(specifier) ? { kind: 'library' } : graph.exportsOf(file, specifier, depth);
      const whole = statement.getNamespaceImport();
      if (whole !== undefined) env.set(whole.getText(), imported);
      const fallback = statement.getDefaultImport();
      // A CommonJS module's default import is its module.exports.
      if (fallback !== undefined) env.set(fallback.getText(), imported.kind === 'object' ? (imported.entries.get('default') ?? imported) : imported);
      for (const named of statement.getNamedImports()) {
        const local = (named.getAliasNode() ?? named.getNameNode()).getText();
        env.set(local, memberOf(imported, named.getNameNode().getText()));
      }
    }
    if (N.isFunctionDeclaration(statement)) {
      const name = statement.getName();
      if (name !== undefined) env.set(name, { kind: 'function', node: statement, env });
    }
    if (N.isEnumDeclaration(statement)) env.set(statement.getName(), enumValue(statement, env));
    // Only constants: a `let` may be reassigned before up() runs.
    if (N.isVariableStatement(statement) && statement.getDeclarationKind() === VariableDeclarationKind.Const) {
      for (const declaration of statement.getDeclarations()) {
        const init = declaration.getInitializer();
        if (init === undefined) continue;
        const value = initialValue(init, env, file, graph, depth);
        const name = declaration.getNameNode();
        if (N.isIdentifier(name)) env.set(name.getText(), value);
        else if (N.isObjectBindingPattern(name)) {
          for (const element of name.getElements()) {
            const key = element.getPropertyNameNode()?.getText() ?? element.getName();
            env.set(element.getName(), memberOf(value, key));
          }
        }
      }
    }
  }
  return env;
}

function memberOf(value: Value, key: string): Value {
  if (value.kind === 'library') return value;
  return value.kind === 'object' ? (value.entries.get(key) ?? UNKNOWN(key)) : UNKNOWN(key);
}

/** A `const` initializer: an app module (`require('./x')`, `require('./x').NAME`), or a value. */
function initialValue(init: Node, env: Map<string, Value>, file: string, graph: ModuleGraph, depth: number): Value {
  const { Node: N } = morph();
  const required = requiredSpecifier(init);
  if (required !== null && !SEQUELIZE_MODULES.has(required)) return graph.exportsOf(file, required, depth);
  if (N.isPropertyAccessExpression(init)) {
    const from = requiredSpecifier(init.getExpression());
    if (from !== null && !SEQUELIZE_MODULES.has(from)) return memberOf(graph.exportsOf(file, from, depth), init.getName());
  }
  return evaluate(init, env);
}

function requiredSpecifier(node: Node): string | null {
  const { Node: N } = morph();
  if (!N.isCallExpression(node) || node.getExpression().getText() !== 'require') return null;
  const first = node.getArguments()[0];
  return first !== undefined && (N.isStringLiteral(first) || N.isNoSubstitutionTemplateLiteral(first)) ? first.getLiteralValue() : null;
}

/** A TypeScript enum's members: string initialisers as written, numbers counting on from the last as TypeScript does. */
function enumValue(declaration: import('ts-morph').EnumDeclaration, env: ReadonlyMap<string, Value>): Value {
  const entries = new Map<string, Value>();
  let next: number | null = 0;
  for (const member of declaration.getMembers()) {
    const init = member.getInitializer();
    const value: Value = init === undefined ? (next === null ? UNKNOWN(member.getText()) : { kind: 'number', value: next }) : evaluate(init, new Map([...env, ...entries]));
    entries.set(member.getName(), value);
    next = value.kind === 'number' ? value.value + 1 : null;
  }
  return { kind: 'object', entries };
}

/**
 * What a module exports: `module.exports = { … }` / `exports.x = …` (CommonJS) and
 * `export const`, `export function`, `export enum`, `export { a as b }`, `export default` (ES modules).
 */
function moduleExports(tree: Node, env: ReadonlyMap<string, Value>): Value {
  const { Node: N, SyntaxKind } = morph();
  let entries = new Map<string, Value>();
  for (const statement of tree.getChildSyntaxList()?.getChildren() ?? []) {
    if (N.isExpressionStatement(statement)) {
      const expression = statement.getExpression();
      if (!N.isBinaryExpression(expression) || expression.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
      const target = expression.getLeft().getText().replace(/\s+/g, '');
      const value = evaluate(expression.getRight(), env);
      if (target === 'module.exports') {
        if (value.kind !== 'object') return value;
        entries = new Map([...entries, ...value.entries]);
      }
      const named = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
      if (named !== null) entries.set(named[1]!, value);
    }
    if ((N.isVariableStatement(statement) || N.isFunctionDeclaration(statement) || N.isEnumDeclaration(statement)) && statement.isExported()) {
      const names = N.isVariableStatement(statement) ? statement.getDeclarations().map((d) => d.getName()) : [statement.getName() ?? ''];
      for (const name of names) entries.set(N.isFunctionDeclaration(statement) && statement.isDefaultExport() ? 'default' : name, env.get(name) ?? UNKNOWN(name));
    }
    if (N.isExportDeclaration(statement) && statement.getModuleSpecifier() === undefined) {
      for (const specifier of statement.getNamedExports()) {
        const local = specifier.getNameNode().getText();
        entries.set(specifier.getAliasNode()?.getText() ?? local, env.get(local) ?? UNKNOWN(local));
      }
    }
    if (N.isExportAssignment(statement)) entries.set('default', evaluate(statement.getExpression(), env));
  }
  return { kind: 'object', entries };
}
