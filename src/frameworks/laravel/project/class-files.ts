/**
 * Finding a class's file through composer's PSR-4 autoload.
 */
import { access } from 'node:fs/promises';
import { type Psr4Entry, psr4Candidates } from './composer.js';

/** The first candidate file that exists, or null. */
export async function findFile(className: string, entries: readonly Psr4Entry[]): Promise<string | null> {
  for (const file of psr4Candidates(className, entries)) {
    try {
      await access(file);
      return file;
    } catch {
      // The next PSR-4 folder may hold it.
    }
  }
  return null;
}
