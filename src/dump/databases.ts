import { InputError } from '../model/errors.js';
import type { Diagnostic } from '../model/source.js';

/*
 * Files that hold several databases: `pg_dumpall` (`\connect db` before each
 * database's statements) and `mysqldump --databases`/`--all-databases`
 * (`USE db`). Each database is read on its own, never merged with another, and
 * none is picked silently: without `--database`, a file in which more than
 * one database defines tables is refused, naming them.
 */

/** What one database of the file holds, as its reader saw it. */
export interface DatabaseContent {
  /** It defines tables or views. */
  readonly schema: boolean;
  /** It holds table data (rows, or empty COPY blocks and data sections). */
  readonly data: boolean;
  /** It has a table named like the tracking table. */
  readonly tracking: boolean;
}

interface Section<R> {
  /** Null for what comes before the first `\connect`/`USE`: the database the file is run in. */
  readonly name: string | null;
  readonly line: number;
  /** Null when another database was chosen: its statements are passed over. */
  readonly reader: R | null;
}

/** The database a file's statements belong to as it is read, one reader per database. */
export class DatabaseSections<R> {
  private readonly sections: Section<R>[];
  private section: Section<R>;

  /** `chosen` is `--database`, or null; `make` starts the reader of one database. */
  constructor(
    private readonly file: string,
    private readonly chosen: string | null,
    private readonly make: (name: string | null) => R,
  ) {
    // Read even when a database is chosen: the file may name none, and then this is all there is.
    this.section = { name: null, line: 1, reader: make(null) };
    this.sections = [this.section];
  }

  /** The reader of the database being read, or null when its statements are not wanted. */
  get current(): R | null {
    return this.section.reader;
  }

  /** The file switches to database `name` (`\connect name`, `USE name`) at `line`. */
  enter(name: string, line: number): void {
    const known = this.sections.find((section) => section.name === name);
    if (known) {
      this.section = known;
      return;
    }
    this.section = { name, line, reader: this.chosen === null || this.chosen === name ? this.make(name) : null };
    this.sections.push(this.section);
  }

  /**
   * The database to describe: the one asked for, else the only one that defines
   * tables (or, in a file without any, the only one with data). Throws
   * InputError, naming the databases, when that is not a single one.
   * `headerName` is a name the file gives the database it starts in (mysqldump's
   * `-- Host: … Database: NAME` line), if any.
   */
  choose(content: (reader: R) => DatabaseContent, trackingTable: string, headerName: string | null = null): { reader: R; note: Diagnostic | null } {
    const named = this.sections.filter((section) => section.name !== null);
    const first = this.sections[0]!;
    const describe = (section: Section<R>) => {
      const tracking = section.reader !== null && content(section.reader).tracking;
      return `${section.name ?? headerName ?? '(unnamed)'}${tracking ? ` (with a tracking table ${trackingTable})` : ''}`;
    };
    if (this.chosen !== null) {
      const match = this.sections.find((section) => section.name === this.chosen);
      if (match) return { reader: match.reader!, note: null };
      if (named.length > 0) {
        throw new InputError(`the dump ${this.file} has no database ${this.chosen}; it holds ${list(named.map((section) => section.name!))}`);
      }
      if (headerName === this.chosen) return { reader: first.reader!, note: null };
      throw new InputError(
        headerName === null
          ? `the dump ${this.file} names no database (it has no \\connect or USE line), so it cannot be checked to be ${this.chosen}; leave out --database`
          : `the dump ${this.file} holds database ${headerName} only (its header says so), not ${this.chosen}`,
      );
    }
    const read = this.sections.filter((section) => section.reader !== null);
    const withSchema = read.filter((section) => content(section.reader!).schema);
    const candidates = withSchema.length > 0 ? withSchema : read.filter((section) => content(section.reader!).data);
    if (candidates.length > 1) {
      throw new InputError(`the dump ${this.file} holds ${candidates.length} databases, ${list(candidates.map(describe))}; choose one with --database NAME`);
    }
    const only = candidates[0] ?? first;
    const note: Diagnostic | null =
      named.length > 1 && only.name !== null
        ? {
            code: 'W-DUMP-DATABASE',
            message: `read database ${only.name}, the only one of the ${named.length} in the file (${named.map((section) => section.name).join(', ')}) that ${withSchema.length > 0 ? 'defines tables' : 'holds data'}`,
            at: { file: this.file, line: only.line },
          }
        : null;
    return { reader: only.reader!, note };
  }
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** For dumps that cannot hold more than one database (a sqlite3 `.dump`): `--database` is refused. */
export function refuseDatabaseChoice(file: string, chosen: string | null | undefined, what: string): void {
  if (chosen !== null && chosen !== undefined) {
    throw new InputError(`the dump ${file} is ${what}, which holds one database and names none; leave out --database`);
  }
}
