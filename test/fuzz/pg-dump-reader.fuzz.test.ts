/**
 * Fuzzing the PostgreSQL dump reader (statement scanner, COPY blocks, parser,
 * snapshot building) with random cuts of the real dumps in samples/ and
 * test/fixtures/, and with SQL assembled from the constructs that change the
 * scanner's state. For every input: the reader returns a snapshot or throws
 * InputError (never anything else), in bounded time, and the outcome is the
 * same whether the bytes arrive in one chunk, one byte at a time, or split at
 * random places.
 */
import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postgres } from '../../src/dump/postgres/index.js';
import { InputError } from '../../src/model/errors.js';
import { fixtures, fragments, nextTurn, windowOf } from './support.js';

const DUMPS = [...fixtures('samples/pgsql', '.sql'), ...fixtures('test/fixtures/postgres', '.sql')];
const HEADER = '--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n';

const OPTIONS = {
  file: 'fuzz.sql',
  schema: null,
  trackingTable: 'migrations',
  trackingRows: laravelTrackingTable,
  keepRowsOf: new Set(['settings', 'plans', 'sources']),
  maxRowsPerTable: 5,
};

async function* chunked(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  let from = 0;
  for (const cut of cuts) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

/** The reader's outcome as comparable JSON: the snapshot, or the InputError's message and place. */
async function outcome(bytes: Buffer, cuts: readonly number[]): Promise<string> {
  try {
    const snapshot = await postgres.read(chunked(bytes, cuts), OPTIONS);
    return JSON.stringify(snapshot, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  } catch (error) {
    if (error instanceof InputError) return `InputError ${JSON.stringify(error.at)} ${error.message}`;
    throw error;
  }
}

const everyByte = (bytes: Buffer) => Array.from({ length: Math.max(0, bytes.length - 1) }, (_, n) => n + 1);

/** One chunk, 1-byte chunks and random cuts all give the same outcome, each within `seconds`. */
async function sameWhateverTheChunks(bytes: Buffer, randomCuts: readonly number[], seconds: number): Promise<void> {
  await nextTurn();
  const started = performance.now();
  const whole = await outcome(bytes, []);
  const cuts = [...new Set(randomCuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  expect(await outcome(bytes, cuts)).toBe(whole);
  expect(await outcome(bytes, everyByte(bytes))).toBe(whole);
  expect((performance.now() - started) / 1000).toBeLessThan(seconds);
}

const SQL_PIECES = [
  "'", "''", "E'", "\\'", '"', '""', '$$', '$a$', '$a', '$1', '--', '-- c\n', '/*', '*/', '/* /* */ */', ';', ';\n', '\n', '\r\n', ' ', '\t',
  '\\.\n', '\\restrict k\n', '\\connect db\n', '\\', 'COPY public.migrations (id, migration, batch) FROM stdin;\n', '1\t2020_01_01_000000_x\t1\n',
  'COPY public.settings (key, value) FROM stdin;\n', 'a\\tb\t\\N\n', 'CREATE TABLE public.migrations (id integer NOT NULL, migration character varying(255) NOT NULL, batch integer NOT NULL);\n',
  'CREATE TABLE public.t (a integer DEFAULT 1, b text);\n', "INSERT INTO public.migrations VALUES (1, 'a''b', 2);\n", 'INSERT INTO public.settings (key) VALUES (E\'\\n\');\n',
  'ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a);\n', 'CREATE UNIQUE INDEX i ON public.t USING btree (b);\n', "CREATE TYPE public.e AS ENUM ('x', 'y');\n",
  "SELECT pg_catalog.set_config('search_path', '', false);\n", 'SET search_path = other, public;\n', "SET client_encoding = 'LATIN1';\n", "SET client_encoding = 'EUC_JP';\n",
  'CREATE VIEW public.v AS SELECT 1;\n', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n', '((', '))', 'U&"', '\ufeff', '\u00e9', '名',
];

describe('PostgreSQL dump reader under fuzzing', () => {
  it('random SQL fragments: InputError or a snapshot, the same in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fragments(SQL_PIECES, 30), fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        await sameWhateverTheChunks(Buffer.from(HEADER + text), cuts, 5);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('random windows of the real dumps (cut mid-statement, mid-string, mid-character)', async () => {
    await fc.assert(
      fc.asyncProperty(windowOf(DUMPS, 3000), fc.array(fc.nat(), { maxLength: 6 }), async (window, cuts) => {
        await sameWhateverTheChunks(Buffer.concat([Buffer.from(HEADER), window]), cuts, 5);
      }),
      { numRuns: 2500 },
    );
  }, 120_000);

  it('the real dumps cut at a random length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: DUMPS.length - 1 }), fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), async (index, length, cuts) => {
        const bytes = DUMPS[index]!.bytes;
        await sameWhateverTheChunks(bytes.subarray(0, length % (bytes.length + 1)), cuts, 10);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
