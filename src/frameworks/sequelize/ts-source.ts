/**
 * Migration sources parsed with ts-morph (https://ts-morph.com), which reads
 * `.js`, `.cjs`, `.ts` and `.cts` alike. Nothing is type-checked or run: only the
 * syntax tree is walked.
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
  const m = morph();
  project ??= new m.Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true }, skipLoadingLibFiles: true });
  // One in-memory file at a time: every file is read on its own, nothing is resolved across files.
  const name = `/migration${extensionOf(file)}`;
  const tree = project.createSourceFile(name, source, { overwrite: true });
  const diagnostics = (tree.compilerNode as unknown as { parseDiagnostics?: readonly { start?: number }[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  const errorLine = first === undefined ? null : tree.getLineAndColumnAtPos(first.start ?? 0).line;
  return { tree, errorLine };
}

function extensionOf(file: string): string {
  const match = /\.(c?[jt]s|mjs|mts)$/.exec(file);
  const ext = match?.[1] ?? 'js';
  return `.${ext.replace(/^c/, '').replace(/^m/, '')}`;
}
