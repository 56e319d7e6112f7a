import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { type Diagnostic, type FrameworkAdapter, type FrameworkOptions, InputError, type Migration } from '../model/index.js';

export interface LoadedMigrations {
  /** In the framework's run order. */
  readonly migrations: readonly Migration[];
  /** One entry per `--migrations` argument: the folder or glob and a hash over its files. */
  readonly sources: readonly { readonly path: string; readonly sha256: string; readonly files: number }[];
  readonly warnings: readonly Diagnostic[];
}

/**
 * Finds migration files under each `--migrations` folder (or glob), reads them and
 * lets the adapter analyse each. Like Laravel, a later path's file wins when two
 * folders hold the same migration name; that is reported.
 */
export async function loadMigrations(locations: readonly string[], adapter: FrameworkAdapter, options: FrameworkOptions): Promise<LoadedMigrations> {
  const byName = new Map<string, string>();
  const warnings: Diagnostic[] = [];
  const sources: { path: string; sha256: string; files: number }[] = [];
  for (const location of locations) {
    const files = await filesAt(location, adapter);
    const hash = createHash('sha256');
    for (const file of files) {
      const name = adapter.migrationName(file);
      if (name === null) continue;
      const previous = byName.get(name);
      if (previous !== undefined && previous !== file) {
        warnings.push({ code: 'W-DUPLICATE-MIGRATION', message: `migration ${name} is in two places; ${file} is used, as the framework would, and ${previous} is ignored`, at: { file, line: 1 } });
      }
      byName.set(name, file);
      hash.update(`${name}\u0000`).update(await readFile(file)).update('\u0000');
    }
    sources.push({ path: location, sha256: hash.digest('hex'), files: files.length });
  }
  if (byName.size === 0) {
    throw new InputError(`no migration files (${adapter.filePatterns.join(', ')}) were found in ${locations.join(', ')}`);
  }
  const names = [...byName.keys()].sort(adapter.compareNames);
  const migrations: Migration[] = [];
  for (const name of names) {
    const file = byName.get(name)!;
    const source = await readFile(file, 'utf8');
    const migration = adapter.analyze(name, file, source, options);
    migrations.push(migration);
    warnings.push(...migration.warnings);
  }
  return { migrations, sources, warnings };
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

async function filesAt(location: string, adapter: FrameworkAdapter): Promise<string[]> {
  if (GLOB_CHARACTERS.test(location)) {
    const files = await fg(location, { onlyFiles: true, dot: false });
    return files.filter((file) => adapter.migrationName(file) !== null).sort();
  }
  let info;
  try {
    info = await stat(location);
  } catch {
    throw new InputError(`the migrations folder ${location} does not exist`);
  }
  if (!info.isDirectory()) {
    if (adapter.migrationName(location) !== null) return [location];
    throw new InputError(`${location} is neither a migrations folder nor a migration file`);
  }
  // Like Laravel's Migrator, only the folder's own files count, not subfolders.
  const patterns = adapter.filePatterns.map((pattern) => path.posix.join(fg.convertPathToPattern(location), pattern));
  return (await fg(patterns, { onlyFiles: true, deep: 1 })).sort();
}
