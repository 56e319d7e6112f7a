/**
 * The TypeScript compiler (the one ts-morph ships) as the reader of JavaScript and
 * TypeScript migration files: parsing only, no program, no type checker, nothing run.
 */
import { createRequire } from 'node:module';
import type { ts as Ts } from 'ts-morph';

export type { Ts };

let loaded: typeof Ts | null = null;

/**
 * ts-morph takes about a second to load and only JavaScript frameworks need it, so it
 * is required on first use (as the MySQL dialect does with node-sql-parser):
 * `FrameworkAdapter.analyze` is synchronous, so an `await import()` has no place to go.
 */
export function typescript(): typeof Ts {
  if (loaded === null) loaded = (createRequire(import.meta.url)('ts-morph') as { ts: typeof Ts }).ts;
  return loaded;
}

/** Parses one file by its extension (`.ts`/`.mts`/`.cts` as TypeScript, the rest as JavaScript). */
export function parseSource(file: string, source: string): Ts.SourceFile {
  const ts = typescript();
  const kind = /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
}

/** The parser's first syntax error, as a 1-based line and its message; null when there is none. */
export function syntaxError(sf: Ts.SourceFile): { line: number; message: string } | null {
  const ts = typescript();
  const diagnostics = (sf as unknown as { parseDiagnostics?: readonly Ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  if (first === undefined) return null;
  return { line: sf.getLineAndCharacterOfPosition(first.start).line + 1, message: ts.flattenDiagnosticMessageText(first.messageText, ' ') };
}

/** The 1-based line a node starts on, its leading comments left out. */
export function lineOf(node: Ts.Node): number {
  const sf = node.getSourceFile();
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}
