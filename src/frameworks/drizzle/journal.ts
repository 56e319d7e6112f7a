/**
 * Drizzle's journal, `meta/_journal.json` beside the migrations, as drizzle-kit
 * writes it and drizzle-orm 0.45's migrator reads it (src/migrator.ts
 * `readMigrationFiles`): `entries` in run order, each with `idx`, `when` (the
 * time drizzle-kit generated it, in milliseconds), `tag` (the file's name
 * without `.sql`) and `breakpoints`. The migrator runs exactly the entries,
 * in the journal's order, and fails when an entry's file is missing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type FolderContext, InputError } from '../../model/index.js';
import { compareNames, migrationName } from './migration-files.js';

/** One journal entry, as the migrator uses it. */
export interface JournalEntry {
  readonly idx: number;
  /** drizzle-kit's generation time in milliseconds: the row's `created_at`, and what the runner compares. */
  readonly when: number;
  readonly tag: string;
}

/** What `readFolder` hands back to `analyze` and `recordOf`. */
export interface DrizzleFolder extends FolderContext {
  readonly framework: 'drizzle';
  readonly journal: string;
  /** Entries by tag. */
  readonly entries: ReadonlyMap<string, JournalEntry>;
}

/** True when `context` is this adapter's folder context. */
export function isDrizzleFolder(context: FolderContext | undefined): context is DrizzleFolder {
  return context?.framework === 'drizzle';
}

/**
 * Reads and checks `folder/meta/_journal.json`. Throws InputError, naming the
 * file, when it is missing or unreadable, when an entry is malformed or its file
 * is missing (the migrator would fail), or when the journal's order is not the
 * order of the tags' numeric prefixes (migstamp orders migrations by name).
 */
export async function readJournal(folder: string): Promise<DrizzleFolder> {
  const journal = path.join(folder, 'meta', '_journal.json');
  let text: string;
  try {
    text = await readFile(journal, 'utf8');
  } catch {
    throw new InputError(`${folder} has no meta/_journal.json: drizzle-orm's migrator reads the migrations from that journal (a folder written by drizzle-kit generate has one)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${journal} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const raw = (parsed as { entries?: unknown }).entries;
  if (!Array.isArray(raw)) throw new InputError(`${journal} has no "entries" list: it is not a drizzle-kit journal`);
  const entries = new Map<string, JournalEntry>();
  let previous: string | null = null;
  for (const [position, item] of raw.entries()) {
    const entry = item as Partial<Record<keyof JournalEntry, unknown>>;
    if (typeof entry.tag !== 'string' || typeof entry.when !== 'number' || !Number.isSafeInteger(entry.when)) {
      throw new InputError(`${journal}: entry ${position + 1} lacks a text "tag" or an integer "when"`);
    }
    const tag = entry.tag;
    if (migrationName(`${tag}.sql`) === null) throw new InputError(`${journal}: the tag ${tag} has no numeric prefix (drizzle-kit generate --prefix none); migstamp orders migrations by that prefix and cannot follow this journal`);
    if (previous !== null && compareNames(previous, tag) >= 0) throw new InputError(`${journal}: ${tag} comes after ${previous} in the journal but not by name; migstamp orders migrations by name and cannot follow this journal`);
    if (!(await isFile(path.join(folder, `${tag}.sql`)))) throw new InputError(`${journal} lists ${tag}, but ${tag}.sql is not in ${folder}; drizzle-orm's migrator stops on it ("No file ... found")`);
    entries.set(tag, { idx: typeof entry.idx === 'number' ? entry.idx : position, when: entry.when, tag });
    previous = tag;
  }
  return { framework: 'drizzle', journal, entries };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
