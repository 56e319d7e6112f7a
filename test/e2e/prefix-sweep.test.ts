/**
 * The prefix sweep (issue 8): histories that stop, or fail partway, at many
 * points, on PostgreSQL, MariaDB and SQLite, with Laravel's own Migrator as
 * the judge.
 *
 * For each migration set (the sample app and test/e2e/apps/*) and each chosen
 * cut k:
 *
 *   plain  the first k migrations of the deployment history ran;
 *   fail   the first k ran, then migration k+1 failed partway;
 *
 * then, for each damage: dump (pg_dump / mysqldump / sqlite3 .dump, as the
 * acceptance tests do) → migstamp sql -o and status --json on the ORIGINAL
 * migration files → apply the script (psql -v ON_ERROR_STOP=1 / mariadb /
 * sqlite3 -bail) → the Migrator's `pending`.
 *
 * The hard rule: every migration that did not complete (Laravel had no row
 * for it before the damage) must still be pending. A completed migration left
 * pending ("missed") is allowed only when migstamp's verdict for it is
 * unknown, partial or pending with a reason; those are counted and printed.
 *
 * Decisions:
 * - History. The sample app follows samples/laravel-app/history.txt (batches
 *   1-13, back-dated files run late), its three never-run migrations as a
 *   14th deployment; the small apps deploy one migration at a time. The first
 *   k migrations in that order are "the first k". One progressive database
 *   runs them one `migrate` at a time and gives each row the batch of its
 *   deployment: a cut inside a batch is a deployment whose migrate stopped
 *   there. Each scenario runs on a copy (CREATE DATABASE … TEMPLATE on
 *   PostgreSQL, mysqldump into a new database on MariaDB, a file copy on
 *   SQLite); nothing is rebuilt from scratch.
 * - Failing partway. Migration k+1 runs from a copy in a temporary folder
 *   (same file name) whose up() registers a Connection::beforeExecuting hook:
 *   right before the second DDL statement it executes
 *   `SELECT * FROM migstamp_no_such_table`, which the engine rejects. So the
 *   first DDL statement took effect (a CREATE TABLE without its indexes and
 *   foreign keys, the first of several ALTERs), the rest did not, and Laravel
 *   recorded nothing. Laravel 8.83 wraps a migration in a transaction only
 *   when the schema grammar supportsSchemaTransactions() (PostgreSQL): there
 *   the run rolls back. The sweep checks that (the catalog is as before), and
 *   since the database is then exactly cut k, the plain scenarios of cut k
 *   cover it; on MariaDB and SQLite the first effects stay and get their own
 *   scenarios. Migrations that send fewer than two DDL statements (seeds,
 *   single renames, a lone CREATE TABLE) complete despite the hook and add
 *   nothing new; they are listed. Failing after the last DDL statement is
 *   deliberately not swept: every effect is then present, which no reading of
 *   a dump can tell from a completed migration.
 * - Damage, as a restore from an older backup leaves the tracking table:
 *   "last-batch-lost" (the rows of the newest batch are gone) and "all-lost"
 *   (no rows survive); the first only when there are two batches or more.
 * - Migrate check. After every plain cut's all-lost scenario, `migrate` of
 *   the pending set must succeed and leave nothing pending: a wrong stamp can
 *   also show up as a later migration failing. Not after a failed run: there
 *   the failed migration's first effects make migrate fail by design.
 * - Cuts. The small apps: every k from 0 to n. The sample app (41
 *   migrations): every stride-th k plus k = 41, with a stride per engine and
 *   offsets chosen so the three engines together cover most cuts;
 *   MIGSTAMP_SWEEP_ALL=1 sweeps every cut everywhere (about four times longer).
 * - Speed. migstamp's sql and status run at once (two cores); PostgreSQL's
 *   DROP DATABASE (a forced checkpoint) runs in the background.
 *
 * Engines follow the suite's convention: with MIGSTAMP_REQUIRE_ENGINES=1 a
 * missing engine fails the sweep, otherwise it skips with a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRE_ENGINES, engineGate, migstampAvailable } from './engines.js';
import { formatAppResult, formatEngineSummary, sweepApp, sweepCuts, type AppSweepResult, type Finding } from './sweep-run.js';
import { sweepApps, sweepEngines, type SweepApp, type SweepEngine } from './sweep-support.js';

const SWEEP_ALL = process.env.MIGSTAMP_SWEEP_ALL === '1';

/** Sample-app stride and offset per engine: SQLite copies are free, MariaDB copies cost a second. */
const SAMPLE_CUTS: Record<SweepEngine['driver'], { stride: number; offset: number }> = {
  sqlite: { stride: 3, offset: 0 },
  pgsql: { stride: 4, offset: 1 },
  mysql: { stride: 5, offset: 2 },
};

function cutsFor(engine: SweepEngine, app: SweepApp): number[] {
  const n = app.batches.flat().length;
  if (SWEEP_ALL || app.name !== 'sample') return sweepCuts(n, 1, 0);
  const { stride, offset } = SAMPLE_CUTS[engine.driver];
  return sweepCuts(n, stride, offset);
}

const brief = (f: Finding): string => `${f.app} k=${f.cut} ${f.variant} ${f.damage}: ${f.migration} (${f.verdict}: ${f.reason})`;

for (const engine of sweepEngines()) {
  const gate = engineGate(`Prefix sweep on ${engine.label}`, engine.availability());

  describe.skipIf(gate.skip)(`prefix sweep on ${engine.label} (real Laravel Migrator)`, () => {
    const results: AppSweepResult[] = [];

    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
      if (!migstampAvailable()) {
        const msg = 'bin/migstamp does not exist yet; build the CLI first (npm run build)';
        if (REQUIRE_ENGINES) throw new Error(msg);
        console.warn(`\n[warn] ${msg}: the sweep will fail.\n`);
      }
    });

    afterAll(() => {
      if (results.length > 0) console.log(formatEngineSummary(engine.label, results));
    });

    for (const app of sweepApps()) {
      it(`${app.name}: nothing that did not complete is stamped`, async () => {
        const result = await sweepApp(engine, app, cutsFor(engine, app));
        results.push(result);
        console.log(formatAppResult(result));
        // All three at once, so a red run shows every kind of failure it found.
        expect({
          falseStamps: result.falseStamps.map(brief),
          unexplainedMisses: result.unexplainedMisses.map(brief),
          problems: result.problems,
        }).toEqual({ falseStamps: [], unexplainedMisses: [], problems: [] });
      }, 600_000);
    }
  });
}
