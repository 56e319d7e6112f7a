/**
 * How migrations are found and what their rows record, for the layouts beyond
 * one file per migration: a folder per migration (FrameworkAdapter.fileInEachFolder),
 * a folder's own metadata (readFolder), and records from exact bytes (recordOf);
 * and how the dump's rows are matched to migrations (TrackingTableSpec.matchRows).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/cli/load-migrations.js';
import { settleTrackingRows } from '../../src/cli/tracking-rows.js';
import { laravel } from '../../src/frameworks/laravel/index.js';
import type { FolderContext, FrameworkAdapter, Migration, SchemaSnapshot, TrackingRow } from '../../src/model/index.js';
import { tempDir } from '../e2e/engines.js';

interface JournalContext extends FolderContext {
  readonly when: Readonly<Record<string, number>>;
}

/** A made-up adapter: `<name>/up.sql` folders, a `journal.json` beside them, rows that store the journal's time. */
const foldered: FrameworkAdapter = {
  ...laravel,
  name: 'foldered',
  fileInEachFolder: 'up.sql',
  migrationName: (file) => (basename(file) === 'up.sql' && /^\d+_\w+$/.test(basename(dirname(file))) ? basename(dirname(file)) : null),
  compareNames: (a, b) => a.localeCompare(b),
  analyze: (name, file) => ({ name, file, connection: null, operations: [], error: null, warnings: [] }),
  async readFolder(folder) {
    return { framework: 'foldered', when: JSON.parse(readFileSync(join(folder, 'journal.json'), 'utf8')) } as JournalContext;
  },
  recordOf: (name, _file, bytes, options) => ({
    sha256: createHash('sha256').update(bytes).digest('hex'),
    when: (options.folder as JournalContext).when[name] ?? -1,
  }),
  tracking: {
    ...laravel.tracking,
    matchRows: (rows, migrations) =>
      rows.map((row) => {
        const match = migrations.find((migration) => String(migration.record['when']) === row.migration);
        return match === undefined ? row : { ...row, migration: match.name };
      }),
  },
};

const tmp = tempDir('migstamp-layouts-');
afterAll(() => tmp.cleanup());
const root = join(tmp.path, 'migrations');
// Bytes that are not UTF-8: the record must be of the file as it is, not of its decoded text.
const latin1 = Buffer.from([0x2d, 0x2d, 0x20, 0xe9, 0x0a]);
for (const [name, bytes] of [['001_first', Buffer.from('SELECT 1;\n')], ['002_second', latin1]] as const) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'up.sql'), bytes);
}
mkdirSync(join(root, 'meta'));
writeFileSync(join(root, 'meta', 'up.sql'), 'not a migration: its folder is not named like one');
writeFileSync(join(root, '003_loose.sql'), 'a file beside the folders is not a migration here');
writeFileSync(join(root, 'journal.json'), JSON.stringify({ '001_first': 1700000000000, '002_second': 1700000001000 }));

describe('migration layouts', () => {
  it('reads one migration per folder, with records from the exact bytes and the folder\'s journal', async () => {
    const loaded = await loadMigrations([root], foldered, { tablePrefix: '' });
    expect(loaded.migrations.map((m) => [m.name, m.file])).toEqual([
      ['001_first', join(root, '001_first', 'up.sql')],
      ['002_second', join(root, '002_second', 'up.sql')],
    ]);
    expect(loaded.migrations[1]!.record).toEqual({ sha256: createHash('sha256').update(latin1).digest('hex'), when: 1700000001000 });
  });

  it('a migration folder given as one file is that migration', async () => {
    const loaded = await loadMigrations([join(root, '001_first', 'up.sql')], foldered, { tablePrefix: '' });
    expect(loaded.migrations.map((m) => m.name)).toEqual(['001_first']);
  });
});

describe('settleTrackingRows', () => {
  const migrations: Migration[] = [
    { name: '001_first', file: 'a', connection: null, operations: [], error: null, warnings: [], record: { when: 1700000000000 } },
    { name: '002_second', file: 'b', connection: null, operations: [], error: null, warnings: [], record: { when: 1700000001000 } },
  ];
  const snapshot = (rows: TrackingRow[]): SchemaSnapshot => ({ tracking: { name: 'migrations', schema: null, columns: [], rows, line: 1 } }) as unknown as SchemaSnapshot;

  it('names rows after the migrations they match; others stay as orphans', () => {
    const settled = settleTrackingRows(snapshot([{ migration: '1700000000000', batch: 0, line: 3 }, { migration: '99', batch: 0, line: 4 }]), foldered.tracking, migrations);
    expect(settled.snapshot.tracking!.rows.map((row) => row.migration)).toEqual(['001_first', '99']);
    expect(settled.failed).toEqual([]);
  });

  it('sets failed attempts apart: they track nothing', () => {
    const failed: TrackingRow = { migration: '002_second', batch: 1, line: 5, failed: 'an attempt that never finished' };
    const settled = settleTrackingRows(snapshot([{ migration: '001_first', batch: 1, line: 4 }, failed]), laravel.tracking, migrations);
    expect(settled.snapshot.tracking!.rows.map((row) => row.migration)).toEqual(['001_first']);
    expect(settled.failed).toEqual([failed]);
  });

  it('reports rows that matching marks failed, once, beside those that read as failed alone', () => {
    const dirty: TrackingRow = { migration: '1700000001000', batch: 0, line: 6, failed: 'a dirty attempt' };
    const spec = {
      ...foldered.tracking,
      // A failed row matched to its migration keeps its sentence; an extra row is marked failed by matching alone.
      matchRows: (rows: readonly TrackingRow[]) => [{ ...rows[0]!, migration: '002_second' }, { migration: '9', batch: 0, line: 7, failed: 'one row too many' }],
    };
    const settled = settleTrackingRows(snapshot([dirty, { migration: '9', batch: 0, line: 7 }]), spec, migrations);
    expect(settled.failed.map((row) => [row.line, row.failed])).toEqual([
      [6, 'a dirty attempt'],
      [7, 'one row too many'],
    ]);
    expect(settled.snapshot.tracking!.rows).toEqual([]);
  });
});
