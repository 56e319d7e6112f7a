import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import { type ArchiveKind, looksLikeTar, openPgArchive, pgDumpFileKind } from '../dump/containers/index.js';
import { asUtf8 } from '../dump/containers/text-encoding.js';
import { InputError } from '../model/index.js';
import { dumpLabel, openStream, pathBytes, STDIN, stdinBytes } from './dump-pipe.js';
import { fileProblem, observed, peeked, readFailure } from './dump-stream.js';
import type { Progress } from './progress.js';

/** A dump opened for one streaming pass: its chunks as plain SQL text in UTF-8, and its SHA-256 once read. */
export interface DumpInput {
  /** The first bytes after decompression (or conversion from an archive), as text, for dialect detection. */
  readonly head: string;
  readonly chunks: AsyncIterable<Buffer>;
  /**
   * The hex SHA-256 once `chunks` is consumed; null when not asked for. It is
   * the hash of the file as stored; for a directory archive, of its `toc.dat`;
   * for a pipe, of every byte that came down it.
   */
  readonly sha256: () => string | null;
  /** How the dump is stored, for messages: "plain", "gzip", or a pg_dump archive kind. */
  readonly container: 'plain' | 'gzip' | ArchiveKind;
}

export interface OpenDumpOptions {
  /** Compute the SHA-256 (costs about as much as scanning, so only outputs that print it ask). */
  readonly hash: boolean;
  /**
   * Tables whose rows a pg_dump archive should materialise (the tracking table
   * and the tables whose rows migrations insert). Other tables' data is skipped
   * without reading it. Omitted: every table's rows. Plain and gzip dumps are
   * always read in full, so this does not apply to them and it is never called.
   */
  readonly dataTables?: () => Promise<ReadonlySet<string>>;
  /** Told about bytes read from plain and gzip files and from a pipe (whose total is unknown: 0); see createProgress. */
  readonly progress?: Progress | null;
}

const CHUNK_BYTES = 1024 * 1024;
const GZIP_READ_BYTES = 64 * 1024;
const GUNZIP_OUT_BYTES = 256 * 1024;
/** Plain dumps: bytes per read, and between turns of the event loop (see fileChunks). */
const READ_BYTES = 1024 * 1024;
const TURN_BYTES = 64 * READ_BYTES;
const MAGIC_BYTES = 512;

/**
 * Opens a dump, recognising its container from its content, never its name:
 * gzip (decompressed as a stream, whatever dump is inside), a pg_dump custom
 * archive (`PGDMP`), a directory holding a pg_dump `toc.dat`, a tar holding
 * one, or plain text. `-` is standard input; it, and a path that is a pipe
 * (`/dev/stdin`, `<(…)`), are read as they arrive (see openStream).
 */
export async function openDump(path: string, options: OpenDumpOptions): Promise<DumpInput> {
  const label = dumpLabel(path);
  const input = path === STDIN ? await openStream(stdinBytes(), label, options) : await openPath(path, options);
  return { ...input, ...(await asUtf8(input.chunks, input.head, label)) };
}

async function openPath(path: string, options: OpenDumpOptions): Promise<DumpInput> {
  const info = await statDump(path);
  if (info.isDirectory()) return openDirectoryArchive(path, options);
  if (!info.isFile()) return openStream(await pathBytes(path, info), path, options);
  const magic = await readMagic(path);
  if (magic.length === 0) throw new InputError(`the dump file ${path} is empty`);
  if (magic.subarray(0, 5).toString('latin1') === 'PGDMP') {
    if (pgDumpFileKind(magic) === 'toc') {
      throw new InputError(`${path} is the table of contents (toc.dat) of a pg_dump directory archive, not a dump of its own; pass the archive's folder (${dirname(path)}) as the dump instead`);
    }
    return openArchive(path, 'custom', info.size, options, true);
  }
  if (looksLikeTar(magic)) return openArchive(path, 'tar', info.size, options, true);
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  return gzip ? openGzip(path, info.size, options) : openPlain(path, info.size, options);
}

async function statDump(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    throw fileProblem(path, 'dump file', error);
  }
}

async function requireOpenable(path: string, what: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    await handle.close();
  } catch (error) {
    throw fileProblem(path, what, error);
  }
}

async function openPlain(path: string, size: number, options: OpenDumpOptions): Promise<DumpInput> {
  await requireOpenable(path, 'dump file');
  const hash = options.hash ? createHash('sha256') : null;
  const chunks = observed(fileChunks(path), hash, size, options.progress ?? null, path, false);
  return { ...(await peeked(chunks, path, false)), sha256: () => hash?.digest('hex') ?? null, container: 'plain' };
}

/**
 * The file's bytes in chunks, read synchronously into one buffer reused for
 * the whole file, so a yielded chunk is valid only until the next one is asked
 * for (the scanners copy what they keep). A plain dump is mostly COPY or INSERT
 * data that the scanners skip with `indexOf`, so reading is most of the work.
 * Reads used to be promises kept two in flight on libuv's thread pool; in a
 * fleet run every core already has a worker scanning, and the hand-offs cost
 * more than the overlap gained: 20 dumps of 1.28 GB took 4.76 s that way and
 * 3.20 s with synchronous reads (bench/fleet-large.sh), a single run 0.55 s
 * and 0.53 s. Fresh buffers per chunk cost a quarter of a run in garbage
 * collection, hence the one buffer. Every TURN_BYTES the event loop gets a
 * turn, or Ctrl-C (whose handler removes half-written output) would wait for
 * the end of the file.
 */
async function* fileChunks(path: string): AsyncIterable<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  let sinceTurn = 0;
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) return;
      yield bytesRead === READ_BYTES ? buffer : buffer.subarray(0, bytesRead);
      sinceTurn += bytesRead;
      if (sinceTurn >= TURN_BYTES) {
        sinceTurn = 0;
        await setImmediate();
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function openGzip(path: string, size: number, options: OpenDumpOptions): Promise<DumpInput> {
  await requireOpenable(path, 'dump file');
  const hash = options.hash ? createHash('sha256') : null;
  const progress = options.progress ?? null;
  // Small compressed reads: a dump's COPY data can inflate 25-fold, and one
  // large compressed chunk becomes that many megabytes buffered at once.
  const raw = createReadStream(path, { highWaterMark: GZIP_READ_BYTES });
  let read = 0;
  // A second 'data' listener sees every compressed chunk pipe() passes on.
  raw.on('data', (chunk) => {
    const bytes = chunk as Buffer;
    hash?.update(bytes);
    read += bytes.length;
    progress?.update(read, size);
  });
  const gunzip = raw.pipe(createGunzip({ chunkSize: GUNZIP_OUT_BYTES }));
  raw.on('error', (error: Error) => gunzip.destroy(error));
  const chunks = observed(gunzip, null, 0, null, path, true);
  const input = await peeked(chunks, path, true, () => progress?.finish());
  if (input.head.startsWith('PGDMP')) {
    raw.destroy();
    throw new InputError(`${path} is a gzip-compressed pg_dump custom archive; decompress it first (gunzip -k ${path}) and pass the result`);
  }
  return { ...input, sha256: () => hash?.digest('hex') ?? null, container: 'gzip' };
}

async function openDirectoryArchive(path: string, options: OpenDumpOptions): Promise<DumpInput> {
  const toc = join(path, 'toc.dat');
  let info;
  try {
    info = await stat(toc);
  } catch {
    throw new InputError(`the dump ${path} is a directory without a toc.dat, so not a pg_dump directory archive; pass a dump file`);
  }
  const magic = await readMagic(toc);
  if (magic.subarray(0, 5).toString('latin1') !== 'PGDMP') throw new InputError(`${toc} is not a pg_dump table of contents (no PGDMP header)`);
  return openArchive(path, 'directory', info.size, options, false);
}

async function openArchive(path: string, kind: ArchiveKind, size: number, options: OpenDumpOptions, wholeFileHash: boolean): Promise<DumpInput> {
  await requireOpenable(kind === 'directory' ? join(path, 'toc.dat') : path, 'dump file');
  const tables = options.dataTables === undefined ? undefined : await options.dataTables();
  const archive = openPgArchive(path, kind, size, (table) => tables === undefined || tables.has(table));
  let digest: string | null = null;
  const hashed = async function* (): AsyncIterable<Buffer> {
    try {
      yield* archive.chunks;
      // The data that was skipped still belongs to the dump the script names, so the hash covers every stored byte.
      if (options.hash) digest = await hashFile(wholeFileHash ? path : join(path, 'toc.dat'));
    } catch (error) {
      throw readFailure(path, error, false);
    }
  };
  const input = await peeked(hashed(), path, false);
  return { ...input, sha256: () => digest, container: kind };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readMagic(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileProblem(path, 'dump file', error);
  }
  try {
    const buffer = Buffer.alloc(MAGIC_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAGIC_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
