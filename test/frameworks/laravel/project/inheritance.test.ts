import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laravel } from '../../../../src/frameworks/laravel/index.js';
import { readLaravelProject } from '../../../../src/frameworks/laravel/project/read-project.js';

const APP = 'test/fixtures/laravel-apps/harbor';
const MIGRATIONS = `${APP}/database/migrations`;

async function analyse(file: string, withApp: boolean, source = readFileSync(file, 'utf8')) {
  const project = await readLaravelProject(APP, { envFile: null, connection: null });
  return laravel.analyze('m', file, source, { tablePrefix: '', ...(withApp ? { project: project.context } : {}) });
}

describe('base classes and traits found through composer\'s PSR-4 autoload', () => {
  it.each([
    ['an up() inherited from the base class, with a trait\'s helper and the child\'s abstract method filled in', `${MIGRATIONS}/2020_02_01_000000_create_brands_table.php`,
      [{ kind: 'createTable', table: 'brands', columns: ['id', 'name', 'country', 'created_by', 'revision_note', 'created_at', 'updated_at'], file: `${APP}/app/Database/CatalogTableMigration.php` }]],
    ['parent::up() then the migration\'s own statements', `${MIGRATIONS}/2020_02_02_000000_create_collections_table.php`,
      [{ kind: 'createTable', table: 'collections', columns: ['id', 'title', 'launched_on', 'created_by', 'revision_note', 'created_at', 'updated_at'], file: `${APP}/app/Database/CatalogTableMigration.php` }, { kind: 'addColumn', table: 'products' }]],
  ])('%s', async (_, file, expected) => {
    const migration = await analyse(file, true);
    expect(migration.error).toBeNull();
    const shapes = migration.operations
      .filter((op) => op.kind === 'createTable' || op.kind === 'addColumn')
      .map((op) => (op.kind === 'createTable' ? { kind: op.kind, table: op.table, columns: op.columns.map((c) => c.name), file: op.at.file } : { kind: op.kind, table: op.table }));
    expect(shapes).toEqual(expected);
  });

  it.each([
    ['without --app, the inherited up() is named with the option that settles it', `${MIGRATIONS}/2020_02_01_000000_create_brands_table.php`, false, undefined,
      /has no up\(\) method: the migration extends App\\Database\\CatalogTableMigration, which is not in this file; give --app DIR/],
  ])('%s', async (_, file, withApp, source, message) => {
    const migration = await analyse(file, withApp, source);
    expect(migration.error?.message).toMatch(message);
  });

  it('a class that is not where composer would load it: that place is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-gone-'));
    try {
      writeFileSync(join(dir, 'composer.json'), '{"autoload": {"psr-4": {"App\\\\": "app/"}}}');
      mkdirSync(join(dir, 'database', 'migrations'), { recursive: true });
      const file = join(dir, 'database', 'migrations', '2020_01_01_000000_x.php');
      writeFileSync(file, '<?php\nuse App\\Database\\Gone;\nreturn new class extends Gone {};\n');
      const project = await readLaravelProject(dir, { envFile: null, connection: null });
      const migration = laravel.analyze('m', file, readFileSync(file, 'utf8'), { tablePrefix: '', project: project.context });
      expect(migration.error?.message).toMatch(/extends App\\Database\\Gone, which is not in the application: composer's PSR-4 autoload looks for it at .*app\/Database\/Gone\.php, which is not there/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without --app, parent::up() stays opaque and says why', async () => {
    const migration = await analyse(`${MIGRATIONS}/2020_02_02_000000_create_collections_table.php`, false);
    expect(migration.operations[0]).toMatchObject({ kind: 'opaque', reason: expect.stringMatching(/parent::up\(\) runs code outside this file: the migration extends App\\Database\\CatalogTableMigration/) });
  });
});
