import { InputError } from '../../model/index.js';

const HEAD_CHARACTERS = 64 * 1024;

/**
 * The dump as UTF-8. A file starting with a UTF-16 byte order mark (Windows
 * tools and PowerShell's `>` write these) is decoded as it streams, so readers
 * only ever see UTF-8; line numbers are unchanged. Anything else passes through.
 */
export async function asUtf8(chunks: AsyncIterable<Buffer>, head: string, file: string): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstChunk: Buffer = first.done === true ? Buffer.alloc(0) : first.value;
  const encoding = firstChunk[0] === 0xff && firstChunk[1] === 0xfe ? 'utf-16le' : firstChunk[0] === 0xfe && firstChunk[1] === 0xff ? 'utf-16be' : null;
  async function* rest(): AsyncIterable<Buffer> {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  if (encoding === null) {
    return {
      head,
      chunks: (async function* () {
        yield firstChunk;
        yield* rest();
      })(),
    };
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = (bytes: Buffer, stream: boolean): Buffer => {
    try {
      return Buffer.from(decoder.decode(bytes, { stream }), 'utf8');
    } catch {
      throw new InputError(`${file} starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} text`);
    }
  };
  const decodedFirst = decode(firstChunk, true);
  return {
    head: decodedFirst.toString('utf8').slice(0, HEAD_CHARACTERS),
    chunks: (async function* () {
      yield decodedFirst;
      for await (const chunk of rest()) yield decode(chunk, true);
      yield decode(Buffer.alloc(0), false);
    })(),
  };
}

