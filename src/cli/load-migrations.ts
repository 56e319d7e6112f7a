import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, type FolderContext, type FrameworkAdapter, type FrameworkOptions, InputError, type Migration, type MigrationLocation } from '../model/index.js';

export interface LoadedMigrations {
  /** In the framework's run order. */
  readonly migrations: readonly Migration[];
  /** One entry per `--migrations` argument: the folder or glob and a hash over its files. */
  readonly sources: readonly { readonly path: string; readonly sha256: string; readonly files: number }[];
  readonly warnings: readonly Diagnostic[];
}

/** A `--migrations` argument (no origin) or a location a project registers (with its origin). */
export type Location = string | MigrationLocation;

/**
 * Finds migration files under each `--migrations` folder (or glob), reads them and
 * lets the adapter analyse each. Like Laravel, a later path's file wins when two
 * folders hold the same migration name; that is reported.
 */
export async function loadMigrations(given: readonly Location[], adapter: FrameworkAdapter, options: FrameworkOptions): Promise<LoadedMigrations> {
  const locations = given.map((location) => (typeof location === 'string' ? location : location.path));
  const origins = new Map<string, string>();
  const byName = new Map<string, string>();
  const warnings: Diagnostic[] = [];
  const sources: { path: string; sha256: string; files: number }[] = [];
  // Read once: the hash in the script's header is of exactly the bytes analysed.
  const contents = new Map<string, Buffer>();
  for (const [index, location] of locations.entries()) {
    const entry = given[index]!;
    const files = await filesAt(location, adapter);
    // Each path must count on its own: a misspelt vendor folder beside the app's
    // own would otherwise leave that package's migrations silently unjudged.
    if (files.length === 0) throw new InputError(`no migration files (${adapter.filePatterns.join(', ')}) were found in ${location}`);
    const named = files.flatMap((file) => {
      const name = adapter.migrationName(file);
      return name === null ? [] : [{ file, name }];
    });
    await readAll(named.map(({ file }) => file).filter((file) => !contents.has(file)), contents);
    const hash = createHash('sha256');
    for (const { file, name } of named) {
      const previous = byName.get(name);
      if (previous !== undefined && previous !== file) {
        warnings.push({ code: 'W-DUPLICATE-MIGRATION', message: `migration ${name} is in two places; ${file} is used, as the framework would, and ${previous} is ignored`, at: { file, line: 1 } });
      }
      byName.set(name, file);
      if (typeof entry !== 'string') origins.set(name, entry.origin);
      else origins.delete(name);
      hash.update(`${name}\u0000`).update(contents.get(file)!).update('\u0000');
    }
    sources.push({ path: location, sha256: hash.digest('hex'), files: files.length });
  }
  const names = [...byName.keys()].sort(adapter.compareNames);
  const folders = await folderContexts([...byName.values()], adapter);
  const migrations: Migration[] = [];
  for (const name of names) {
    const file = byName.get(name)!;
    const bytes = contents.get(file)!;
    const folder = folders.get(migrationFolder(file, adapter));
    const fileOptions = folder === undefined ? options : { ...options, folder };
    const analysed = adapter.analyze(name, file, bytes.toString('utf8'), fileOptions);
    const record = adapter.recordOf?.(name, file, bytes, fileOptions);
    const origin = origins.get(name);
    const migration = { ...analysed, ...(origin === undefined ? {} : { origin }), ...(record === undefined ? {} : { record }) };
    migrations.push(migration);
    warnings.push(...migration.warnings);
  }
  return { migrations, sources, warnings };
}

/** The folder that holds a migration: its file's folder, or the one above it where each migration is a folder of its own. */
function migrationFolder(file: string, adapter: FrameworkAdapter): string {
  const own = path.dirname(file);
  return adapter.fileInEachFolder === undefined ? own : path.dirname(own);
}

/** The adapter's `readFolder` result for each folder the migrations come from; empty without the hook. */
async function folderContexts(files: readonly string[], adapter: FrameworkAdapter): Promise<Map<string, FolderContext>> {
  const contexts = new Map<string, FolderContext>();
  if (adapter.readFolder === undefined) return contexts;
  for (const folder of new Set(files.map((file) => migrationFolder(file, adapter)))) contexts.set(folder, await adapter.readFolder(folder));
  return contexts;
}

/**
 * Each read is four round trips to libuv's thread pool (open, stat, read,
 * close); a few dozen at a time keep the pool busy instead of waiting on each
 * in turn (2,000 files: ~130 ms of waiting before).
 */
const CONCURRENT_READS = 32;

async function readAll(files: readonly string[], into: Map<string, Buffer>): Promise<void> {
  for (let from = 0; from < files.length; from += CONCURRENT_READS) {
    const batch = files.slice(from, from + CONCURRENT_READS);
    // Settled in order, so that of two unreadable files the first is the one reported.
    const results = await Promise.allSettled(batch.map(readMigrationFile));
    results.forEach((result, n) => {
      if (result.status === 'rejected') throw result.reason;
      into.set(batch[n]!, result.value);
    });
  }
}

/** A migration file's bytes; a file that cannot be read (permissions, vanished, a folder) is bad input. */
async function readMigrationFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
    throw new InputError(`the migration file ${file} cannot be read: ${reason}`);
  }
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * The migration files one `--migrations` argument stands for. A glob stands for
 * each path it matches, each read as that path alone would be: a folder for its
 * own migration files (a glob over packages' migrations folders), a file if it is one.
 */
/** The migration files one `--migrations` argument stands for, by the adapter's naming rule. */
export async function filesAt(location: string, adapter: FrameworkAdapter): Promise<string[]> {
  if (GLOB_CHARACTERS.test(location)) {
    // fast-glob costs 40 ms to load; only a glob argument needs it.
    const { default: fg } = await import('fast-glob');
    const matches = await fg(location, { onlyFiles: false, markDirectories: true, dot: false });
    if (matches.length === 0) throw new InputError(`--migrations ${location} matches no file or folder`);
    const files: string[] = [];
    for (const match of matches.sort()) {
      if (match.endsWith('/')) files.push(...(await folderFiles(match.slice(0, -1), adapter)));
      else if (adapter.migrationName(match) !== null) files.push(match);
    }
    return [...new Set(files)].sort();
  }
  let info;
  try {
    info = await stat(location);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`the migrations folder ${location} does not exist`);
    throw new InputError(`the migrations folder ${location} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!info.isDirectory()) {
    if (adapter.migrationName(location) !== null) return [location];
    throw new InputError(`${location} is neither a migrations folder nor a migration file`);
  }
  return folderFiles(location, adapter);
}

/**
 * Like Laravel's Migrator, only the folder's own files count, not subfolders;
 * the adapter's naming rule is its file pattern (Laravel: `*_*.php`).
 */
async function folderFiles(folder: string, adapter: FrameworkAdapter): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`the migrations folder ${folder} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files: string[] = [];
  const inEachFolder = adapter.fileInEachFolder;
  if (inEachFolder !== undefined) {
    for (const entry of entries) {
      const relative = `${entry.name}/${inEachFolder}`;
      const file = path.join(folder, entry.name, inEachFolder);
      if (entry.isDirectory() && adapter.migrationName(relative) !== null && (await isFile(file))) files.push(file);
    }
    return files.sort();
  }
  for (const entry of entries) {
    if (adapter.migrationName(entry.name) === null) continue;
    const file = path.join(folder, entry.name);
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(file)))) files.push(file);
  }
  return files.sort();
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
