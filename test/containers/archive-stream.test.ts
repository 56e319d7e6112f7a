/**
 * pg_dump archives read from a stream, front to back, as they come down a
 * pipe (issue 9, point 9). Whatever the chunk sizes, and although a pipe's
 * reader reuses a chunk's memory once the next is asked for, the text must be
 * exactly what the file reader gives; data asked for out of the stored order
 * is refused with the advice to write the archive to a file.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDump } from '../../src/cli/dump-input.js';
import { closeCursor, openCursor, openPgArchiveStream, readArchiveToc, StreamCursor, type TocEntry } from '../../src/dump/containers/index.js';
import { CustomArchiveData } from '../../src/dump/containers/pg-archive-custom.js';
import { TarStreamData } from '../../src/dump/containers/pg-archive-tar.js';
import { InputError } from '../../src/model/index.js';
import { reusedChunks } from '../support/reused-chunks.js';

const dir = 'test/fixtures/archives';

async function text(chunks: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

async function fileText(path: string, tables?: ReadonlySet<string>): Promise<string> {
  return text((await openDump(path, { hash: false, dataTables: tables === undefined ? undefined : () => Promise.resolve(tables) })).chunks);
}

async function streamText(path: string, kind: 'custom' | 'tar', size: number, tables?: ReadonlySet<string>): Promise<string> {
  const cursor = new StreamCursor(reusedChunks(readFileSync(path), size), path);
  const archive = await openPgArchiveStream(cursor, kind, (table) => tables === undefined || tables.has(table));
  return text(archive.chunks);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

describe('archives from a stream read as from a file', () => {
  const archives: ReadonlyArray<readonly [string, 'custom' | 'tar']> = [
    ['custom.dump', 'custom'],
    ['custom-z0.dump', 'custom'],
    ['archive.tar', 'tar'],
    ['rich.dump', 'custom'],
    ['pg17/custom.dump', 'custom'],
    ['pg17/archive.tar', 'tar'],
  ];

  it.each(archives)('%s, in chunks of 1 byte to 64 kB', async (name, kind) => {
    const path = `${dir}/${name}`;
    const expected = await fileText(path);
    expect(expected.length).toBeGreaterThan(5_000);
    for (const size of [1, 509, 4096, 65536]) expect(await streamText(path, kind, size), `${name} in ${size}-byte chunks`).toBe(expected);
  });

  it.each(archives)('%s, only the rows asked for', async (name, kind) => {
    const path = `${dir}/${name}`;
    const tables = new Set(['migrations']);
    expect(await streamText(path, kind, 4096, tables)).toBe(await fileText(path, tables));
  });
});

describe('data asked for out of the stored order', () => {
  /** The TABLE DATA entries with rows, in TOC order. */
  const withRows = (entries: readonly TocEntry[]) => entries.filter((entry) => entry.desc === 'TABLE DATA' && entry.data.kind !== 'none');

  it('a custom archive: refused, saying to write it to a file', async () => {
    const cursor = new StreamCursor(reusedChunks(readFileSync(`${dir}/custom.dump`), 4096), 'standard input');
    const toc = await cursor.parse(() => readArchiveToc(cursor, 'offset'));
    const data = new CustomArchiveData(cursor, toc);
    const [first, second] = withRows(toc.entries);
    expect(await text(data.read(second!))).not.toBe('');
    expect(await refusal(text(data.read(first!)))).toBe(
      `standard input stores the data of TABLE DATA ${first!.tag} before data that comes earlier in its table of contents, which cannot be read from a pipe; write it to a file first (… > FILE) and pass that file`,
    );
  });

  it('a tar archive: refused, saying to write it to a file', async () => {
    const cursor = new StreamCursor(reusedChunks(readFileSync(`${dir}/archive.tar`), 4096), 'standard input');
    const tar = new TarStreamData(cursor);
    const [first, second] = withRows((await tar.toc()).entries);
    await text(tar.read(second!));
    expect(await refusal(text(tar.read(first!)))).toMatch(/^standard input stores \d+\.dat, the data of \w+, before data that comes earlier in its table of contents, which cannot be read from a pipe; write it to a file first/);
  });

  it('from a file the same reads go back for it', async () => {
    const path = `${dir}/custom.dump`;
    const cursor = openCursor(path, statSync(path).size);
    try {
      const toc = readArchiveToc(cursor, 'offset');
      const data = new CustomArchiveData(cursor, toc);
      const [first, second] = withRows(toc.entries);
      expect(await text(data.read(second!))).not.toBe('');
      expect(await text(data.read(first!))).not.toBe('');
    } finally {
      closeCursor(cursor);
    }
  });
});

describe('damaged archives from a stream', () => {
  it.each([
    ['custom.dump', 'custom', 40],
    ['custom.dump', 'custom', 2000],
    ['custom.dump', 'custom', -300],
    ['archive.tar', 'tar', 2048],
    ['archive.tar', 'tar', 100_000],
  ] as const)('%s cut at %s bytes: an InputError', async (name, kind, cut) => {
    const bytes = readFileSync(`${dir}/${name}`);
    const cursor = new StreamCursor(reusedChunks(bytes.subarray(0, cut < 0 ? bytes.length + cut : cut), 4096), 'standard input');
    const message = await refusal(openPgArchiveStream(cursor, kind, () => true).then((archive) => text(archive.chunks)));
    expect(message).toMatch(/^(standard input|the tar archive standard input) .*(truncated|corrupt|incomplete)/);
  });
});
