import { randomBytes } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model/index.js';

const temporaryFiles = new Set<string>();

/**
 * Writes `content` to `target` atomically: a temporary file beside it, then a
 * rename, so a reader never sees half a script. Refuses to replace an existing
 * file unless `force`.
 */
export async function writeFileAtomically(target: string, content: string, force: boolean): Promise<void> {
  if (!force && (await exists(target))) {
    throw new InputError(`the output file ${target} already exists; pass --force to replace it`);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  temporaryFiles.add(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx', mode: 0o644 });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`the output file ${target} cannot be written (${code ?? String(error)})`);
  } finally {
    temporaryFiles.delete(temporary);
  }
}

/** Removes temporary files of writes still under way (on SIGINT/SIGTERM). */
export async function removeTemporaryFiles(): Promise<void> {
  await Promise.all([...temporaryFiles].map((file) => rm(file, { force: true })));
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
