import { describe, expect, it } from 'vitest';
import { MAX_HELD_BYTES } from '../../../src/dump/postgres/pg-held-statement.js';
import { PgStatementScanner } from '../../../src/dump/postgres/pg-statement-scanner.js';

function scan(chunks: Buffer[]) {
  const seen: { head: string; held: number; length: number; line: number }[] = [];
  const scanner = new PgStatementScanner('dump.sql', {
    statement: (sql, line, length) => seen.push({ head: sql.subarray(0, 20).toString('utf8'), held: sql.length, length, line }),
    metaCommand: () => undefined,
    copyStart: () => 0,
    copyRow: () => undefined,
    copyEnd: () => undefined,
  });
  for (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
  return seen;
}

describe('overlong statements', () => {
  it('are held only up to MAX_HELD_BYTES, with their full length reported', () => {
    const body = Buffer.alloc(MAX_HELD_BYTES + 5 * 1024 * 1024, 'x');
    const chunks = [Buffer.from("INSERT INTO t VALUES ('"), ...Array.from({ length: 22 }, (_, i) => body.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024)), Buffer.from("');\nSELECT 1;\n")];
    const seen = scan(chunks);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.head).toBe("INSERT INTO t VALUES");
    expect(seen[0]!.held).toBeLessThanOrEqual(MAX_HELD_BYTES);
    expect(seen[0]!.length).toBe("INSERT INTO t VALUES ('".length + 22 * 1024 * 1024 + 2);
    expect(seen[1]).toMatchObject({ head: 'SELECT 1', held: 8, length: 8, line: 2 });
  });

  it('a comment before a statement split across chunks does not count towards the next statement', () => {
    const seen = scan([Buffer.from('-'), Buffer.from('- note\nSELE'), Buffer.from('CT 1;\n')]);
    expect(seen).toEqual([{ head: 'SELECT 1', held: 8, length: 8, line: 2 }]);
  });
});
