/**
 * The `pg_restore` command that turns an archive migstamp cannot read into the
 * plain text it can, ready to paste into a POSIX shell: paths are quoted when
 * they hold anything but the characters a shell leaves alone.
 */
export function pgRestoreCommand(archive: string): string {
  const trimmed = archive.length > 1 ? archive.replace(/\/+$/, '') : archive;
  return `pg_restore -f ${shellWord(`${trimmed}.sql`)} ${shellWord(archive)}`;
}

function shellWord(text: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
