import { createHash } from 'node:crypto';
import { fstatSync, read, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { isatty } from 'node:tty';
import { createGunzip } from 'node:zlib';
import { looksLikeTar, openPgArchiveStream, pgDumpFileKind, StreamCursor } from '../dump/containers/index.js';
import { InputError } from '../model/index.js';
import type { DumpInput, OpenDumpOptions } from './dump-input.js';
import { fileProblem, observed, peeked, readFailure } from './dump-stream.js';

/** The `--dump` value that means standard input. */
export const STDIN = '-';

/** Enough for every container's magic: gzip's 2 bytes, `PGDMP` and its format byte, a 512-byte tar header. */
const MAGIC_BYTES = 512;
/** A pipe hands over at most what its buffer holds, 64 kB by default on Linux: larger reads would sit mostly empty. */
const PIPE_READ_BYTES = 64 * 1024;
const GUNZIP_OUT_BYTES = 256 * 1024;
/** Paths that name this process's standard input. */
const STDIN_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** How the dump is named in messages and in the script header: standard input for `-`, else the path given. */
export function dumpLabel(path: string): string {
  return path === STDIN ? 'standard input' : path;
}

/** The bytes of standard input (`--dump -`). */
export function stdinBytes(): AsyncIterable<Buffer> {
  if (isatty(0)) throw terminal('standard input');
  // A socket (what a program that spawns migstamp usually hands it) is read through Node's stream, which polls it.
  if (fstatSync(0).isSocket()) return process.stdin;
  return reusedReads((buffer) => readInto(0, buffer), () => process.stdin);
}

/**
 * The bytes of a path that is not a regular file: a named pipe (`<(…)` gives
 * `/dev/fd/63`; `/dev/stdin` when a pipe feeds the process) or a character
 * device. A socket cannot be opened by name, so one that is this process's
 * standard input (what a program that spawns migstamp hands it) is read as
 * standard input; a block device, or any other socket, is refused.
 */
export async function pathBytes(path: string, info: Stats): Promise<AsyncIterable<Buffer>> {
  if (info.isSocket() && STDIN_PATHS.has(path)) return stdinBytes();
  if (!info.isFIFO() && !info.isCharacterDevice()) throw new InputError(`the dump file ${path} is not a regular file, a pipe or a folder`);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileProblem(path, 'dump file', error);
  }
  if (isatty(handle.fd)) {
    await handle.close();
    throw terminal(path);
  }
  return closing(reusedReads(async (buffer) => (await handle.read(buffer, 0, buffer.length, null)).bytesRead), handle);
}

/**
 * A pipe's bytes, read into two buffers that take turns: the next read is
 * under way while the caller works on the current chunk, which stays valid
 * until the next is asked for (as for plain files; see fileChunks in
 * dump-input.ts). One read at a time: a pipe's reads have no position, so two
 * in flight could return its bytes out of order. Measured on a 1.28 GB plain
 * dump through `cat |`, a bare read loop peaked at 88–113 MB RSS with Node's
 * stream (a fresh 64 kB buffer per read, collected late) and at 50 MB with
 * reused buffers; whole runs at 80 MB, as from the file.
 *
 * @param wouldBlock where to read on when the descriptor turns out to be
 *   non-blocking (another process set it so): Node's stream polls it
 */
async function* reusedReads(read: (buffer: Buffer) => Promise<number>, wouldBlock?: () => AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const buffers = [Buffer.allocUnsafe(PIPE_READ_BYTES), Buffer.allocUnsafe(PIPE_READ_BYTES)];
  let turn = 0;
  let pending = read(buffers[turn]!);
  for (;;) {
    let bytes: number;
    try {
      bytes = await pending;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || wouldBlock === undefined) throw error;
      yield* wouldBlock();
      return;
    }
    if (bytes === 0) return;
    const current = buffers[turn]!;
    turn = 1 - turn;
    pending = read(buffers[turn]!);
    yield current.subarray(0, bytes);
  }
}

function readInto(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error === null ? resolve(bytesRead) : reject(error))));
}

async function* closing(chunks: AsyncIterable<Buffer>, handle: FileHandle): AsyncIterable<Buffer> {
  try {
    yield* chunks;
  } finally {
    await handle.close();
  }
}

/**
 * Opens a dump that arrives as a stream read once, front to back (see
 * docs/decisions.md, "Dumps on a pipe"): the container is recognised from the
 * first bytes as for a file, and the bytes are read as they arrive, never all
 * held. Plain and gzip dumps read as from a file; a pg_dump custom or tar
 * archive is read in the order pg_dump writes it, and refused in one sentence
 * when it was stored otherwise. The SHA-256 is of the bytes that came down the
 * pipe, all of them: what the reader does not need is still read to the end,
 * which also spares the writer (pg_dump, ssh) a broken pipe.
 */
export async function openStream(bytes: AsyncIterable<Buffer>, label: string, options: OpenDumpOptions): Promise<DumpInput> {
  const hash = options.hash ? createHash('sha256') : null;
  const cursor = new StreamCursor(observed(bytes, hash, 0, options.progress ?? null, label, false), label);
  const magic = cursor.peek(await cursor.fill(MAGIC_BYTES));
  if (magic.length === 0) throw new InputError(`${label} is empty: no dump came in`);
  const sha256 = (): string | null => hash?.digest('hex') ?? null;
  if (magic.subarray(0, 5).toString('latin1') === 'PGDMP') {
    if (pgDumpFileKind(magic) === 'toc') {
      throw new InputError(`${label} is the table of contents (toc.dat) of a pg_dump directory archive, which cannot come down a pipe; pass the archive's folder as the dump instead`);
    }
    return { ...(await archive(cursor, 'custom', options)), sha256, container: 'custom' };
  }
  if (looksLikeTar(magic)) return { ...(await archive(cursor, 'tar', options)), sha256, container: 'tar' };
  if (magic[0] === 0x1f && magic[1] === 0x8b) return { ...(await gunzipped(cursor)), sha256, container: 'gzip' };
  return { ...(await peeked(cursor.rest(), label, false)), sha256, container: 'plain' };
}

async function archive(cursor: StreamCursor, kind: 'custom' | 'tar', options: OpenDumpOptions): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  const tables = options.dataTables === undefined ? undefined : await options.dataTables();
  try {
    const opened = await openPgArchiveStream(cursor, kind, (table) => tables === undefined || tables.has(table));
    return await peeked(thenDrained(opened.chunks, cursor), cursor.label, false);
  } catch (error) {
    throw readFailure(cursor.label, error, false);
  }
}

async function gunzipped(cursor: StreamCursor): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  // Copied: the stream inflates chunks it has taken in after asking for more, when a pipe has reused their memory.
  const compressed = Readable.from(copies(cursor.rest()), { objectMode: false });
  const gunzip = compressed.pipe(createGunzip({ chunkSize: GUNZIP_OUT_BYTES }));
  compressed.on('error', (error: Error) => gunzip.destroy(error));
  const input = await peeked(thenDrained(observed(gunzip, null, 0, null, cursor.label, true), cursor), cursor.label, true);
  if (input.head.startsWith('PGDMP')) {
    throw new InputError(`${cursor.label} is a gzip-compressed pg_dump custom archive; decompress it in the pipe (… | gunzip | migstamp … --dump -)`);
  }
  return input;
}

/** The chunks, then the rest of the stream read to its end. */
async function* thenDrained(chunks: AsyncIterable<Buffer>, cursor: StreamCursor): AsyncIterable<Buffer> {
  yield* chunks;
  await cursor.drain();
}

async function* copies(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}

function terminal(label: string): InputError {
  return new InputError(`${label} is a terminal, not a dump; pipe a dump in (pg_dump … | migstamp … --dump -) or pass a file`);
}
