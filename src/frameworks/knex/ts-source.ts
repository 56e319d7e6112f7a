/**
 * The TypeScript compiler (the one ts-morph ships) as the reader of JavaScript and
 * TypeScript migration files: parsing only, no program, no type checker, nothing run.
 */
import type { ts as Ts } from 'ts-morph';
import { tsMorph } from '../ts-morph.js';

export type { Ts };

/** The TypeScript compiler ts-morph ships, loaded on first use (see tsMorph). */
export function typescript(): typeof Ts {
  return tsMorph().ts;
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
