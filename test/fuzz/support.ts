import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import fc from 'fast-check';
import { REPO_ROOT } from '../e2e/engines.js';

/** Files of `dir` (relative to the repository) whose names end with `suffix`, as bytes. */
export function fixtures(dir: string, suffix: string): { name: string; bytes: Buffer }[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(join(REPO_ROOT, dir, name)) }));
}

/** A random piece of one of `files`: a window of up to `maxLength` bytes, cut anywhere (mid-character too). */
export function windowOf(files: readonly { bytes: Buffer }[], maxLength: number): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.nat({ max: files.length - 1 }), fc.nat(), fc.nat({ max: maxLength }))
    .map(([index, start, length]) => {
      const bytes = files[index]!.bytes;
      const from = start % (bytes.length + 1);
      return bytes.subarray(from, Math.min(bytes.length, from + length));
    });
}

/** Text assembled from `pieces` and random unicode. */
export function fragments(pieces: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }), maxLength });
}

/** Fails a property case that takes longer than `seconds`: a stand-in for "no hang" that fast-check cannot interrupt. */
export function bounded<T>(seconds: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  const elapsed = (performance.now() - started) / 1000;
  if (elapsed > seconds) throw new Error(`took ${elapsed.toFixed(2)} s, more than ${seconds} s`);
  return result;
}

/**
 * Resolves on the event loop's next turn; each fuzz case awaits it first. A
 * suite's thousands of cases otherwise run back to back (their awaits settle
 * as microtasks), so the test worker's event loop stayed busy for the whole
 * file (22 s for the PostgreSQL reader's on a loaded 2-core machine) and could
 * not read vitest's messages meanwhile (vitest 3 gave up after 60 s, issue 14).
 */
export async function nextTurn(): Promise<void> {
  await setImmediate();
}
