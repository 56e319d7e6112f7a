/**
 * Prisma Migrate's migrations folder: `<timestamp>_<name>/migration.sql` subfolders
 * beside a `migration_lock.toml` that names the provider.
 *
 * Facts from prisma/prisma-engines (schema-engine/connectors/schema-connector/src):
 * - migrations_directory.rs: a migration's name is its folder's name
 *   (`MigrationDirectory::migration_name`); `read_provider_from_lock_file` takes the
 *   first line starting with `provider`, strips `provider = ` and the quotes; a
 *   provider other than the datasource's stops every command (`error_on_changed_provider`,
 *   P3019); no lock file is no check.
 * - checksum.rs: `render_checksum` is SHA-256 of the script as read, in lower-case hex,
 *   zero-padded (64 characters); `script_matches_checksum` also accepts the script
 *   with CRLF turned into LF and LF into CRLF, and the old unpadded spelling.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DialectName, FolderContext, FrameworkOptions, TrackingRecord } from '../../model/index.js';

export const MIGRATION_FILE = 'migration.sql';
export const LOCK_FILE = 'migration_lock.toml';

/** What `readFolder` keeps of a migrations folder: the provider its lock file names. */
export interface PrismaFolder extends FolderContext {
  readonly framework: 'prisma';
  /** As written in the lock file (`postgresql`, `mysql`, `sqlite`, …); null without a lock file. */
  readonly provider: string | null;
  readonly lockFile: string;
}

/** Prisma's providers by the engine whose dumps migstamp reads; those it does not read are absent. */
const PROVIDER_DIALECT: Readonly<Record<string, DialectName>> = { postgresql: 'postgres', cockroachdb: 'postgres', mysql: 'mysql', sqlite: 'sqlite' };

/** The dump dialect a provider's SQL is written for; null for one migstamp does not read (sqlserver) or none. */
export function providerDialect(provider: string | null): DialectName | null {
  return provider === null ? null : (PROVIDER_DIALECT[provider] ?? null);
}

/**
 * `<folder>/migration.sql` → the folder's name. Prisma lists every subfolder of the
 * migrations folder as a migration; hidden ones (`.git`) are left out here.
 */
export function migrationName(file: string): string | null {
  const normalized = file.split(path.sep).join('/');
  if (!normalized.endsWith(`/${MIGRATION_FILE}`)) return null;
  const folder = path.posix.basename(path.posix.dirname(normalized));
  return folder === '' || folder === '.' || folder.startsWith('.') ? null : folder;
}

/** The CLI lists the folders sorted by name (byte order for the ASCII names `migrate dev` writes). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The lock file's provider, read as migrations_directory.rs `read_provider_from_lock_file` reads it. */
export function lockFileProvider(content: string): string {
  const line = content.split(/\r?\n/).find((candidate) => candidate.startsWith('provider'));
  if (line === undefined) return '<PROVIDER NOT FOUND>';
  return line.replace(/^(?:provider = )+/, '').replace(/^"+|"+$/g, '');
}

/** Reads the folder's migration_lock.toml; a folder without one has no provider (Prisma checks nothing then). */
export async function readPrismaFolder(folder: string): Promise<PrismaFolder> {
  const lockFile = path.join(folder, LOCK_FILE);
  try {
    return { framework: 'prisma', provider: lockFileProvider(await readFile(lockFile, 'utf8')), lockFile };
  } catch {
    return { framework: 'prisma', provider: null, lockFile };
  }
}

/** SHA-256 of the file's bytes in lower-case hex, as checksum.rs `render_checksum` (the CLI reads the file as UTF-8, which keeps valid UTF-8 bytes as they are). */
export function prismaChecksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The `id` of the row the script writes. Prisma's engine takes a random UUID v4
 * (`Uuid::new_v4`); the script must be the same for the same inputs, so this one is
 * derived: the first 16 bytes of SHA-256("migstamp:" + name + ":" + checksum), with the
 * version nibble set to 4 and the variant bits to 10, written 8-4-4-4-12. Any value of
 * that shape reads as Prisma's own; the engine only compares ids it read back.
 */
export function prismaRowId(name: string, checksum: string): string {
  const bytes = createHash('sha256').update(`migstamp:${name}:${checksum}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The row's checksum and id, and the provider the migration was written for (`''` when no lock file says). */
export function prismaRecord(name: string, bytes: Uint8Array, options: FrameworkOptions): TrackingRecord {
  const checksum = prismaChecksum(bytes);
  const folder = options.folder as PrismaFolder | undefined;
  return { checksum, id: prismaRowId(name, checksum), provider: folder?.provider ?? '' };
}
