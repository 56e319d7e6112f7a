import { existsSync } from 'node:fs';
import { UsageError } from '../model/index.js';

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * The dumps `--dump` arguments stand for, in order, each once: a path that
 * exists (or `-`) is itself, even with glob characters in its name; otherwise a
 * glob stands for the files and pg_dump directory archives it matches, sorted.
 * A path that neither exists nor matches is left for the reader to report.
 *
 * @throws UsageError when a glob matches nothing, or standard input is one of several dumps.
 */
export async function expandDumps(args: readonly string[]): Promise<string[]> {
  const dumps: string[] = [];
  for (const arg of args) {
    if (arg === '-' || !GLOB_CHARACTERS.test(arg) || existsSync(arg)) {
      dumps.push(arg);
      continue;
    }
    // fast-glob costs 40 ms to load; only a glob argument needs it.
    const { default: fg } = await import('fast-glob');
    const matches = (await fg(arg, { onlyFiles: false, markDirectories: true, dot: false })).map((match) => match.replace(/\/$/, '')).sort();
    if (matches.length === 0) throw new UsageError(`--dump ${arg} matches no file`);
    dumps.push(...matches);
  }
  const unique = [...new Set(dumps)];
  if (unique.length > 1 && unique.includes('-')) throw new UsageError('standard input (--dump -) can only be the one dump of a run');
  return unique;
}
