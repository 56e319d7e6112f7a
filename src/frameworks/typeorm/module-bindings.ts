/**
 * What a name used in a migration stands for at the top of its module: a `const`,
 * an `enum`, a function, or a whole module (`import * as names`), following
 * relative imports (and `export { … } from` re-exports) into the application's
 * other source files. The modules are read from disk and parsed, never run;
 * package imports (`typeorm`, …) and files that cannot be read stand for nothing.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ArrowFunction, EnumDeclaration, FunctionDeclaration, FunctionExpression, SourceFile, VariableDeclaration } from 'ts-morph';
import { tsMorph } from '../ts-morph.js';

export type Binding =
  | { readonly kind: 'const'; readonly declaration: VariableDeclaration }
  | { readonly kind: 'enum'; readonly declaration: EnumDeclaration }
  | { readonly kind: 'function'; readonly declaration: FunctionDeclaration | ArrowFunction | FunctionExpression }
  | { readonly kind: 'module'; readonly file: SourceFile };

/** Re-exports followed before giving up: enough for an index module in between. */
const MAX_HOPS = 4;

/** How a relative specifier may name a file, as TypeScript and Node resolve it (`./names.js` in TS sources means `./names.ts`). */
function candidates(base: string): string[] {
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  const extensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
  return [base, ...extensions.map((ext) => `${stem}${ext}`), ...extensions.map((ext) => `${base}/index${ext}`)];
}

/**
 * The module a relative import names, parsed into the importing file's project;
 * null for a package or a file that is not there. Read again when its text changed.
 */
function importedFile(from: SourceFile, specifier: string): SourceFile | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from.getFilePath()), specifier);
  for (const path of candidates(base)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const project = from.getProject();
    const known = project.getSourceFile(path);
    if (known !== undefined && known.getFullText() === text) return known;
    return project.createSourceFile(path, text, { overwrite: true });
  }
  return null;
}

/** The binding of `name` declared at the top of `file` itself, or null. */
function declaredIn(file: SourceFile, name: string): Binding | null {
  const { Node: N, VariableDeclarationKind } = tsMorph();
  const variable = file.getVariableDeclaration(name);
  const statement = variable?.getVariableStatement();
  if (variable !== undefined && statement !== undefined && N.isSourceFile(statement.getParent()) && statement.getDeclarationKind() === VariableDeclarationKind.Const) {
    const initializer = variable.getInitializer();
    if (initializer !== undefined && (N.isArrowFunction(initializer) || N.isFunctionExpression(initializer))) return { kind: 'function', declaration: initializer };
    return { kind: 'const', declaration: variable };
  }
  const enumeration = file.getEnum(name);
  if (enumeration !== undefined) return { kind: 'enum', declaration: enumeration };
  const fn = file.getFunction(name);
  if (fn !== undefined && fn.hasBody()) return { kind: 'function', declaration: fn };
  return null;
}

/** The binding `name` has in `file`: its own declaration, or what an import brings in under that name. */
export function bindingOf(file: SourceFile, name: string, hops = 0): Binding | null {
  const own = declaredIn(file, name);
  if (own !== null || hops > MAX_HOPS) return own;
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.isTypeOnly()) continue;
    const specifier = declaration.getModuleSpecifierValue();
    if (declaration.getNamespaceImport()?.getText() === name) {
      const target = importedFile(file, specifier);
      return target === null ? null : { kind: 'module', file: target };
    }
    const named = declaration.getNamedImports().find((item) => (item.getAliasNode()?.getText() ?? item.getName()) === name);
    if (named !== undefined) {
      const target = importedFile(file, specifier);
      return target === null ? null : exportedBinding(target, named.getName(), hops + 1);
    }
  }
  return null;
}

/** What module `file` exports as `name`: a declaration of its own, or one it re-exports (`export { a as name } from './x'`). */
export function exportedBinding(file: SourceFile, name: string, hops = 0): Binding | null {
  for (const declaration of file.getExportDeclarations()) {
    const item = declaration.getNamedExports().find((named) => (named.getAliasNode()?.getText() ?? named.getName()) === name);
    if (item === undefined) continue;
    const specifier = declaration.getModuleSpecifierValue();
    if (specifier === undefined) return bindingOf(file, item.getName(), hops);
    const target = importedFile(file, specifier);
    return target === null || hops > MAX_HOPS ? null : exportedBinding(target, item.getName(), hops + 1);
  }
  const own = declaredIn(file, name);
  if (own !== null) return own;
  for (const declaration of file.getExportDeclarations()) {
    // `export * from './x'`
    const specifier = declaration.getModuleSpecifierValue();
    if (!declaration.hasNamedExports() && declaration.getNamespaceExport() === undefined && specifier !== undefined && hops <= MAX_HOPS) {
      const target = importedFile(file, specifier);
      const found = target === null ? null : exportedBinding(target, name, hops + 1);
      if (found !== null) return found;
    }
  }
  return null;
}
