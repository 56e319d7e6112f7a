import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDump } from '../../src/cli/dump-input.js';
import { run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';
import { closeCursor, FileCursor, openCursor, readArchiveToc, type ArchiveToc } from '../../src/dump/containers/index.js';
import { tarMembers } from '../../src/dump/containers/pg-archive-tar.js';
import { InputError } from '../../src/model/index.js';

// Archives written by the real pg_dump 16 (archive version 1.15) and 17
// (1.16) from the same database as the pg_dump 15 fixtures beside them (see
// test/fixtures/archives/README.md and make-version-fixtures.sh): migstamp
// must reach the same verdicts and write the same script from all of them.
const dir = 'test/fixtures/archives';

interface Release {
  readonly folder: string;
  readonly major: number;
  readonly archiveVersion: string;
}
const releases: readonly Release[] = [
  { folder: `${dir}/pg16`, major: 16, archiveVersion: '1.15.0' },
  { folder: `${dir}/pg17`, major: 17, archiveVersion: '1.16.0' },
];
/** Formats migstamp reads: zlib-compressed or uncompressed data. */
const readable = ['custom.dump', 'custom-z0.dump', 'dir', 'archive.tar'];
/** Formats whose data Node cannot decompress, with the method their header names. */
const refused = [
  ['custom-lz4.dump', 'lz4'],
  ['custom-zstd.dump', 'zstd'],
  ['dir-lz4', 'lz4'],
] as const;

const base = runOptions({ command: 'sql', dump: `${dir}/plain.sql` });

/** The script without its "-- dump: PATH sha256:…" header lines, the ones that name the input. */
const body = (script: string) => script.replace(/^-- dump.*\n(--   .*\n)*/m, '');
/**
 * As in archives.test.ts: an archive's other tables' rows are never read, so
 * evidence after the data section cites other lines than in a plain dump; and
 * pg_dump 17 prints one more SET line than 15, shifting every line after it.
 */
// Comment lines are joined first: a line number of another width wraps a comment differently.
const lineless = (script: string) => body(script).replace(/\n-- +/g, ' ').replace(/dump line \d+/g, 'dump line N');
/** pg_dump's `\restrict` key is random per run; the rest of the text is comparable. */
const withoutRestrictKey = (text: string) => text.replace(/^\\(un)?restrict \S+$/gm, '\\$1restrict KEY');

async function plainText(path: string): Promise<string> {
  const input = await openDump(path, { hash: false });
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

function tocOf(path: string, dataIn: 'offset' | 'file'): ArchiveToc {
  const cursor = openCursor(path, statSync(path).size);
  try {
    return readArchiveToc(cursor, dataIn);
  } finally {
    closeCursor(cursor);
  }
}

function statusOf(text: string) {
  const report = JSON.parse(text);
  expect(report.verdicts.length).toBeGreaterThan(30);
  const verdicts = report.verdicts.map((verdict: { evidence: object[] }) => ({ ...verdict, evidence: verdict.evidence.map((evidence) => ({ ...evidence, dumpLine: 'N' })) }));
  return { verdicts, warnings: report.warnings, batch: report.batch };
}

describe.each(releases)('archives of pg_dump $major (archive version $archiveVersion)', ({ folder, major, archiveVersion }) => {
  it('were written by that pg_dump release', () => {
    expect(readFileSync(`${folder}/pg_dump-version.txt`, 'utf8')).toMatch(new RegExp(`^pg_dump \\(PostgreSQL\\) ${major}\\.`));
  });

  it('give the same verdicts and script as the pg_dump 15 plain dump, line numbers aside', async () => {
    const plain = await run(base);
    expect(plain.exitCode).toBe(0);
    const plainStatus = statusOf((await run({ ...base, command: 'status', json: true })).stdout);
    for (const format of ['plain.sql', ...readable]) {
      const dump = `${folder}/${format}`;
      const archive = await run({ ...base, dump });
      expect(archive.exitCode, dump).toBe(0);
      expect(lineless(archive.stdout), dump).toBe(lineless(plain.stdout));
      expect(archive.notes, dump).toEqual(plain.notes);
      expect(statusOf((await run({ ...base, command: 'status', json: true, dump })).stdout), dump).toEqual(plainStatus);
    }
  });

  it('write byte-identical scripts from every archive format, line numbers included', async () => {
    const scripts = await Promise.all(readable.map(async (format) => body((await run({ ...base, dump: `${folder}/${format}` })).stdout)));
    for (const [i, script] of scripts.entries()) expect(script, readable[i]).toBe(scripts[0]);
  });

  it('are read as exactly the text that release prints as a plain dump', async () => {
    // Covers what changed in pg_dump 16 (ALTER SEQUENCE … OWNER TO, no longer ALTER TABLE)
    // and 17 (SET transaction_timeout), beside the 1.15/1.16 header and TOC fields.
    const expected = withoutRestrictKey(readFileSync(`${folder}/plain.sql`, 'utf8'));
    expect(expected).toMatch(/^ALTER SEQUENCE public\.migrations_id_seq OWNER TO /m);
    expect(expected.includes('SET transaction_timeout = 0;\n')).toBe(major >= 17);
    for (const format of readable) expect(withoutRestrictKey(await plainText(`${folder}/${format}`)), format).toBe(expected);
  });

  it('rich.dump: every object kind of the pg_dump 15 rich.dump read as that release\'s pg_restore prints it', async () => {
    // pg_restore prints large-object contents, which migstamp leaves out. pg_dump 17
    // lists large objects by OID only (BLOB METADATA); they must become statements
    // of their own, not run into the constraint that follows them.
    const largeObjectContents = /BEGIN;\n\nSELECT pg_catalog\.lo_open[^]*?COMMIT;\n\n/;
    const printed = withoutRestrictKey(readFileSync(`${folder}/rich.sql`, 'utf8'));
    expect(printed).toMatch(largeObjectContents);
    expect(printed.includes('Type: BLOB METADATA')).toBe(major >= 17);
    expect(withoutRestrictKey(await plainText(`${folder}/rich.dump`))).toBe(printed.replace(largeObjectContents, ''));
  });

  it.each(refused)('%s: refused in one sentence naming %s and the pg_restore command', async (file, compression) => {
    const dump = `${folder}/${file}`;
    const error = await run({ ...base, dump }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error, dump).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${dump} is a pg_dump archive whose data is ${compression}-compressed, which migstamp cannot decompress; convert it with: pg_restore -f ${dump}.sql ${dump}`);
  });

  it('header: archive version, format and compression as pg_dump wrote them', () => {
    const headers = [
      ['custom.dump', 'offset', 1, 'gzip'],
      ['custom-z0.dump', 'offset', 1, 'none'],
      ['custom-lz4.dump', 'offset', 1, 'lz4'],
      ['custom-zstd.dump', 'offset', 1, 'zstd'],
      ['dir/toc.dat', 'file', 3, 'gzip'],
      ['dir-lz4/toc.dat', 'file', 3, 'lz4'],
    ] as const;
    for (const [file, dataIn, format, compression] of headers) {
      const toc = tocOf(`${folder}/${file}`, dataIn);
      expect(toc.header, file).toMatchObject({ version: archiveVersion, intSize: 4, offSize: 8, format, compression, database: 'migstamp_archives' });
      expect(toc.header.pgDumpVersion, file).toMatch(new RegExp(`^${major}\\.`));
      expect(toc.header.serverVersion, file).toMatch(/^15\./);
      expect(toc.entries, file).toHaveLength(237);
    }
  });

  it('header of the toc.dat inside the tar archive: no compression (pg_dump never compresses tar members)', () => {
    const path = `${folder}/archive.tar`;
    const cursor = openCursor(path, statSync(path).size);
    try {
      const member = tarMembers(cursor).get('toc.dat')!;
      const toc = readArchiveToc(new FileCursor(cursor.fd, path, member.start, member.start + member.size), 'file');
      expect(toc.header).toMatchObject({ version: archiveVersion, format: 3, compression: 'none' });
      expect(toc.entries).toHaveLength(237);
    } finally {
      closeCursor(cursor);
    }
  });

  it('TOC entries: relkind is stored from 1.16 on, tableam as before', () => {
    const toc = tocOf(`${folder}/custom.dump`, 'offset');
    const table = toc.entries.find((e) => e.desc === 'TABLE' && e.tag === 'migrations')!;
    const sequence = toc.entries.find((e) => e.desc === 'SEQUENCE' && e.tag === 'migrations_id_seq')!;
    expect(table).toMatchObject({ namespace: 'public', tableam: 'heap', tablespace: '', owner: 'root', relkind: major >= 17 ? 'r'.charCodeAt(0) : null });
    // pg_dump 17 fills relkind only for what dumpTableSchema writes (pg_dump.c); a sequence gets 0.
    expect(sequence.relkind).toBe(major >= 17 ? 0 : null);
    const data = toc.entries.find((e) => e.desc === 'TABLE DATA' && e.tag === 'migrations')!;
    expect(data.copyStmt.toString()).toBe('COPY public.migrations (id, migration, batch) FROM stdin;\n');
    expect(data.dependencies).toEqual([table.dumpId]);
    expect(data.data).toMatchObject({ kind: 'offset' });
    const dirData = tocOf(`${folder}/dir/toc.dat`, 'file').entries.find((e) => e.desc === 'TABLE DATA' && e.tag === 'migrations')!;
    expect(dirData.data).toEqual({ kind: 'file', name: `${dirData.dumpId}.dat` });
  });
});
