import { randomBytes } from 'node:crypto';
import { access, link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model/index.js';

const temporaryFiles = new Set<string>();

/**
 * Writes `content` to `target` atomically: a temporary file beside it, flushed
 * to disk, then moved into place, so a reader never sees half a script. Without
 * `force` an existing file is never replaced, even one created while we write.
 */
export async function writeFileAtomically(target: string, content: string, force: boolean): Promise<void> {
  if (!force && (await exists(target))) throw alreadyExists(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  temporaryFiles.add(temporary);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await rename(temporary, target);
    else await placeWithoutReplacing(temporary, target);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`the output file ${target} cannot be written (${describe(error)})`);
  } finally {
    await rm(temporary, { force: true });
    temporaryFiles.delete(temporary);
  }
}

/**
 * A hard link fails with EEXIST if `target` exists at that instant, which the
 * check before writing cannot promise. File systems without hard links fall
 * back to that check and a rename.
 */
async function placeWithoutReplacing(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (await exists(target)) throw alreadyExists(target);
    await rename(temporary, target);
  }
}

/** Fails early, before any work, when `target` exists and may not be replaced. */
export async function refuseExistingOutput(target: string, force: boolean): Promise<void> {
  if (!force && (await exists(target))) throw alreadyExists(target);
}

/** Removes temporary files of writes still under way (on SIGINT/SIGTERM). */
export async function removeTemporaryFiles(): Promise<void> {
  await Promise.all([...temporaryFiles].map((file) => rm(file, { force: true })));
}

function alreadyExists(target: string): InputError {
  return new InputError(`the output file ${target} already exists; pass --force to replace it`);
}

function describe(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
