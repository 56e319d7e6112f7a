import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDump } from '../../src/cli/dump-input.js';
import { createProgress, progressText } from '../../src/cli/progress.js';
import { run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';
import { closeCursor, openCursor, readArchiveToc } from '../../src/dump/containers/index.js';
import { InputError } from '../../src/model/index.js';

// Every fixture here was written by the real pg_dump 15 from one database the
// sample app's migrations built (see make-fixtures.sh); whatever the format,
// migstamp must reach the same verdicts and write the same script.
const dir = 'test/fixtures/archives';
const formats = ['plain.sql', 'custom.dump', 'custom-z0.dump', 'dir', 'dir-z0', 'archive.tar'];

const base = runOptions({ command: 'sql', dump: `${dir}/plain.sql` });

/** The script without its "-- dump: PATH sha256:…" header lines, the ones that name the input. */
const body = (script: string) => script.replace(/^-- dump.*\n(--   .*\n)*/m, '');
/** pg_dump's `\restrict` key is random per run; the rest of the text is comparable. */
const withoutRestrictKey = (text: string) => text.replace(/^\\(un)?restrict \S+$/gm, '\\$1restrict KEY');

async function plainText(path: string, dataTables?: ReadonlySet<string>): Promise<string> {
  const input = await openDump(path, { hash: false, dataTables: dataTables === undefined ? undefined : () => Promise.resolve(dataTables) });
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

async function inputErrorOf(path: string): Promise<string> {
  try {
    await plainText(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${path} was read without an error`);
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'migstamp-archive-'));
}

describe('pg_dump archive formats', () => {
  it('give the same verdicts and scripts as the plain dump, line numbers aside', async () => {
    // An archive's other tables' rows are never read, so its text has empty COPY blocks
    // where the plain dump has rows: evidence after the data section cites other lines.
    const plain = await run(base);
    expect(plain.exitCode).toBe(0);
    // Comment lines are joined first: a line number of another width wraps a comment differently.
const lineless = (script: string) => body(script).replace(/\n-- +/g, ' ').replace(/dump line \d+/g, 'dump line N');
    for (const format of formats.slice(1)) {
      const archive = await run({ ...base, dump: `${dir}/${format}` });
      expect(lineless(archive.stdout), format).toBe(lineless(plain.stdout));
      expect(archive.notes, format).toEqual(plain.notes);
    }
    const status = await run({ ...base, command: 'status', json: true });
    const statusOf = (text: string) => {
      const report = JSON.parse(text);
      expect(report.verdicts.length).toBeGreaterThan(30);
      const verdicts = report.verdicts.map((verdict: { evidence: object[] }) => ({ ...verdict, evidence: verdict.evidence.map((evidence) => ({ ...evidence, dumpLine: 'N' })) }));
      return { verdicts, warnings: report.warnings, batch: report.batch };
    };
    for (const format of formats.slice(1)) {
      const archive = await run({ ...base, command: 'status', json: true, dump: `${dir}/${format}` });
      expect(statusOf(archive.stdout), format).toEqual(statusOf(status.stdout));
    }
  });

  it('are read as exactly the text pg_restore prints for them', async () => {
    const expected = withoutRestrictKey(readFileSync(`${dir}/plain.sql`, 'utf8'));
    for (const format of formats.slice(1)) expect(withoutRestrictKey(await plainText(`${dir}/${format}`)), format).toBe(expected);
  });

  it('rich.dump: schemas, quoted names, functions, views, partitions, ACLs read as pg_restore prints them', async () => {
    // pg_restore prints large-object contents, which migstamp leaves out; everything before them matches.
    const expected = withoutRestrictKey(readFileSync(`${dir}/rich.sql`, 'utf8'));
    const actual = withoutRestrictKey(await plainText(`${dir}/rich.dump`));
    const cut = (text: string) => text.slice(0, text.indexOf('Type: BLOBS'));
    expect(cut(actual).length).toBeGreaterThan(1000);
    expect(cut(actual)).toBe(cut(expected));
  });

  it('materialise only the rows of the tables asked for; the others stay empty COPY blocks', async () => {
    const text = await plainText(`${dir}/custom.dump`, new Set(['migrations']));
    expect(text).toMatch(/COPY public\.migrations \(id, migration, batch\) FROM stdin;\n1\t0001_01_01_000000_create_users_table\t1\n/);
    expect(text).toMatch(/COPY public\.messages [^\n]*FROM stdin;\n\\\.\n/);
    const full = await plainText(`${dir}/custom.dump`);
    expect(full.split('\n').length).toBeGreaterThan(text.split('\n').length);
  });

  it('hash the archive file as stored (a directory archive: its toc.dat)', async () => {
    const custom = await openDump(`${dir}/custom.dump`, { hash: true });
    for await (const _ of custom.chunks);
    expect(custom.sha256()).toMatch(/^[0-9a-f]{64}$/);
    const directory = await openDump(`${dir}/dir`, { hash: true });
    for await (const _ of directory.chunks);
    expect(directory.sha256()).toMatch(/^[0-9a-f]{64}$/);
    expect(directory.container).toBe('directory');
  });
});

describe('gzip', () => {
  it('decompresses any dump by its magic bytes, whatever its name, and detects the dialect on the text inside', async () => {
    const folder = scratch();
    for (const sample of ['samples/mysql/full.sql', 'samples/sqlite/full.sql']) {
      const path = join(folder, 'no-extension');
      writeFileSync(path, gzipSync(readFileSync(sample)));
      const input = await openDump(path, { hash: true });
      expect(input.container).toBe('gzip');
      expect(input.head).toBe(readFileSync(sample, 'utf8').slice(0, input.head.length));
      for await (const _ of input.chunks);
      expect(input.sha256()).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('TOC reader', () => {
  it('reads the header and every entry of a pg_dump 15 custom archive', () => {
    const path = `${dir}/custom.dump`;
    const cursor = openCursor(path, statSync(path).size);
    try {
      const toc = readArchiveToc(cursor, 'offset');
      expect(toc.header).toMatchObject({ version: '1.14.0', intSize: 4, offSize: 8, format: 1, compression: 'gzip', database: 'migstamp_archives' });
      expect(toc.header.pgDumpVersion).toMatch(/^15\./);
      expect(toc.entries).toHaveLength(237);
      expect(toc.entries[0]).toMatchObject({ desc: 'ENCODING', tag: 'ENCODING', section: 2, namespace: null, data: { kind: 'none' } });
      const table = toc.entries.find((e) => e.desc === 'TABLE' && e.tag === 'migrations')!;
      expect(table).toMatchObject({ namespace: 'public', tableam: 'heap', tablespace: '', owner: 'root', relkind: null });
      expect(table.defn.toString()).toMatch(/^CREATE TABLE public\.migrations \(\n/);
      expect(table.dropStmt.toString()).toBe('DROP TABLE public.migrations;\n');
      const data = toc.entries.find((e) => e.desc === 'TABLE DATA' && e.tag === 'migrations')!;
      expect(data.copyStmt.toString()).toBe('COPY public.migrations (id, migration, batch) FROM stdin;\n');
      expect(data.data.kind).toBe('offset');
      expect(data.dependencies).toEqual([table.dumpId]);
    } finally {
      closeCursor(cursor);
    }
  });

  it('reads data file names from a directory archive', () => {
    const path = `${dir}/dir/toc.dat`;
    const cursor = openCursor(path, statSync(path).size);
    try {
      const toc = readArchiveToc(cursor, 'file');
      const data = toc.entries.find((e) => e.desc === 'TABLE DATA' && e.tag === 'migrations')!;
      expect(data.data).toEqual({ kind: 'file', name: `${data.dumpId}.dat` });
      expect(toc.entries.filter((e) => e.data.kind !== 'none').every((e) => e.desc === 'TABLE DATA')).toBe(true);
    } finally {
      closeCursor(cursor);
    }
  });
});

describe('damaged and unsupported archives', () => {
  it('a custom archive cut in its table of contents or in its data is an InputError', async () => {
    const bytes = readFileSync(`${dir}/custom.dump`);
    const folder = scratch();
    for (const length of [40, 2000, bytes.length - 300]) {
      const path = join(folder, `cut-${length}.dump`);
      writeFileSync(path, bytes.subarray(0, length));
      expect(await inputErrorOf(path)).toMatch(/truncated|corrupt/);
    }
  });

  it('a tar archive cut short and a truncated gzip are InputErrors', async () => {
    const folder = scratch();
    const tar = readFileSync(`${dir}/archive.tar`);
    writeFileSync(join(folder, 'cut.tar'), tar.subarray(0, 2048));
    expect(await inputErrorOf(join(folder, 'cut.tar'))).toMatch(/truncated|corrupt/);
    const gzip = gzipSync(readFileSync(`${dir}/plain.sql`));
    writeFileSync(join(folder, 'cut.sql.gz'), gzip.subarray(0, gzip.length - 100));
    expect(await inputErrorOf(join(folder, 'cut.sql.gz'))).toMatch(/gzip-compressed but cannot be decompressed.*truncated or corrupt/);
  });

  it('a directory archive missing a data file is an InputError', async () => {
    const folder = scratch();
    copyFileSync(`${dir}/dir/toc.dat`, join(folder, 'toc.dat'));
    expect(await inputErrorOf(folder)).toMatch(/lacks \d+\.dat, the data of .*incomplete/);
  });

  it('an unknown archive version is an InputError naming the pg_restore command', async () => {
    const bytes = Buffer.from(readFileSync(`${dir}/custom.dump`));
    bytes[6] = 30; // version 1.30
    const path = join(scratch(), 'future.dump');
    writeFileSync(path, bytes);
    expect(await inputErrorOf(path)).toBe(`${path} is a pg_dump archive of version 1.30.0, which migstamp does not know (it reads 1.12–1.16, pg_dump 9.0–17); convert it with: pg_restore -f ${path}.sql ${path}`);
  });

  it('lz4-compressed data (archive 1.15+) is refused in one sentence with the pg_restore command', async () => {
    // custom-z0.dump rewritten as a 1.15 header: the int compression level becomes an algorithm byte (2 = lz4).
    const bytes = readFileSync(`${dir}/custom-z0.dump`);
    const lz4 = Buffer.concat([bytes.subarray(0, 11), Buffer.from([2]), bytes.subarray(16)]);
    lz4[6] = 15;
    const path = join(scratch(), 'lz4.dump');
    writeFileSync(path, lz4);
    expect(await inputErrorOf(path)).toBe(`${path} is a pg_dump archive whose data is lz4-compressed, which migstamp cannot decompress; convert it with: pg_restore -f ${path}.sql ${path}`);
  });

  it('a gzip-compressed custom archive is refused with the command that unpacks it', async () => {
    const path = join(scratch(), 'custom.dump.gz');
    writeFileSync(path, gzipSync(readFileSync(`${dir}/custom.dump`)));
    expect(await inputErrorOf(path)).toMatch(/gzip-compressed pg_dump custom archive; decompress it first \(gunzip -k /);
  });
});

describe('progress on stderr', () => {
  it('stays silent when quiet, off a terminal, and during the first second', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (text: string) => written.push(text) };
    expect(createProgress('x', { quiet: true, stream: tty })).toBeNull();
    expect(createProgress('x', { quiet: false, stream: { isTTY: false, write: () => true } })).toBeNull();
    let now = 0;
    const progress = createProgress('dump.sql', { quiet: false, stream: tty, now: () => now })!;
    progress.update(1e6, 4e9);
    expect(written).toEqual([]);
    now = 2000;
    progress.update(1e9, 4e9);
    expect(written).toEqual(['\r\x1b[Kmigstamp: reading dump.sql: 1.0 GB of 4.0 GB (25%), 500 MB/s']);
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('formats sizes and rates', () => {
    expect(progressText(5e5, 0, 1)).toBe('500 kB, 500 kB/s');
  });
});
