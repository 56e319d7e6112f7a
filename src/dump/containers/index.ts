import { join } from 'node:path';
import { closeCursor, FileCursor, openCursor } from './file-cursor.js';
import { CustomArchiveData } from './pg-archive-custom.js';
import { DirectoryArchiveData } from './pg-archive-directory.js';
import { archiveAsPlainSql, type ArchiveDataSource, type ArchiveKind } from './pg-archive-stream.js';
import { readArchiveToc, type ArchiveToc, type TocEntry } from './pg-archive-toc.js';
import { TarArchiveData, tarMembers, TarStreamData } from './pg-archive-tar.js';
import type { StreamCursor } from './stream-cursor.js';
import { InputError } from '../../model/index.js';

export type { ArchiveKind } from './pg-archive-stream.js';
export { looksLikeTar } from './pg-archive-tar.js';
export { pgDumpFileKind, readArchiveToc, type ArchiveHeader, type ArchiveToc, type TocEntry } from './pg-archive-toc.js';
export { FileCursor, openCursor, closeCursor, type ArchiveCursor, type ByteCursor } from './file-cursor.js';
export { StreamCursor } from './stream-cursor.js';
export { pgRestoreCommand, writeToFileFirst } from './restore-command.js';

/** A pg_dump archive opened for one pass, presented as plain SQL. */
export interface PgArchiveInput {
  readonly toc: ArchiveToc;
  /** The plain-dump byte stream (see {@link archiveAsPlainSql}); the archive's files are closed when it ends. */
  readonly chunks: AsyncIterable<Buffer>;
}

/**
 * Opens a pg_dump archive of `kind` at `path` (for a directory archive, the
 * directory) and reads its table of contents. `wantsData(table)` says which
 * tables' rows to materialise; every other table's data is skipped unread.
 *
 * @param size the byte size of `path` (of `toc.dat` for a directory archive)
 */
export function openPgArchive(path: string, kind: ArchiveKind, size: number, wantsData: (table: string) => boolean): PgArchiveInput {
  const tocPath = kind === 'directory' ? join(path, 'toc.dat') : path;
  const cursor = openCursor(tocPath, size, path);
  try {
    let toc: ArchiveToc;
    let source: ArchiveDataSource;
    switch (kind) {
      case 'custom':
        toc = readArchiveToc(cursor, 'offset');
        source = new CustomArchiveData(cursor, toc);
        break;
      case 'directory':
        toc = readArchiveToc(cursor, 'file');
        source = new DirectoryArchiveData(path);
        break;
      case 'tar': {
        const members = tarMembers(cursor);
        const member = members.get('toc.dat');
        if (member === undefined) throw new InputError(`${path} is a tar file without the toc.dat of a pg_dump tar archive`);
        toc = readArchiveToc(new FileCursor(cursor.fd, path, member.start, member.start + member.size), 'file');
        source = new TarArchiveData(path, members);
        break;
      }
    }
    const wanted = (entry: TocEntry): boolean => wantsData(entry.tag);
    return { toc, chunks: closing(archiveAsPlainSql(toc, kind, source, wanted), cursor) };
  } catch (error) {
    closeCursor(cursor);
    throw error;
  }
}

/**
 * Opens a pg_dump custom or tar archive that comes down a pipe, read once from
 * front to back: the TOC, then the data blocks or members in the order they
 * are stored, skipping (by reading past) those `wantsData` declines. What
 * cannot be read that way (data stored out of TOC order) is an InputError
 * saying to write the archive to a file; a directory archive cannot come on a
 * pipe at all. The caller owns the stream and reads what is left after it.
 */
export async function openPgArchiveStream(cursor: StreamCursor, kind: 'custom' | 'tar', wantsData: (table: string) => boolean): Promise<PgArchiveInput> {
  let toc: ArchiveToc;
  let source: ArchiveDataSource;
  switch (kind) {
    case 'custom':
      toc = await cursor.parse(() => readArchiveToc(cursor, 'offset'));
      source = new CustomArchiveData(cursor, toc);
      break;
    case 'tar': {
      const tar = new TarStreamData(cursor);
      toc = await tar.toc();
      source = tar;
      break;
    }
  }
  return { toc, chunks: archiveAsPlainSql(toc, kind, source, (entry) => wantsData(entry.tag)) };
}

async function* closing(chunks: AsyncIterable<Buffer>, cursor: FileCursor): AsyncIterable<Buffer> {
  try {
    yield* chunks;
  } finally {
    closeCursor(cursor);
  }
}
