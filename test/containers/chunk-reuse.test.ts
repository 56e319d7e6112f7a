import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PgStatementScanner, type ScanHandler } from '../../src/dump/postgres/pg-statement-scanner.js';

// The plain-dump reader hands the scanner chunks from buffers it reuses for the
// next read (see prefetchedChunks in src/cli/dump-input.ts), so the scanner
// must copy whatever it keeps across chunks: statements and kept COPY rows
// that straddle a chunk boundary.
function events(dump: Buffer, chunkSize: number, reuse: boolean): string[] {
  const seen: string[] = [];
  const handler: ScanHandler = {
    statement: (sql, line) => seen.push(`${line} ${sql.toString('utf8')}`),
    metaCommand: (text, line) => seen.push(`${line} meta ${text}`),
    copyStart: (sql, line) => (seen.push(`${line} ${sql}`), 1000),
    copyRow: (row, line) => seen.push(`${line} row ${row.toString('utf8')}`),
    copyEnd: (delivered, more) => seen.push(`end ${delivered} ${more}`),
  };
  const scanner = new PgStatementScanner('plain.sql', handler);
  const shared = Buffer.alloc(chunkSize);
  for (let at = 0; at < dump.length; at += chunkSize) {
    const piece = dump.subarray(at, Math.min(at + chunkSize, dump.length));
    if (!reuse) {
      scanner.push(Buffer.from(piece));
      continue;
    }
    piece.copy(shared);
    scanner.push(shared.subarray(0, piece.length));
    // Scribble over the buffer as the next read would.
    shared.fill(0x78);
  }
  scanner.finish();
  return seen;
}

describe('scanning chunks from a reused buffer', () => {
  it('gives the same statements and rows as fresh buffers, whatever the chunk size', () => {
    const dump = readFileSync('test/fixtures/archives/plain.sql');
    const expected = events(dump, dump.length, false);
    expect(expected.length).toBeGreaterThan(300);
    for (const size of [7, 61, 500, 4096]) expect(events(dump, size, true), `chunks of ${size}`).toEqual(expected);
  });
});
