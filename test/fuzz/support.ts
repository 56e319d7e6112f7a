import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
