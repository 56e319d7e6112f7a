import { InputError } from '../../model/index.js';
import type { FileCursor } from './file-cursor.js';
import { decompressed, type ArchiveDataSource } from './pg-archive-stream.js';
import { ArchiveFields, type ArchiveToc, type TocEntry } from './pg-archive-toc.js';

/** Block types in a custom archive's data section. */
const BLK_DATA = 1;
const BLK_BLOBS = 3;
/** Compressed pieces stay small: table data can inflate 25-fold, and each piece is inflated at once. */
const PIECE_BYTES = 64 * 1024;

/**
 * Data blocks of a custom archive (`pg_dump -Fc`). Each block is a type byte,
 * the entry's dump id, then length-prefixed chunks ending with a zero length;
 * with compression the chunks together form one zlib stream. Blocks are found
 * by the offsets in the TOC, or, in archives pg_dump wrote to a pipe (no
 * offsets), by walking the block headers from the end of the TOC, skipping
 * each block's chunks by their lengths.
 */
export class CustomArchiveData implements ArchiveDataSource {
  private readonly fields: ArchiveFields;
  /** Block positions learnt while walking an archive without offsets. */
  private readonly found = new Map<number, number>();
  private walkedTo: number;

  constructor(
    private readonly cursor: FileCursor,
    private readonly toc: ArchiveToc,
  ) {
    this.fields = new ArchiveFields(cursor);
    this.fields.version = Number(toc.header.version.split('.')[1]);
    this.fields.intSize = toc.header.intSize;
    this.fields.offSize = toc.header.offSize;
    this.walkedTo = toc.dataStart;
  }

  read(entry: TocEntry): AsyncIterable<Buffer> {
    return decompressed(this.chunks(entry), this.toc.header.compression, this.cursor.label);
  }

  private async *chunks(entry: TocEntry): AsyncIterable<Buffer> {
    this.cursor.seek(this.blockOffset(entry));
    const type = this.cursor.byte();
    const id = this.fields.int();
    if (type !== BLK_DATA || id !== entry.dumpId) {
      throw new InputError(`${this.cursor.label} has no data block for ${entry.desc} ${entry.tag} where its table of contents says; the file looks corrupt`);
    }
    for (;;) {
      let length = this.fields.int();
      if (length === 0) return;
      if (length < 0) throw this.cursor.truncated();
      while (length > 0) {
        const piece = Math.min(length, PIECE_BYTES);
        yield this.cursor.bytes(piece);
        length -= piece;
      }
    }
  }

  private blockOffset(entry: TocEntry): number {
    if (entry.data.kind === 'offset' && entry.data.offset !== null) return entry.data.offset;
    const known = this.found.get(entry.dumpId);
    if (known !== undefined) return known;
    this.cursor.seek(this.walkedTo);
    while (!this.cursor.atEnd()) {
      const at = this.cursor.offset;
      const type = this.cursor.byte();
      const id = this.fields.int();
      this.found.set(id, at);
      if (type === BLK_DATA) this.skipChunks();
      else if (type === BLK_BLOBS) {
        // Large objects: (oid, chunks) pairs ending with oid 0.
        while (this.fields.int() !== 0) this.skipChunks();
      } else throw new InputError(`${this.cursor.label} has a data block of unknown type ${type}; the file looks corrupt`);
      this.walkedTo = this.cursor.offset;
      if (id === entry.dumpId) return at;
    }
    throw new InputError(`${this.cursor.label} has no data block for ${entry.desc} ${entry.tag}; the file looks truncated`);
  }

  private skipChunks(): void {
    for (;;) {
      const length = this.fields.int();
      if (length === 0) return;
      if (length < 0) throw this.cursor.truncated();
      this.cursor.skip(length);
    }
  }
}
