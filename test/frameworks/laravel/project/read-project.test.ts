import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laravel } from '../../../../src/frameworks/laravel/index.js';
import { readLaravelProject } from '../../../../src/frameworks/laravel/project/read-project.js';

const APP = 'test/fixtures/laravel-apps/harbor';

describe('reading a Laravel application (--app)', () => {
  it('finds the migrations artisan would: packages\' (loadMigrationsFrom, package-tools runsMigrations) first, then the app\'s', async () => {
    const project = await readLaravelProject(APP, { envFile: null, connection: null });
    expect(project.locations).toEqual([
      { path: `${APP}/vendor/acme/audit-log/database/migrations`, origin: 'acme/audit-log' },
      // The .php.stub named by hasMigration() is only published, never loaded.
      { path: `${APP}/vendor/acme/tagging/database/migrations/2024_01_01_000000_create_tags_table.php`, origin: 'acme/tagging' },
      { path: `${APP}/vendor/acme/tagging/database/migrations/2024_01_01_000001_create_taggables_table.php`, origin: 'acme/tagging' },
      { path: `${APP}/database/migrations`, origin: 'app' },
    ]);
    expect(project.warnings).toEqual([]);
  });

  it.each([
    [null, { connection: 'pgsql', tablePrefix: 'hb_', prefixIndexes: true, schema: 'public', trackingTable: 'schema_history' }],
    ['mysql', { connection: 'mysql', tablePrefix: 'hb_', prefixIndexes: false, schema: null, trackingTable: 'schema_history' }],
    ['sqlite', { connection: 'sqlite', tablePrefix: 'hb_', prefixIndexes: false, schema: null, trackingTable: 'schema_history' }],
  ])('connection %s: settings from config/database.php and .env', async (connection, expected) => {
    const project = await readLaravelProject(APP, { envFile: null, connection });
    expect(project).toMatchObject(expected);
  });

  it('reads another env file with --env-file, and takes env() defaults without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-env-'));
    try {
      writeFileSync(join(dir, 'other.env'), 'DB_CONNECTION=sqlite\nDB_PREFIX=x_\nDB_SQLITE_PREFIX_INDEXES=true\n');
      expect(await readLaravelProject(APP, { envFile: join(dir, 'other.env'), connection: null })).toMatchObject({ connection: 'sqlite', tablePrefix: 'x_', prefixIndexes: true });
      await expect(readLaravelProject(APP, { envFile: join(dir, 'missing.env'), connection: null })).rejects.toThrow(/the env file .*missing\.env cannot be read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a folder that does not exist', 'test/fixtures/laravel-apps/nope', /does not exist/],
    ['a folder without composer.json', 'test/fixtures', /is not a Laravel application: it has no composer.json/],
  ])('refuses %s', async (_, dir, message) => {
    await expect(readLaravelProject(dir, { envFile: null, connection: null })).rejects.toThrow(message);
  });

  it('reports a package migration also published into the app under another timestamp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-published-'));
    try {
      cpSync(APP, dir, { recursive: true });
      copyFileSync(join(dir, 'vendor/acme/audit-log/database/migrations/2021_03_01_000000_create_audit_tables.php'), join(dir, 'database/migrations/2024_05_05_101010_create_audit_tables.php'));
      const project = await readLaravelProject(dir, { envFile: null, connection: null });
      expect(project.warnings.map((w) => [w.code, w.message])).toEqual([
        ['W-LARAVEL-PUBLISHED', "2024_05_05_101010_create_audit_tables is acme/audit-log's migration 2021_03_01_000000_create_audit_tables, published into the application under another name while the package still loads it: migrate sees both"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resolves provider names in bootstrap/providers.php through its use imports (found on koel and firefly-iii)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-bootstrap-'));
    try {
      cpSync(APP, dir, { recursive: true });
      mkdirSync(join(dir, 'bootstrap'));
      mkdirSync(join(dir, 'app', 'Providers'), { recursive: true });
      mkdirSync(join(dir, 'extra'));
      writeFileSync(join(dir, 'bootstrap', 'providers.php'), '<?php\nuse App\\Providers\\ExtraProvider;\nreturn [ExtraProvider::class];\n');
      writeFileSync(
        join(dir, 'app', 'Providers', 'ExtraProvider.php'),
        "<?php\nnamespace App\\Providers;\nclass ExtraProvider extends \\Illuminate\\Support\\ServiceProvider {\n  public function boot() { $this->loadMigrationsFrom(__DIR__ . '/../../extra'); }\n}\n",
      );
      const project = await readLaravelProject(dir, { envFile: null, connection: null });
      expect(project.locations).toContainEqual({ path: join(dir, 'app', 'Providers', '..', '..', 'extra'), origin: 'app' });
      expect(project.warnings.filter((w) => w.code.startsWith('W-LARAVEL-PROVIDER'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns when vendor/ is missing, and still finds the app\'s own migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-bare-'));
    try {
      writeFileSync(join(dir, 'composer.json'), '{"autoload": {"psr-4": {"App\\\\": "app/"}}}');
      mkdirSync(join(dir, 'database', 'migrations'), { recursive: true });
      const project = await readLaravelProject(dir, { envFile: null, connection: null });
      expect(project.locations).toEqual([{ path: join(dir, 'database', 'migrations'), origin: 'app' }]);
      expect(project.warnings.map((w) => w.code)).toEqual(['W-LARAVEL-NO-VENDOR', 'W-LARAVEL-NO-ENV']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('config() and env() in migrations', () => {
  const body = (expr: string) => `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    public function up(): void { Schema::create(${expr}, function (Blueprint $t) { $t->id(); }); }
};`;

  it.each([
    ['a published config value', "config('audit.table_names.events')", 'hb_audit_trail'],
    ['a package default merged under the app (mergeConfigFrom)', "config('tagging.tables.tags')", 'hb_tags'],
    ['the default of a key that is not set', "config('audit.nothing', 'fallback')", 'hb_fallback'],
    ['env() with .env', "env('AUDIT_EVENTS_TABLE')", 'hb_audit_trail'],
    ['env() default', "env('NOT_SET', 'plain')", 'hb_plain'],
  ])('%s', async (_, expr, table) => {
    const project = await readLaravelProject(APP, { envFile: null, connection: null });
    const migration = laravel.analyze('m', `${APP}/m.php`, body(expr), { tablePrefix: 'hb_', project: project.context });
    expect(migration.operations).toMatchObject([{ kind: 'createTable', table }]);
  });

  it.each([
    ['without --app, config() is opaque and says what settles it', "config('audit.table_names.events')", false, /config\('audit\.table_names\.events'\) needs the application's config\/; give --app DIR/],
    ['a config file that is not there is named', "config('nothing.table')", true, /there is no config\/nothing\.php/],
    ['an unreadable entry is named with its text', "config('database.redis.options.prefix')", true, /is env\('REDIS_PREFIX', Str::slug\(.*which cannot be read statically/],
  ])('%s', async (_, expr, withApp, reason) => {
    const project = await readLaravelProject(APP, { envFile: null, connection: null });
    const migration = laravel.analyze('m', `${APP}/m.php`, body(expr), { tablePrefix: '', ...(withApp ? { project: project.context } : {}) });
    expect(migration.operations).toMatchObject([{ kind: 'opaque', reason: expect.stringMatching(reason) }]);
  });
});
