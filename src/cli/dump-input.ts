import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../model/index.js';

/** A dump file opened for one streaming pass: its chunks, decompressed, and its SHA-256 once read. */
export interface DumpInput {
  /** The first bytes after decompression, as text, for format detection. */
  readonly head: string;
  readonly chunks: AsyncIterable<Buffer>;
  /** The hex SHA-256 of the file's bytes as stored, once `chunks` is consumed; null when not asked for. */
  readonly sha256: () => string | null;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/**
 * Opens a dump: checks it is a readable, non-empty file, recognises gzip by its
 * magic bytes (never by the name), and refuses archive formats it cannot stream yet.
 */
export async function openDump(path: string, options: { readonly hash: boolean }): Promise<DumpInput> {
  await requireReadableFile(path, 'dump file');
  const magic = await readMagic(path);
  if (magic.length === 0) throw new InputError(`the dump file ${path} is empty`);
  if (magic.subarray(0, 5).toString('latin1') === 'PGDMP') {
    throw new InputError(`${path} is a pg_dump custom-format archive, which this version cannot read yet; convert it with: pg_restore -f ${path}.sql ${path}`);
  }
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  // Hashing costs about as much as scanning, so only the outputs that print the hash pay for it.
  const hash = options.hash ? createHash('sha256') : null;
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const hashed =
    hash === null
      ? raw
      : raw.pipe(
          new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              done(null, chunk);
            },
          }),
        );
  if (hashed !== raw) raw.on('error', (error: Error) => hashed.destroy(error));
  const stream = gzip ? hashed.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : hashed;
  if (gzip) hashed.on('error', (error: Error) => stream.destroy(error));
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const peeked: Buffer[] = [];
  let peekedBytes = 0;
  try {
    while (peekedBytes < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      peeked.push(next.value);
      peekedBytes += next.value.length;
    }
  } catch (error) {
    throw readFailure(path, error, gzip);
  }
  const head = Buffer.concat(peeked).subarray(0, HEAD_BYTES).toString('utf8');
  async function* chunks(): AsyncIterable<Buffer> {
    yield* peeked;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } catch (error) {
      throw readFailure(path, error, gzip);
    }
  }
  return { head, chunks: chunks(), sha256: () => hash?.digest('hex') ?? null };
}

/** Fails with one sentence unless `path` is a regular file this process can read. */
export async function requireReadableFile(path: string, what: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileProblem(path, what, error);
  }
  if (info.isDirectory()) throw new InputError(`the ${what} ${path} is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`the ${what} ${path} is not a regular file`);
  try {
    const handle = await open(path, 'r');
    await handle.close();
  } catch (error) {
    throw fileProblem(path, what, error);
  }
}

async function readMagic(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function fileProblem(path: string, what: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`the ${what} ${path} does not exist`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`the ${what} ${path} cannot be read: permission denied`);
    case 'EISDIR':
      return new InputError(`the ${what} ${path} is a directory, not a file`);
    default:
      return new InputError(`the ${what} ${path} cannot be read (${code ?? String(error)})`);
  }
}

function readFailure(path: string, error: unknown, gzip: boolean): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (gzip) return new InputError(`${path} is gzip-compressed but cannot be decompressed (${message}); the file looks truncated or corrupt`);
  return new InputError(`${path} cannot be read (${message})`);
}
