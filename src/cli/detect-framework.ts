import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { type FrameworkAdapter, InputError, UsageError } from '../model/index.js';
import { filesAt } from './load-migrations.js';

/** Bytes of each file an adapter looks at to recognise its migrations: the imports and the class or function head. */
const HEAD_BYTES = 4096;
/** Files looked at per location: enough to tell frameworks apart, few enough to stay instant on 2,000 migrations. */
const SAMPLED_FILES = 40;

/**
 * The framework whose migrations the given locations hold, when `--framework`
 * is not given: each adapter lists the files its naming rule accepts and
 * recognises its own among them from their first bytes; the adapter that
 * recognises the most wins. With `--app` only adapters that read a project
 * take part, and without locations the one whose project files (a knexfile)
 * are in the app's folder is chosen, else the one that names none.
 *
 * @throws UsageError when no adapter recognises any file (unless there is only
 *   one: loading it then names the problem), or two recognise as many: the user
 *   must say which with `--framework`.
 */
export async function detectFramework(adapters: Readonly<Record<string, FrameworkAdapter>>, locations: readonly string[], app: string | null): Promise<FrameworkAdapter> {
  const candidates = Object.values(adapters).filter((adapter) => app === null || adapter.readProject !== undefined);
  if (app !== null && locations.length === 0) {
    if (candidates.length === 1) return candidates[0]!;
    const marked = await filterAsync(candidates, (adapter) => hasProjectFile(app, adapter));
    // Adapters that name no project files take any folder, when no other framework's files are there.
    const chosen = marked.length > 0 ? marked : candidates.filter((adapter) => adapter.projectFiles === undefined);
    if (chosen.length === 1) return chosen[0]!;
    const files = candidates.flatMap((adapter) => (adapter.projectFiles === undefined ? [] : [`${adapter.name}: ${adapter.projectFiles.join(', ')}`])).join('; ');
    throw new UsageError(`the framework of --app ${app} cannot be told from its files (${files}); say which with --framework`);
  }
  const scores = await Promise.all(candidates.map(async (adapter) => ({ adapter, score: await recognised(adapter, locations) })));
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const winners = scores.filter((entry) => entry.score === best);
  if (best === 0) {
    // Loading says best what is wrong with a location (no such folder, not a migration file);
    // with one candidate it also says which files it looked for.
    for (const location of locations) await filesAt(location, candidates[0]!);
    if (candidates.length === 1) return candidates[0]!;
    const patterns = candidates.map((adapter) => `${adapter.name}: ${adapter.filePatterns.join(', ')}`).join('; ');
    throw new UsageError(`no migrations of a known framework were found in ${locations.join(', ')} (${patterns}); if they are there, say which framework with --framework`);
  }
  if (winners.length > 1) throw new UsageError(`${locations.join(', ')} hold migrations of ${winners.map((entry) => entry.adapter.name).join(' and ')} alike; say which with --framework`);
  return winners[0]!.adapter;
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, index) => kept[index]);
}

async function hasProjectFile(app: string, adapter: FrameworkAdapter): Promise<boolean> {
  for (const file of adapter.projectFiles ?? []) {
    if ((await stat(path.join(app, file)).catch(() => null))?.isFile() === true) return true;
  }
  return false;
}

async function recognised(adapter: FrameworkAdapter, locations: readonly string[]): Promise<number> {
  let count = 0;
  for (const location of locations) {
    let files: string[];
    try {
      files = await filesAt(location, adapter);
    } catch (error) {
      // A location this adapter's naming finds nothing in counts as nothing recognised; loading says why later.
      if (error instanceof InputError) continue;
      throw error;
    }
    for (const file of files.slice(0, SAMPLED_FILES)) if (adapter.recognises(file, await head(file))) count += 1;
  }
  return count;
}

async function head(file: string): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.toString('utf8', 0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    // Unreadable files are reported by the loading that follows, with the right words.
    return '';
  }
}
