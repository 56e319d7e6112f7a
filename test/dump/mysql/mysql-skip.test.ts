import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MysqlStatementScanner } from '../../../src/dump/mysql/mysql-statement-scanner.js';

// In mysqldump output a skipped INSERT is crossed line feed by line feed (no
// raw line feed can be inside a string there). Without the mysqldump header the
// scanner reads every byte. Both must find the same statements on the same lines.
interface Seen {
  text: string;
  line: number;
}

function scan(input: Buffer, chunk: number): Seen[] {
  const seen: Seen[] = [];
  const scanner = new MysqlStatementScanner('dump.sql', {
    begin: (head) => !/^INSERT INTO `(telemetry_events|messages|notes)`/.test(head),
    statement: (text, line) => seen.push({ text: text.slice(0, 60), line }),
  });
  for (let i = 0; i < input.length; i += chunk) scanner.push(input.subarray(i, i + chunk));
  scanner.finish();
  return seen;
}

const HEADER = '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n';
const NOT_MYSQLDUMP = '-- hand-written dump, with the same statements\n';

function dump(header: string, body: string): Buffer {
  return Buffer.from(header + body, 'utf8');
}

describe('skipping unwanted INSERTs in mysqldump output', () => {
  const value = fc.string({ unit: fc.constantFrom('a', ';', "\\'", '\\n', '\\\\', ')', '(', ',', '`', '"', 'é'), maxLength: 30 });
  const body = fc.array(fc.tuple(fc.constantFrom('notes', 'migrations'), fc.array(value, { minLength: 1, maxLength: 40 })), { minLength: 1, maxLength: 12 }).map((statements) =>
    statements
      .map(([table, values]) => `INSERT INTO \`${table}\` VALUES ${values.map((v, i) => `(${i},'${v}')`).join(',\n')};\n`)
      .join('CREATE TABLE `x` (`a` int);\n'),
  );

  it('finds the same statements on the same lines as the byte-wise reading, at any chunk size', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 700 }), (text, chunk) => {
        const fast = scan(dump(HEADER, text), chunk);
        const slow = scan(dump(NOT_MYSQLDUMP, text), chunk);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });

  it('looks at exactly the first 256 bytes for the header, however the chunks fall', () => {
    // Found by fuzzing: a CR just past the header window was seen only when the
    // first chunk was short, which switched the line-by-line skipping off.
    const padding = '-- '.padEnd(256 - HEADER.length - 1, 'x') + '\n';
    const input = dump(HEADER, `${padding}'\r\nINSERT INTO \`notes\` VALUES (1,'${'x'.repeat(600)}');\n`);
    const outcome = (chunk: number): string => {
      const scanner = new MysqlStatementScanner('dump.sql', { begin: () => false, statement: () => undefined });
      try {
        for (let i = 0; i < input.length; i += chunk) scanner.push(input.subarray(i, i + chunk));
        scanner.finish();
        return 'read to the end';
      } catch (error) {
        return String(error);
      }
    };
    const whole = outcome(input.length);
    for (const chunk of [1, 7, 100, 255, 256, 257]) expect(outcome(chunk)).toBe(whole);
  });

  it('on a real mysqldump file', () => {
    const real = readFileSync(new URL('../../../samples/mysql/full.sql', import.meta.url));
    const asHandWritten = Buffer.concat([Buffer.from(NOT_MYSQLDUMP), real]);
    const fast = scan(real, 4096);
    expect(fast.length).toBeGreaterThan(50);
    expect(fast.map((s) => s.line + 1)).toEqual(scan(asHandWritten, 4096).map((s) => s.line));
  });
});
