import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/model/errors.js';
import { cut, oneByteChunks, scanChunks, type ScanEvent } from './scan-helpers.js';

const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/postgres/${name}`, import.meta.url)));

const statements = (events: ScanEvent[]): Array<[string, number]> =>
  events.flatMap((e) => (e.kind === 'statement' ? [[e.text, e.line] as [string, number]] : []));

describe('pg statement scanner: what ends a statement', () => {
  it.each([
    ['plain statements', 'SET a = 1;\nSET b = 2;\n', [['SET a = 1', 1], ['SET b = 2', 2]]],
    ['semicolon in a string', "SELECT 'a;b';", [["SELECT 'a;b'", 1]]],
    ['doubled quote', "SELECT 'it''s; ok';", [["SELECT 'it''s; ok'", 1]]],
    ['E-string with escaped quote', "SELECT E'a\\';b';", [["SELECT E'a\\';b'", 1]]],
    ['E-string doubled then escaped quote', "SELECT E'a'';\\';';", [["SELECT E'a'';\\';'", 1]]],
    ['backslash is plain in a standard string', "SELECT 'a\\';", [["SELECT 'a\\'", 1]]],
    ['identifier ending in e before a string', "SELECT name'x;';", [["SELECT name'x;'", 1]]],
    ['quoted identifier', 'CREATE TABLE "a;""b" (x int);', [['CREATE TABLE "a;""b" (x int)', 1]]],
    ['empty dollar tag', 'DO $$ BEGIN; END $$;', [['DO $$ BEGIN; END $$', 1]]],
    ['named dollar tag holding $$', "SELECT $_$ a $$ ; $_$;", [['SELECT $_$ a $$ ; $_$', 1]]],
    ['positional parameter is no dollar quote', 'PREPARE p AS SELECT $1;SELECT 2;', [['PREPARE p AS SELECT $1', 1], ['SELECT 2', 1]]],
    ['dollar inside an identifier', 'SELECT a$b;SELECT 1;', [['SELECT a$b', 1], ['SELECT 1', 1]]],
    ['line comment in a statement', 'SELECT 1 -- a; b\n;', [['SELECT 1 -- a; b\n', 1]]],
    ['comments before a statement are dropped', '-- one\n/* two; */\nSELECT 1;', [['SELECT 1', 3]]],
    ['nested block comment', '/* a /* b; */ c; */ SELECT 1;', [['SELECT 1', 1]]],
    ['minus at statement start', '-1;', [['-1', 1]]],
    ['CRLF line ends', 'SET a = 1;\r\nSET b = 2;\r\n', [['SET a = 1', 1], ['SET b = 2', 2]]],
    ['UTF-8 BOM', '\ufeffSET a = 1;', [['SET a = 1', 1]]],
    ['multibyte text', "COMMENT ON TABLE t IS 'Ünïcödé ✓';\nSET x = 1;", [["COMMENT ON TABLE t IS 'Ünïcödé ✓'", 1], ['SET x = 1', 2]]],
  ] as const)('%s', (_name, input, expected) => {
    expect(statements(scanChunks([Buffer.from(input)]))).toEqual(expected);
  });
});

describe('pg statement scanner: meta-commands and COPY blocks', () => {
  it('reports psql meta-command lines', () => {
    const events = scanChunks([Buffer.from('\\restrict abc\r\nSET a = 1;\n\\connect other\nSET b = 1;\n\\unrestrict abc')]);
    expect(events).toEqual([
      { kind: 'meta', text: '\\restrict abc', line: 1 },
      { kind: 'statement', text: 'SET a = 1', line: 2 },
      { kind: 'meta', text: '\\connect other', line: 3 },
      { kind: 'statement', text: 'SET b = 1', line: 4 },
      { kind: 'meta', text: '\\unrestrict abc', line: 5 },
    ]);
  });

  it.each([
    ['skipped rows keep line numbers', 0, 'COPY t (a) FROM stdin;\n1\n2\n\\.\nSET a = 1;\n', [], true, 5],
    ['kept rows are delivered with their lines', 5, 'COPY t (a) FROM stdin;\n1\n2\n\\.\nSET a = 1;\n', [['1', 2], ['2', 3]], false, 5],
    ['the cap marks more rows', 1, 'COPY t (a) FROM stdin;\n1\n2\n\\.\nSET a = 1;\n', [['1', 2]], true, 5],
    ['an empty block', 3, 'COPY t (a) FROM stdin;\n\\.\nSET a = 1;\n', [], false, 3],
    ['escaped backslash-dot in data is no terminator', 3, 'COPY t (a) FROM stdin;\n\\\\.\n\\.\nSET a = 1;\n', [['\\\\.', 2]], false, 4],
    ['CRLF rows and terminator', 3, 'COPY t (a) FROM stdin;\r\n1\r\n\\.\r\nSET a = 1;\r\n', [['1', 2]], false, 4],
    ['SQL-looking data is data', 0, "COPY t (a) FROM stdin;\nDROP TABLE x; '\n\\.\nSET a = 1;\n", [], true, 4],
  ] as const)('%s', (_name, keep, input, rows, more, setLine) => {
    const events = scanChunks([Buffer.from(input)], keep);
    expect(events.filter((e) => e.kind === 'row').map((e) => [e.text, e.line])).toEqual(rows);
    expect(events.find((e) => e.kind === 'copyEnd')).toMatchObject({ more });
    expect(statements(events)).toEqual([['SET a = 1', setLine]]);
  });

  it('reads a final terminator without its line feed', () => {
    const events = scanChunks([Buffer.from('COPY t (a) FROM stdin;\n1\n\\.')], 1);
    expect(events.at(-1)).toEqual({ kind: 'copyEnd', delivered: 1, more: false });
  });
});

describe('pg statement scanner: truncated input', () => {
  it.each([
    ['a quoted string', "SET a = 1;\nSELECT 'abc", 'a quoted string that starts at line 2'],
    ['a dollar-quoted string', 'SET a = 1;\n\nDO $x$ begin', 'a dollar-quoted string that starts at line 3'],
    ['a block comment', '/* a /* b */ c', 'a block comment that starts at line 1'],
    ['a quoted identifier', 'CREATE TABLE "abc', 'a quoted identifier that starts at line 1'],
    ['a statement', 'SET a = 1;\nCREATE TABLE t (a int)', 'a statement (no closing semicolon) that starts at line 2'],
    ['COPY data', 'COPY public.t (a) FROM stdin;\n1\n2\n', 'the COPY data of public.t that starts at line 1'],
    ['a COPY statement', 'COPY public.t (a) FROM stdin;', 'the COPY data of public.t that starts at line 1'],
  ])('EOF inside %s throws InputError', (_name, input, message) => {
    expect(() => scanChunks([Buffer.from(input)])).toThrow(InputError);
    expect(() => scanChunks([Buffer.from(input)])).toThrow(`the dump ends inside ${message}; the file looks truncated`);
  });

  it('a trailing line comment is not truncation', () => {
    expect(statements(scanChunks([Buffer.from('SET a = 1;\n-- PostgreSQL database dump comp')]))).toEqual([['SET a = 1', 1]]);
  });
});

describe('pg statement scanner: chunking does not matter', () => {
  const fixtures = ['plain.sql', 'inserts.sql', 'rows-per-insert.sql', 'laravel-schema-dump.sql'];

  it.each(fixtures)('%s reads the same in one chunk and in 1-byte chunks', (name) => {
    const input = fixture(name);
    for (const keep of [0, 2]) {
      expect(scanChunks(oneByteChunks(input), keep)).toEqual(scanChunks([input], keep));
    }
  });

  it.each(fixtures)('%s reads the same at random chunk boundaries', (name) => {
    const input = fixture(name);
    const whole = scanChunks([input], 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 40 }), (offsets) => {
        expect(scanChunks(cut(input, offsets), 1)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('statement line numbers match the line the text is on', () => {
    const input = fixture('plain.sql');
    const lines = input.toString('utf8').split('\n');
    for (const [text, line] of statements(scanChunks([input]))) {
      expect(`${lines[line - 1]}\n`.startsWith(`${text.split('\n')[0]}`)).toBe(true);
    }
  });

  it('random cuts of a fixture either scan or throw InputError', () => {
    const input = fixture('plain.sql');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: input.length }), fc.array(fc.integer({ min: 1, max: input.length }), { maxLength: 5 }), (end, offsets) => {
        const prefix = input.subarray(0, end);
        try {
          scanChunks(cut(prefix, offsets), 1);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
