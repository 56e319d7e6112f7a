import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pgRestoreCommand } from '../../src/dump/containers/restore-command.js';

describe('the pg_restore command in refusals', () => {
  it.each([
    ['backup.dump', 'pg_restore -f backup.dump.sql backup.dump'],
    ['/srv/backups/db-2026-11-25.dump', 'pg_restore -f /srv/backups/db-2026-11-25.dump.sql /srv/backups/db-2026-11-25.dump'],
    ['dumps/nightly/', 'pg_restore -f dumps/nightly.sql dumps/nightly/'],
    ['my backup.dump', "pg_restore -f 'my backup.dump.sql' 'my backup.dump'"],
    ["it's.dump", "pg_restore -f 'it'\\''s.dump.sql' 'it'\\''s.dump'"],
    ['$(rm -rf x).dump', "pg_restore -f '$(rm -rf x).dump.sql' '$(rm -rf x).dump'"],
  ])('%s', (archive, command) => {
    expect(pgRestoreCommand(archive)).toBe(command);
  });

  it('a POSIX shell hands pg_restore exactly the two paths, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\0') && !s.endsWith('/')), (archive) => {
        // `set --` then printf shows the words the shell made of the command's arguments.
        const args = pgRestoreCommand(archive).slice('pg_restore '.length);
        const shown = spawnSync('sh', ['-c', `set -- ${args}; printf '%s\\0' "$@"`], { encoding: 'utf8' }).stdout;
        expect(shown.split('\0').slice(0, -1)).toEqual(['-f', `${archive}.sql`, archive]);
      }),
      { numRuns: 200 },
    );
  });
});
