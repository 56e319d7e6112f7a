/**
 * Regenerates samples/flyway-app/dumps/<engine>/{full,restored}.sql:
 *
 *   npx tsx scripts/flyway/make-samples.ts            # all engines
 *   npx tsx scripts/flyway/make-samples.ts mysql      # one (postgres | mysql | sqlite)
 *
 * Flyway cannot run here, so the database is built by test/e2e/flyway-stand-in.ts
 * (NOT Flyway's runner): the sample's SQL files applied in Flyway's order with the
 * engine's real client, flyway_schema_history created and written as flyway-core's
 * source does. It migrates up to version 18 (and the repeatable view), so 19–21
 * stay pending; `full.sql` is then the real dump tool's output; `restored.sql` is
 * the dump after the rows from version 16 on were lost, as a restore from an older
 * backup would leave them.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { REPO_ROOT } from '../../test/e2e/engines.js';
import { type FlywayEngineName, createHistoryTable, flywayMigrate, openFlywayEngine, resolveFolder } from '../../test/e2e/flyway-stand-in.js';

const app = join(REPO_ROOT, 'samples', 'flyway-app');
const engines = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['postgres', 'mysql', 'sqlite']) as FlywayEngineName[];

for (const name of engines) {
  const out = join(app, 'dumps', name);
  mkdirSync(out, { recursive: true });
  const engine = openFlywayEngine(name, 'flyway_sample');
  try {
    createHistoryTable(engine);
    const result = flywayMigrate(engine, resolveFolder(join(app, 'db', 'migration')), { target: '18' });
    if (result.failure !== null) throw new Error(result.failure);
    engine.dump(join(out, 'full.sql'));
    const q = engine.quote;
    engine.sql(`DELETE FROM ${engine.table} WHERE ${q('installed_rank')} >= (SELECT r FROM (SELECT ${q('installed_rank')} AS r FROM ${engine.table} WHERE ${q('version')} = '16') AS lost);`);
    engine.dump(join(out, 'restored.sql'));
    console.log(`${name}: ${result.ran.length} migrations run; dumps in ${out}`);
  } finally {
    engine.drop();
  }
}
