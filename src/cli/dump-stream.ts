import type { Hash } from 'node:crypto';
import { InputError } from '../model/index.js';
import type { Progress } from './progress.js';

/** How much of the dump's text is kept for dialect detection. */
export const HEAD_BYTES = 64 * 1024;

/** Passes a stream's chunks on, hashing them and reporting progress, with read errors as one-sentence InputErrors. */
export async function* observed(stream: AsyncIterable<Buffer>, hash: Hash | null, size: number, progress: Progress | null, path: string, gzip: boolean): AsyncIterable<Buffer> {
  let read = 0;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      hash?.update(bytes);
      if (progress !== null) {
        read += bytes.length;
        progress.update(read, size);
      }
      yield bytes;
    }
  } catch (error) {
    throw readFailure(path, error, gzip);
  } finally {
    progress?.finish();
  }
}

/** Reads enough chunks for the head, and gives back a stream that replays them first. */
export async function peeked(chunks: AsyncIterable<Buffer>, path: string, gzip: boolean, onEnd: () => void = () => undefined): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let bytes = 0;
  let done = false;
  try {
    while (bytes < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      // Copied: the reader reuses its buffers once the next chunk is asked for.
      first.push(Buffer.from(next.value));
      bytes += next.value.length;
    }
  } catch (error) {
    onEnd();
    throw readFailure(path, error, gzip);
  }
  const head = (first.length === 1 ? first[0]! : Buffer.concat(first)).toString('utf8', 0, Math.min(bytes, HEAD_BYTES));
  async function* replay(): AsyncIterable<Buffer> {
    try {
      yield* first;
      first.length = 0;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      onEnd();
    }
  }
  return { head, chunks: replay() };
}

export function fileProblem(path: string, what: string, error: unknown): InputError {
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

export function readFailure(path: string, error: unknown, gzip: boolean): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (gzip) return new InputError(`${path} is gzip-compressed but cannot be decompressed (${message}); the file looks truncated or corrupt`);
  return new InputError(`${path} cannot be read (${message})`);
}
