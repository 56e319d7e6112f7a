/**
 * `--app DIR` for Knex on a real engine: the Knex sample's sources with a
 * knexfile that names its own tracking table (`migrations.tableName`) and takes
 * its connection from the environment. Knex's own Migrator migrates five batches
 * of their build into that table, a restore loses batches 3 to 5, and `migstamp
 * sql --framework knex --app DIR` (no --table, no --migrations) must find the
 * table and the folder from the knexfile alone; after the script, Knex's
 * `migrate.list()` lists exactly the files that did not run and those migstamp
 * left unproven.
 *
 * migstamp reads the sources, as for a TypeScript app run through a build: the
 * build's own CommonJS (esbuild's `__export` helpers) is not read, and would leave
 * its migrations unknown.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineGate, migstamp, tempDir } from './engines.js';
import { KNEX_APP, KNEX_ENGINES, type KnexDatabase, builtName, deploy, knexHistory, knexPending, knexRunner } from './knex-engines.js';

const TABLE = 'helpdesk_migrations';
const KNEXFILE = `// The helpdesk's deployment: its tracking table has its own name.
module.exports = {
  development: { client: 'better-sqlite3', connection: { filename: './dev.sqlite3' }, useNullAsDefault: true },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    migrations: { tableName: '${TABLE}', directory: './migrations', loadExtensions: ['.js', '.cjs', '.mjs', '.ts'] },
  },
};
`;

const engine = KNEX_ENGINES.find((candidate) => candidate.name === 'postgres')!;
const gate = engineGate('Knex --app on postgres', engine.availability());

describe.skipIf(gate.skip)('Knex --app on PostgreSQL: the tracking table named in the knexfile (Knex Migrator, pg_dump, psql)', () => {
  const tmp = tempDir('knex2-app-');
  let db: KnexDatabase | null = null;
  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
  });
  afterAll(() => {
    db?.drop();
    tmp.cleanup();
  });

  it('stamps into the knexfile’s table, and Knex then lists exactly what did not run or was left unproven', () => {
    const history = knexHistory();
    const sources = (files: readonly string[]) => files.map((file) => join(KNEX_APP, 'migrations', file));
    const app = join(tmp.path, 'app');
    cpSync(KNEX_APP, app, { recursive: true, filter: (file) => !/\/(?:pgsql|mysql|sqlite|broken)$/.test(file) });
    writeFileSync(join(app, 'knexfile.js'), KNEXFILE);
    // What the runner loads: the build of the sources, deployment by deployment.
    const migrations = join(tmp.path, 'build', 'migrations');
    db = engine.create();
    // Five deployments, each migrate:latest over the files deployed so far.
    for (const batch of history.batches.slice(0, 5)) {
      deploy(migrations, sources(batch));
      const ran = knexRunner(engine, db, migrations, 'migrate', TABLE);
      expect(ran.code, ran.stderr).toBe(0);
    }
    const notRun = [...history.batches.slice(5).flat(), ...history.failed, ...history.unapplied];
    deploy(migrations, sources(notRun));
    db.sql(`DELETE FROM ${TABLE} WHERE batch > 2;\nSELECT setval('${TABLE}_id_seq', (SELECT max(id) FROM ${TABLE}));\n`);
    const dump = join(tmp.path, 'restored.sql');
    db.dump(dump);

    const script = join(tmp.path, 'stamp.sql');
    const result = migstamp(['sql', '--framework', 'knex', '--app', app, '--dump', dump, '-o', script]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/the knexfile's production settings are used/);
    const applied = db.applyFile(script);
    expect(applied.code, applied.stderr).toBe(0);

    const unproven = ['20240108090000_create_ticket_import.js', '20240109090000_drop_ticket_import.js', '20240121090000_backfill_closed_ticket_priority.js'];
    expect(knexPending(engine, db, migrations, TABLE).sort()).toEqual([...new Set([...unproven, ...notRun.map(builtName)])].sort());
    const next = knexRunner(engine, db, migrations, 'migrate', TABLE);
    expect(next.code, next.stderr).toBe(0);
    expect(knexPending(engine, db, migrations, TABLE)).toEqual([]);
  });
});
