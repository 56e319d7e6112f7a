/**
 * The modules a migration's code lives in: the migration file itself and the
 * application's own files it imports (`import { TICKETS } from '../schema-names'`,
 * `const { TICKETS } = require('../schema-names')`), followed statically. An
 * imported file is read from disk beside the migration and parsed, never run;
 * package imports (`knex`, …) and files that cannot be read stand for nothing, so
 * what uses them is opaque with its line.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Ts, parseSource, typescript } from './ts-source.js';

/** What a name imported into a module refers to: an export of another module, or all of them. */
export interface ImportBinding {
  readonly specifier: string;
  /** The export's name; `*` for the whole module (`import * as n`, `const n = require(…)`). */
  readonly name: string;
}

export interface ModuleContext {
  /** The file's path as it was read (the migration's as given; imports resolved). */
  readonly file: string;
  readonly source: Ts.SourceFile;
  /** Top-level functions, variables and enums by name. */
  readonly declarations: ReadonlyMap<string, Ts.Node>;
  readonly imports: ReadonlyMap<string, ImportBinding>;
}

/** Modules read per migration at most: a migration importing half the application is not read in full. */
export const MAX_MODULES = 32;

export function moduleContext(file: string, source: Ts.SourceFile): ModuleContext {
  return { file, source, declarations: topLevelDeclarations(source), imports: importsOf(source) };
}

/** Top-level declarations by name: functions, variables, enums. */
export function topLevelDeclarations(sf: Ts.SourceFile): Map<string, Ts.Node> {
  const ts = typescript();
  const declarations = new Map<string, Ts.Node>();
  for (const statement of sf.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name !== undefined) declarations.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) declarations.set(declaration.name.text, declaration);
      }
    }
  }
  return declarations;
}

/** `require('./x')` → './x'; null for anything else. */
export function requireSpecifier(node: Ts.Expression): string | null {
  const ts = typescript();
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'require') return null;
  const argument = node.arguments[0];
  return node.arguments.length === 1 && argument !== undefined && ts.isStringLiteral(argument) ? argument.text : null;
}

/**
 * The names a module imports, ES module and CommonJS forms: `import { a as b }`,
 * `import * as n`, `import d from`, `const { a, b: c } = require(…)`,
 * `const n = require(…)`, `const a = require(…).a`.
 */
function importsOf(sf: Ts.SourceFile): Map<string, ImportBinding> {
  const ts = typescript();
  const imports = new Map<string, ImportBinding>();
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause === undefined || clause.isTypeOnly) continue;
      const specifier = statement.moduleSpecifier.text;
      if (clause.name !== undefined) imports.set(clause.name.text, { specifier, name: 'default' });
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { specifier, name: '*' });
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (!element.isTypeOnly) imports.set(element.name.text, { specifier, name: (element.propertyName ?? element.name).text });
        }
      }
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer;
      if (initializer === undefined) continue;
      const whole = requireSpecifier(initializer);
      if (whole !== null && ts.isIdentifier(declaration.name)) imports.set(declaration.name.text, { specifier: whole, name: '*' });
      if (whole !== null && ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(element.name) && (ts.isIdentifier(key) || ts.isStringLiteral(key)) && element.dotDotDotToken === undefined) {
            imports.set(element.name.text, { specifier: whole, name: key.text });
          }
        }
      }
      if (ts.isPropertyAccessExpression(initializer) && ts.isIdentifier(declaration.name)) {
        const from = requireSpecifier(initializer.expression);
        if (from !== null) imports.set(declaration.name.text, { specifier: from, name: initializer.name.text });
      }
    }
  }
  return imports;
}

/** How a relative specifier may name a file, as Node and TypeScript resolve it (`./names.js` in a TS source may mean `./names.ts`). */
function candidates(base: string): string[] {
  const extensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
  const stem = base.replace(/\.(?:js|mjs|cjs)$/, '');
  return [base, ...extensions.map((extension) => `${stem}${extension}`), ...extensions.map((extension) => `${base}/index${extension}`)];
}

/**
 * The application's modules one migration's reading has opened, by resolved path.
 * The one place the Knex reader reads files other than the migration: only those
 * its code imports, relative specifiers only, at most MAX_MODULES.
 */
export class ModuleSet {
  private readonly byPath = new Map<string, ModuleContext | null>();
  private readonly bySource = new Map<Ts.SourceFile, ModuleContext>();

  constructor(readonly root: ModuleContext) {
    this.bySource.set(root.source, root);
  }

  /** The module a source file was parsed for (the migration's own when it is none of them). */
  of(sf: Ts.SourceFile): ModuleContext {
    return this.bySource.get(sf) ?? this.root;
  }

  /** The module `specifier` names from `from`; null for a package, a missing file, or past the limit. */
  load(from: ModuleContext, specifier: string): ModuleContext | null {
    if (!specifier.startsWith('.')) return null;
    const base = join(dirname(from.file), specifier);
    for (const path of candidates(base)) {
      if (this.byPath.has(path)) return this.byPath.get(path)!;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue;
      }
      if (this.byPath.size >= MAX_MODULES) return null;
      const source = parseSource(path, text);
      const context = moduleContext(path, source);
      this.byPath.set(path, context);
      this.bySource.set(source, context);
      return context;
    }
    return null;
  }
}
