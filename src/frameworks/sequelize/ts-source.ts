/**
 * Migration sources parsed with ts-morph (https://ts-morph.com), which reads
 * `.js`, `.cjs`, `.ts` and `.cts` alike. Nothing is type-checked or run: only the
 * syntax trees of the migration and of the app modules it imports are walked.
 */
import type * as TsMorph from 'ts-morph';
import { type TsMorphModule, tsMorph } from '../ts-morph.js';

export type Morph = TsMorphModule;
export type Node = TsMorph.Node;

/** ts-morph, loaded on first use (see tsMorph). */
export function morph(): Morph {
  return tsMorph();
}

let project: TsMorph.Project | null = null;

/** The syntax tree of one file, and the syntax errors the parser found (an empty list when none). */
export function parseSource(file: string, source: string): { readonly tree: TsMorph.SourceFile; readonly errorLine: number | null } {
  // One slot for the migration; the modules it imports get their own (parseModule).
  const name = `/migration${extensionOf(file)}`;
  const tree = inMemory(name, source);
  const diagnostics = (tree.compilerNode as unknown as { parseDiagnostics?: readonly { start?: number }[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  const errorLine = first === undefined ? null : tree.getLineAndColumnAtPos(first.start ?? 0).line;
  return { tree, errorLine };
}

/**
 * The syntax tree of a module a migration imports, kept beside the migration's own
 * (each slot is overwritten by the next migration's modules, after its reading is done).
 * Null when it does not parse: its names then stay unknown.
 */
export function parseModule(slot: number, file: string, source: string): TsMorph.SourceFile | null {
  const tree = inMemory(`/modules/${slot}${extensionOf(file)}`, source);
  const diagnostics = (tree.compilerNode as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? [];
  return diagnostics.length === 0 ? tree : null;
}

function inMemory(name: string, source: string): TsMorph.SourceFile {
  const m = morph();
  project ??= new m.Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true }, skipLoadingLibFiles: true });
  return project.createSourceFile(name, source, { overwrite: true });
}

function extensionOf(file: string): string {
  const match = /\.(c?[jt]s|mjs|mts)$/.exec(file);
  const ext = match?.[1] ?? 'js';
  return `.${ext.replace(/^c/, '').replace(/^m/, '')}`;
}
