/**
 * Drizzle's migration files: `<prefix>_<name>.sql`, the prefix being drizzle-kit
 * generate's `--prefix` (`index`, the default: `0000`, `0001`...; `timestamp`,
 * `unix`, `supabase`: digits too), and their statements, which drizzle-orm's
 * migrator splits on `--> statement-breakpoint` (src/migrator.ts
 * `readMigrationFiles`) and runs one by one.
 */

const FILE = /^(\d+)_([^./\\]+)\.sql$/;

/** The migration's name (its journal tag) for a file path, or null when the file is not named as drizzle-kit names them. */
export function migrationName(file: string): string | null {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  const match = FILE.exec(base);
  return match === null ? null : base.slice(0, -'.sql'.length);
}

/** By numeric prefix, then by name: the journal's order for every prefix drizzle-kit writes. */
export function compareNames(a: string, b: string): number {
  const number = (name: string): bigint => BigInt(/^\d+/.exec(name)?.[0] ?? '0');
  const [x, y] = [number(a), number(b)];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text drizzle-orm's migrator splits a migration's file on. */
export const BREAKPOINT = '--> statement-breakpoint';

/** One part of a migration file between breakpoints, with the line its first statement starts on. */
export interface Chunk {
  readonly sql: string;
  readonly line: number;
  /** The line the part's text begins on (before blank and comment lines). */
  readonly startLine: number;
}

/**
 * The file's parts as the migrator sends them, each with the line of its first
 * line that is neither blank nor a `--` comment; parts holding nothing else
 * are left out (the database does nothing with them).
 */
export function chunksOf(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let line = 1;
  for (const part of source.split(BREAKPOINT)) {
    const lines = part.split('\n');
    const first = lines.findIndex((text) => text.trim() !== '' && !text.trim().startsWith('--'));
    if (first >= 0) chunks.push({ sql: part, line: line + first, startLine: line });
    line += lines.length - 1;
  }
  return chunks;
}
