/**
 * `--app DIR` for Knex: the knexfile read statically, case by case: which
 * environment, the migration folders, the tracking table and schema, the
 * transactions, the extensions Knex loads, and what is not static (with its
 * line and the default used).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepare } from '../../../src/cli/run.js';
import { knex } from '../../../src/frameworks/knex/index.js';
import { InputError } from '../../../src/model/index.js';
import { runOptions } from '../../support/run-options.js';

const root = mkdtempSync(join(tmpdir(), 'knex2-knexfile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MIGRATION = 'exports.up = (knex) => knex.schema.createTable("a", (t) => t.increments());\n';

let count = 0;
function app(files: Record<string, string>): string {
  const dir = join(root, `app${(count += 1)}`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

async function read(dir: string) {
  const settings = await knex.readProject!(dir, { envFile: null, connection: null });
  return {
    locations: settings.locations.map((location) => relative(dir, location.path)),
    trackingTable: settings.trackingTable,
    schema: settings.schema,
    transactionalMigrations: settings.transactionalMigrations ?? null,
    warnings: settings.warnings.map((warning) => `${warning.code}@${relative(dir, warning.at.file)}:${warning.at.line}`),
  };
}

const cases: { title: string; files: Record<string, string>; expected: Awaited<ReturnType<typeof read>>; messages?: RegExp[] }[] = [
  {
    title: 'CommonJS, production chosen over development: table, schema, several folders, no transactions, loadExtensions',
    files: {
      'knexfile.js': `module.exports = {
  development: { client: 'sqlite3', migrations: { directory: './dev' } },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    migrations: {
      tableName: 'helpdesk_migrations',
      schemaName: 'ops',
      directory: ['./db/migrations', './db/more'],
      disableTransactions: true,
      loadExtensions: ['.js'],
    },
  },
};
`,
      'db/migrations/20240101_a.js': MIGRATION,
      'db/migrations/20240102_b.js': MIGRATION,
      'db/more/20240103_c.js': MIGRATION,
      'db/more/20240104_d.ts': MIGRATION,
    },
    expected: {
      locations: ['db/migrations', 'db/more/20240103_c.js'],
      trackingTable: 'helpdesk_migrations',
      schema: 'ops',
      transactionalMigrations: false,
      warnings: ['W-KNEXFILE-ENV@knexfile.js:3', 'W-KNEXFILE-SCHEMA@knexfile.js:8', 'W-KNEXFILE-EXTENSIONS@knexfile.js:1'],
    },
    messages: [/production settings are used; the Knex CLI takes --env or NODE_ENV/, /schema ops/, /loadExtensions \(\.js\) leave them out, and are not read: 20240104_d\.ts/],
  },
  {
    title: 'only development: it is used, and said so; the default folder and table',
    files: {
      'knexfile.js': `module.exports = {
  development: { client: 'sqlite3', useNullAsDefault: true },
};
`,
      'migrations/20240101_a.js': MIGRATION,
    },
    expected: { locations: ['migrations'], trackingTable: null, schema: null, transactionalMigrations: null, warnings: ['W-KNEXFILE-ENV@knexfile.js:2'] },
    messages: [/development settings are used \(it has no production ones\)/],
  },
  {
    title: 'a TypeScript knexfile with one configuration, through a typed const, export default',
    files: {
      'knexfile.ts': `import type { Knex } from 'knex';
const MIGRATIONS_TABLE = 'schema_history';
const config: Knex.Config = {
  client: 'pg',
  migrations: { tableName: MIGRATIONS_TABLE, directory: 'src/migrations', disableTransactions: false },
};
export default config;
`,
      'src/migrations/20240101_a.ts': MIGRATION,
    },
    expected: { locations: ['src/migrations'], trackingTable: 'schema_history', schema: null, transactionalMigrations: null, warnings: [] },
  },
  {
    title: 'values from the environment: warned at their line, the default used; an unknown disableTransactions reads as true',
    files: {
      'knexfile.js': `module.exports = {
  production: {
    client: 'mysql2',
    migrations: {
      tableName: process.env.MIGRATIONS_TABLE,
      directory: process.env.MIGRATIONS_DIR,
      disableTransactions: process.env.NO_TX === '1',
    },
  },
};
`,
      'migrations/20240101_a.js': MIGRATION,
    },
    expected: {
      locations: ['migrations'],
      trackingTable: null,
      schema: null,
      transactionalMigrations: false,
      warnings: ['W-KNEXFILE-ENV@knexfile.js:2', 'W-KNEXFILE-DYNAMIC@knexfile.js:5', 'W-KNEXFILE-DYNAMIC@knexfile.js:7', 'W-KNEXFILE-DYNAMIC@knexfile.js:6'],
    },
    messages: [/migrations\.tableName .*\(process\.env\.MIGRATIONS_TABLE\); the default knex_migrations is used/, /disableTransactions .* true/, /migrations\.directory .* the default \.\/migrations is used/],
  },
  {
    title: 'shared settings spread into the environment; .mjs files are not in Knex’s default loadExtensions',
    files: {
      'knexfile.js': `const shared = { migrations: { tableName: 'shared_migrations' } };
module.exports = { production: { ...shared, client: 'pg' } };
`,
      'migrations/20240101_a.js': MIGRATION,
      'migrations/20240102_b.mjs': MIGRATION,
    },
    expected: { locations: ['migrations/20240101_a.js'], trackingTable: 'shared_migrations', schema: null, transactionalMigrations: null, warnings: ['W-KNEXFILE-ENV@knexfile.js:2', 'W-KNEXFILE-EXTENSIONS@knexfile.js:1'] },
  },
];

describe('Knex --app: the knexfile', () => {
  it.each(cases)('$title', async ({ files, expected, messages }) => {
    const dir = app(files);
    expect(await read(dir)).toEqual(expected);
    const settings = await knex.readProject!(dir, { envFile: null, connection: null });
    for (const message of messages ?? []) expect(settings.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(message));
  });

  it.each([
    ['a folder without a knexfile', () => app({ 'migrations/20240101_a.js': MIGRATION }), /has no knexfile \(knexfile\.js, knexfile\.mjs, knexfile\.ts, knexfile\.cjs\)$/],
    ['a knexfile that does not parse', () => app({ 'knexfile.js': 'module.exports = {\n' }), /does not parse \(a syntax error at line 2/],
    ['a knexfile that exports nothing', () => app({ 'knexfile.js': 'const config = {};\n' }), /exports no configuration that can be read/],
  ])('%s is bad input', async (_what, make, message) => {
    const error = await read(make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('reaches the run: the table, the folder and the transactions, with --app alone choosing Knex', async () => {
    const dir = app({
      'knexfile.js': "module.exports = { production: { client: 'pg', migrations: { tableName: 'app_migrations', directory: './db', disableTransactions: true } } };\n",
      'db/20240101_a.js': MIGRATION,
    });
    const prepared = await prepare(runOptions({ command: 'status', dump: 'unused.sql', framework: null, migrations: [], app: dir }));
    expect({ framework: prepared.framework, table: prepared.trackingTable, migrations: prepared.loaded.migrations.map((m) => m.name), transactional: prepared.transactionalMigrations }).toEqual({
      framework: 'knex',
      table: 'app_migrations',
      migrations: ['20240101_a'],
      transactional: false,
    });
  });
});
