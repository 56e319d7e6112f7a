/**
 * The `pg_restore` command that turns an archive migstamp cannot read into the
 * plain text it can, ready to paste into a POSIX shell: paths are quoted when
 * they hold anything but the characters a shell leaves alone. An archive that
 * came down a pipe is converted in the pipe: pg_restore reads standard input
 * when given no file, and `-f -` writes to standard output.
 */
export function pgRestoreCommand(archive: string, piped = false): string {
  if (piped) return '… | pg_restore -f - | migstamp … --dump -';
  const trimmed = archive.length > 1 ? archive.replace(/\/+$/, '') : archive;
  return `pg_restore -f ${shellWord(`${trimmed}.sql`)} ${shellWord(archive)}`;
}

function shellWord(text: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The advice for an archive that a file could give but a pipe cannot. */
export function writeToFileFirst(): string {
  return 'write it to a file first (… > FILE) and pass that file';
}
