import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/model/index.js';
import type { LaravelProject } from '../../../../src/frameworks/laravel/project/project-context.js';
import { readProvider } from '../../../../src/frameworks/laravel/project/providers.js';

const dir = mkdtempSync(join(tmpdir(), 'providers-'));
mkdirSync(join(dir, 'src'));
mkdirSync(join(dir, 'database', 'migrations'), { recursive: true });
writeFileSync(join(dir, 'database', 'migrations', '2020_01_01_000000_a.php'), '<?php');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const project: LaravelProject = { framework: 'laravel', root: dir, env: new Map([['RUN', 'false']]), envFile: join(dir, '.env'), config: new Map(), classes: new Map(), missingClasses: new Map(), tablePrefix: '' };

async function read(body: string): Promise<{ paths: readonly string[]; warnings: string[] }> {
  const file = join(dir, 'src', 'P.php');
  writeFileSync(file, `<?php\nnamespace V;\nclass P extends \\Illuminate\\Support\\ServiceProvider {\n${body}\n}\n`);
  const warnings: Diagnostic[] = [];
  const found = await readProvider(file, 'V\\P', project, warnings);
  return { paths: found.paths.map((p) => p.replace(dir, 'PKG')), warnings: warnings.map((w) => w.code) };
}

describe('what a service provider registers for migrate', () => {
  it.each([
    ['loadMigrationsFrom with __DIR__', "public function boot() { $this->loadMigrationsFrom(__DIR__ . '/../database/migrations'); }", ['PKG/src/../database/migrations'], []],
    ['a list of paths and dirname(__DIR__)', "public function boot() { $this->loadMigrationsFrom([dirname(__DIR__) . '/a', dirname(__DIR__, 1) . '/b']); }", ['PKG/a', 'PKG/b'], []],
    ['under runningInConsole()', "public function boot() { if ($this->app->runningInConsole()) { $this->loadMigrationsFrom(__DIR__ . '/m'); } }", ['PKG/src/m'], []],
    ['not in the else of runningInConsole()', "public function boot() { if ($this->app->runningInConsole()) {} else { $this->loadMigrationsFrom(__DIR__ . '/m'); } }", [], []],
    ['not when !runningInConsole()', "public function boot() { if (! $this->app->runningInConsole()) { $this->loadMigrationsFrom(__DIR__ . '/m'); } }", [], []],
    ['a condition that evaluates to false', "public function boot() { if (env('RUN', true)) { $this->loadMigrationsFrom(__DIR__ . '/m'); } }", [], []],
    ['a condition that cannot be evaluated counts, with a warning', "public function boot() { if ($this->shouldRun()) { $this->loadMigrationsFrom(__DIR__ . '/m'); } }", ['PKG/src/m'], ['W-LARAVEL-PROVIDER-CONDITION']],
    // Found on koel and monica (Sanctum's provider): config merged under a condition is not a migration path.
    ['a config merge under a condition it cannot evaluate is no warning', "public function register() { if (! app()->configurationIsCached()) { $this->mergeConfigFrom(__DIR__ . '/c.php', 'c'); } }", [], []],
    ['a path that cannot be evaluated is a warning', "public function boot() { $this->loadMigrationsFrom($this->path()); }", [], ['W-LARAVEL-PROVIDER-PATH']],
    ['package-tools: named files that exist, when it runs them', "public function configurePackage($package): void { $package->name('p')->hasMigrations(['2020_01_01_000000_a', 'b'])->runsMigrations(); }", ['PKG/database/migrations/2020_01_01_000000_a.php'], []],
    ['package-tools: publish only without runsMigrations()', "public function configurePackage($package): void { $package->name('p')->hasMigration('2020_01_01_000000_a'); }", [], []],
    ['package-tools: runsMigrations(false)', "public function configurePackage($package): void { $package->hasMigration('2020_01_01_000000_a')->runsMigrations(false); }", [], []],
    ['package-tools: discoversMigrations() takes the folder', "public function configurePackage($package): void { $package->discoversMigrations()->runsMigrations(); }", ['PKG/database/migrations'], []],
  ])('%s', async (_, body, paths, warnings) => {
    expect(await read(body)).toEqual({ paths, warnings });
  });
});
