/**
 * Evaluating PHP files of a project that are not migrations (config files,
 * service providers) with the same static evaluation migrations get.
 */
import { readFile } from 'node:fs/promises';
import { Analysis, type ClassInfo } from '../analysis-context.js';
import { parsePhp, type PhpNode } from '../php-ast.js';
import type { StaticValue } from '../php-values.js';
import { evaluate } from '../static-eval.js';
import type { LaravelProject } from './project-context.js';

const NO_CLASS: ClassInfo = { name: null, constants: new Map(), properties: new Map(), methods: new Map(), parentMethods: new Map() };

/** A parsed PHP file and an evaluator bound to it; null when the file cannot be read or parsed. */
export interface PhpFile {
  readonly file: string;
  readonly source: string;
  readonly program: PhpNode;
  evaluate(node: PhpNode | null, env?: Map<string, StaticValue>): StaticValue | undefined;
}

export type PhpFileOutcome = { readonly ok: true; readonly php: PhpFile } | { readonly ok: false; readonly reason: string; readonly line: number };

/** Read and parse `file`; `project` answers `env()`, `config()` and the path helpers in it. */
export async function readPhpFile(file: string, project: LaravelProject | null): Promise<PhpFileOutcome> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, line: 1 };
  }
  return parsedPhpFile(file, source, project);
}

export function parsedPhpFile(file: string, source: string, project: LaravelProject | null): PhpFileOutcome {
  const parsed = parsePhp(source, file);
  if (!parsed.ok) return { ok: false, reason: `is not valid PHP: ${parsed.message}`, line: parsed.line };
  const a = new Analysis(file, source, project?.tablePrefix ?? '', NO_CLASS, project);
  return {
    ok: true,
    php: {
      file,
      source,
      program: parsed.program,
      evaluate: (node, env = new Map()) => evaluate(node, { env, guards: [] }, a),
    },
  };
}
