import { InputError } from '../../model/index.js';
import type { ArchiveCursor } from './file-cursor.js';
import { decompressed, type ArchiveDataSource } from './pg-archive-stream.js';
import { ArchiveFields, type ArchiveToc, type TocEntry } from './pg-archive-toc.js';
import { writeToFileFirst } from './restore-command.js';

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
 *
 * On a cursor that cannot seek back (an archive coming down a pipe) blocks
 * must be asked for in the order they are stored. pg_dump stores them in the
 * order of the TOC (WriteDataChunks in src/bin/pg_dump/pg_backup_archiver.c,
 * called by _CloseArchive in pg_backup_custom.c), which is the order
 * {@link archiveAsPlainSql} asks in, and pg_restore reads a piped archive the
 * same way (_PrintTocData in pg_backup_custom.c); an archive stored in
 * another order is refused with the advice to write it to a file.
 */
export class CustomArchiveData implements ArchiveDataSource {
  private readonly fields: ArchiveFields;
  /** Block positions learnt while walking an archive without offsets. */
  private readonly found = new Map<number, number>();
  private walkedTo: number;

  constructor(
    private readonly cursor: ArchiveCursor,
    private readonly toc: ArchiveToc,
  ) {
    this.fields = new ArchiveFields(cursor);
    this.fields.version = Number(toc.header.version.split('.')[1]);
    this.fields.intSize = toc.header.intSize;
    this.fields.offSize = toc.header.offSize;
    this.walkedTo = toc.dataStart;
  }

  read(entry: TocEntry): AsyncIterable<Buffer> {
    return decompressed(this.chunks(entry), this.toc.header.compression, this.cursor.label, !this.cursor.seekable);
  }

  private async *chunks(entry: TocEntry): AsyncIterable<Buffer> {
    const { type, id } = await this.blockOf(entry);
    if (type !== BLK_DATA || id !== entry.dumpId) {
      throw new InputError(`${this.cursor.label} has no data block for ${entry.desc} ${entry.tag} where its table of contents says; the file looks corrupt`);
    }
    for (;;) {
      const length = await this.cursor.parse(() => this.fields.int());
      if (length === 0) break;
      if (length < 0) throw this.cursor.truncated();
      yield* this.cursor.pieces(length, PIECE_BYTES);
    }
    this.walkedTo = this.cursor.offset;
  }

  /** Reads the header of `entry`'s block, leaving the cursor at its first chunk. */
  private async blockOf(entry: TocEntry): Promise<{ type: number; id: number }> {
    const stored = entry.data.kind === 'offset' ? entry.data.offset : null;
    const at = stored ?? this.found.get(entry.dumpId) ?? null;
    if (at !== null) {
      if (!this.cursor.seekable && at < this.cursor.offset) throw this.outOfOrder(entry);
      await this.cursor.moveTo(at);
      return this.cursor.parse(() => this.blockHeader());
    }
    await this.cursor.moveTo(this.walkedTo);
    while (!(await this.cursor.ended())) {
      const start = this.cursor.offset;
      const header = await this.cursor.parse(() => this.blockHeader());
      this.found.set(header.id, start);
      if (header.id === entry.dumpId) return header;
      if (header.type === BLK_DATA) await this.skipChunks();
      else if (header.type === BLK_BLOBS) {
        // Large objects: (oid, chunks) pairs ending with oid 0.
        while ((await this.cursor.parse(() => this.fields.int())) !== 0) await this.skipChunks();
      } else throw new InputError(`${this.cursor.label} has a data block of unknown type ${header.type}; the file looks corrupt`);
      this.walkedTo = this.cursor.offset;
    }
    throw new InputError(`${this.cursor.label} has no data block for ${entry.desc} ${entry.tag}; the file looks truncated`);
  }

  private blockHeader(): { type: number; id: number } {
    const type = this.cursor.byte();
    return { type, id: this.fields.int() };
  }

  private async skipChunks(): Promise<void> {
    for (;;) {
      const length = await this.cursor.parse(() => this.fields.int());
      if (length === 0) return;
      if (length < 0) throw this.cursor.truncated();
      await this.cursor.moveTo(this.cursor.offset + length);
    }
  }

  private outOfOrder(entry: TocEntry): InputError {
    return new InputError(`${this.cursor.label} stores the data of ${entry.desc} ${entry.tag} before data that comes earlier in its table of contents, which cannot be read from a pipe; ${writeToFileFirst()}`);
  }
}
