/**
 * Skipping COPY data: the end it finds and the line feeds it counts must be
 * those of a byte-by-byte walk, for short lines (counted by words) and long
 * ones (walked from line feed to line feed), wherever the search starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipCopyData } from '../../../src/dump/postgres/pg-copy-skip.js';

/** The reference: the first line feed at or after `start` followed by `\.`, and the line feeds up to it. */
function walk(buf: Buffer, start: number): { at: number; lines: number } {
  let lines = 0;
  for (let i = start; i < buf.length; i++) {
    if (buf[i] !== 0x0a) continue;
    lines++;
    if (buf[i + 1] === 0x5c && buf[i + 2] === 0x2e) return { at: i, lines };
  }
  return { at: -1, lines };
}

/** COPY-like lines: bytes that are often backslashes, dots and line feeds' neighbours, of short or long lengths. */
const line = (maxLength: number) => fc.array(fc.constantFrom(0x5c, 0x2e, 0x4e, 0x61, 0x09, 0x0d, 0x7a), { maxLength }).map((bytes) => Buffer.from(bytes));
const data = fc.oneof(fc.array(line(6), { maxLength: 800 }), fc.array(line(300), { maxLength: 60 })).map((lines) => Buffer.concat(lines.flatMap((bytes) => [bytes, Buffer.from([0x0a])])));

describe('skipCopyData', () => {
  it('finds what a byte-by-byte walk finds, from any start', () => {
    fc.assert(
      fc.property(data, fc.boolean(), fc.nat(), (rows, terminated, startSeed) => {
        const buf = terminated ? Buffer.concat([rows, Buffer.from('\\.\n')]) : rows;
        const start = buf.length === 0 ? 0 : startSeed % buf.length;
        expect(skipCopyData(buf, start)).toEqual(walk(buf, start));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a terminator after short lines', `${'a\tb\n'.repeat(300)}\\.\n`, { at: 1199, lines: 300 }],
    ['a terminator after long lines', `${`${'x'.repeat(100)}\n`.repeat(300)}\\.\n`, { at: 30299, lines: 300 }],
    ['a line that starts with an escaped backslash is a row', 'a\n\\\\.\n', { at: -1, lines: 2 }],
    ['no terminator', 'a\nb\n', { at: -1, lines: 2 }],
    ['the last line feed with its backslash cut off by the chunk', 'a\n\\', { at: -1, lines: 1 }],
  ])('%s', (_, text, expected) => {
    expect(skipCopyData(Buffer.from(text, 'latin1'), 0)).toEqual(expected);
  });
});
