import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/model/index.js';
import { configOf } from '../../../../src/frameworks/laravel/project/config-files.js';
import { connectionSettings } from '../../../../src/frameworks/laravel/project/database-config.js';
import { parsedPhpFile } from '../../../../src/frameworks/laravel/project/php-file.js';
import type { LaravelProject } from '../../../../src/frameworks/laravel/project/project-context.js';

function project(env: Record<string, string>): LaravelProject {
  return { framework: 'laravel', root: '/app', env: new Map(Object.entries(env)), envFile: '/app/.env', config: new Map(), classes: new Map(), missingClasses: new Map(), tablePrefix: '' };
}

function settings(php: string, connection: string | null = null, env: Record<string, string> = {}) {
  const outcome = parsedPhpFile('/app/config/database.php', `<?php\nreturn ${php};`, project(env));
  if (!outcome.ok) throw new Error(outcome.reason);
  const warnings: Diagnostic[] = [];
  return { ...connectionSettings(configOf(outcome.php), connection, warnings), warnings: warnings.map((w) => w.code) };
}

const CONNECTIONS = `'connections' => [
  'pgsql' => ['driver' => 'pgsql', 'prefix' => env('DB_PREFIX', ''), 'prefix_indexes' => true, 'search_path' => '"$user", app'],
  'old' => ['driver' => 'pgsql', 'prefix' => 'o_', 'schema' => 'legacy'],
  'mysql' => ['driver' => 'mysql', 'prefix' => 'm_', 'prefix_indexes' => env('IDX', true), 'options' => extension_loaded('pdo_mysql') ? [1] : []],
  'odd' => ['driver' => 'sqlite', 'prefix' => strtoupper('x')],
]`;

describe('connection settings from config/database.php', () => {
  it.each([
    ['the default connection, Laravel 11 tracking table', `['default' => env('DB_CONNECTION', 'pgsql'), ${CONNECTIONS}, 'migrations' => ['table' => 'history']]`, null, { DB_PREFIX: 'p_' },
      { connection: 'pgsql', prefix: 'p_', prefixIndexes: true, schema: 'app', trackingTable: 'history', warnings: [] }],
    ['the .env picks the default; Laravel 8 tracking table; prefix_indexes missing is false', `['default' => env('DB_CONNECTION', 'pgsql'), ${CONNECTIONS}, 'migrations' => 'migs']`, null, { DB_CONNECTION: 'old' },
      { connection: 'old', prefix: 'o_', prefixIndexes: false, schema: 'legacy', trackingTable: 'migs', warnings: [] }],
    ['--connection, env() false, an unreadable sibling key ignored', `['default' => 'pgsql', ${CONNECTIONS}]`, 'mysql', { IDX: 'false' },
      { connection: 'mysql', prefix: 'm_', prefixIndexes: false, schema: null, trackingTable: null, warnings: [] }],
    ['a prefix that is not static is unknown, with a warning', `['default' => 'odd', ${CONNECTIONS}]`, null, {},
      { connection: 'odd', prefix: null, prefixIndexes: false, schema: null, trackingTable: null, warnings: ['W-LARAVEL-CONFIG-UNKNOWN'] }],
    ['a default that is not static names --connection', `['default' => getenv('X'), ${CONNECTIONS}]`, null, {},
      { connection: null, prefix: null, prefixIndexes: null, schema: null, trackingTable: null, warnings: ['W-LARAVEL-CONFIG-UNKNOWN'] }],
  ])('%s', (_, php, connection, env, expected) => {
    expect(settings(php, connection, env)).toEqual(expected);
  });

  it('refuses a connection the file does not have, naming those it has', () => {
    expect(() => settings(`['default' => 'pgsql', ${CONNECTIONS}]`, 'oracle')).toThrow(/no connection 'oracle' \(it has: pgsql, old, mysql, odd\)/);
  });
});
