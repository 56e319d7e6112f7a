import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../model/index.js';
import { decompressed, unsupportedCompression, type ArchiveDataSource } from './pg-archive-stream.js';
import type { TocEntry } from './pg-archive-toc.js';

/** What pg_dump appends to a data file's name for each compression method. */
const SUFFIXES: ReadonlyArray<readonly [string, 'none' | 'gzip' | 'lz4' | 'zstd']> = [
  ['', 'none'],
  ['.gz', 'gzip'],
  ['.lz4', 'lz4'],
  ['.zst', 'zstd'],
];

/**
 * Data files of a directory archive (`pg_dump -Fd`): the TOC names each
 * entry's file (`3662.dat`), stored with a suffix for its compression.
 */
export class DirectoryArchiveData implements ArchiveDataSource {
  /** Bytes read from data files, for progress reports. */
  bytesRead = 0;

  constructor(private readonly directory: string) {}

  read(entry: TocEntry): AsyncIterable<Buffer> {
    if (entry.data.kind !== 'file') return empty();
    const base = join(this.directory, entry.data.name);
    const found = SUFFIXES.find(([suffix]) => existsSync(base + suffix));
    if (found === undefined) throw new InputError(`the directory archive ${this.directory} lacks ${entry.data.name}, the data of ${entry.tag}; the archive is incomplete`);
    const [suffix, compression] = found;
    if (compression === 'lz4' || compression === 'zstd') throw unsupportedCompression(this.directory, compression);
    return decompressed(this.counted(createReadStream(base + suffix, { highWaterMark: 1024 * 1024 })), compression, base + suffix);
  }

  private async *counted(stream: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
    for await (const chunk of stream) {
      this.bytesRead += chunk.length;
      yield chunk;
    }
  }
}

async function* empty(): AsyncIterable<Buffer> {}
