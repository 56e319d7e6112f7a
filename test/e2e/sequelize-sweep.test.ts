/**
 * The prefix sweep for Sequelize (issue 11): the sample app's 26 migrations stopped,
 * or failed partway, at every cut, on PostgreSQL, MariaDB and SQLite, with umzug's
 * own `pending()` as the judge.
 *
 * For a cut k:
 *   plain  the first k migrations ran;
 *   fail   the first k ran, then migration k+1 failed after its first schema statement;
 * then for each damage a restore from an older backup leaves in SequelizeMeta,
 * "newest-run-lost" (the rows of the deployment the cut falls in; only when an older
 * one exists) and "all-lost" (no rows): the engine's dump tool → `migstamp sql` and
 * `status --json` on the ORIGINAL migration files → the engine's client applies the
 * script → umzug's pending().
 *
 * The hard rule: every migration that did not complete (no row before the damage)
 * must still be pending. A completed migration left pending ("missed") is allowed only
 * when migstamp's verdict for it is unknown, partial or pending; those are counted.
 * After every plain all-lost scenario, migrating the rest must succeed and leave
 * nothing pending: a wrong stamp can also show as a later migration failing.
 *
 * Decisions:
 * - The runner is umzug 3 with SequelizeStorage in this process (test/e2e/sequelize-runner.ts),
 *   each migration called as sequelize-cli calls it; starting sequelize-cli per
 *   migration would cost a second each. The deployments follow
 *   scripts/make-sequelize-samples.sh (up to 10, 18, 24; the two newest never run, a
 *   fourth deployment here). Each scenario builds its own database.
 * - Failing partway is a runner hook, not a modified copy of the file: for migration
 *   k+1 the Sequelize instance's `query` is wrapped so that the engine never receives
 *   its second statement that writes (schema or rows; reads, transaction control and
 *   the tracking row are not counted) and the call rejects instead. A copy in a
 *   temporary folder would lose the app modules its `require('../schema-names')`
 *   reaches; the hook also counts statements as sent, so a helper's two `addColumn`s,
 *   or the statements of SQLite's table rebuild, are two. Sequelize wraps no migration
 *   in a transaction, so on every engine the first statement stays (unless the
 *   migration's own transaction rolls it back). A migration that sends one writing
 *   statement completes despite the hook; it is counted, not a scenario.
 * - Cuts: k = 0…26 strided per engine (stride 3, offsets 0, 1, 2), so the three
 *   engines together cover every cut; MIGSTAMP_SWEEP_ALL=1 sweeps all on each.
 *
 * Engines follow the suite's convention: with MIGSTAMP_REQUIRE_ENGINES=1 a missing
 * engine fails the sweep, otherwise it is skipped with a warning.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRE_ENGINES, engineGate, migstampAvailable, tempDir } from './engines.js';
import { Runner, SEQUELIZE_APP, SEQUELIZE_ENGINES, type ScratchDb, type SweepEngineKind } from './sequelize-runner.js';
import { migstampAsync } from './sweep-support.js';

const FOLDER = join(SEQUELIZE_APP, 'migrations');
const NAMES = readdirSync(FOLDER).filter((f) => f.endsWith('.js')).sort();
/** Index of the first migration of each deployment (scripts/make-sequelize-samples.sh RUNS; then the never-run two). */
const DEPLOYMENTS = [0, 10, 18, 24];
const TABLE = 'SequelizeMeta';
const SWEEP_ALL = process.env.MIGSTAMP_SWEEP_ALL === '1';
const EXPLAINED_MISS = new Set(['unknown', 'partial', 'pending']);

type Variant = 'plain' | 'fail';
type Damage = 'newest-run-lost' | 'all-lost';

interface Tally {
  scenarios: number;
  completedAnyway: string[];
  migrateChecks: number;
  falseStamps: string[];
  missed: string[];
  unexplained: string[];
  problems: string[];
}

function cutsFor(engineIndex: number): number[] {
  const all = Array.from({ length: NAMES.length + 1 }, (_, k) => k);
  return SWEEP_ALL ? all : all.filter((k) => k % 3 === engineIndex);
}

/** Rows a damage leaves of `completed` (the first k names). */
function survivors(completed: readonly string[], damage: Damage): string[] | null {
  if (damage === 'all-lost') return [];
  const k = completed.length;
  const newest = Math.max(...DEPLOYMENTS.filter((start) => start < k));
  return newest > 0 ? completed.slice(0, newest) : null;
}

interface StatusVerdict {
  readonly migration: string;
  readonly verdict: string;
  readonly reason: string;
}

async function scenario(db: ScratchDb, runner: Runner, variant: Variant, k: number, damage: Damage, dir: string, tally: Tally): Promise<void> {
  const completed = await runner.executed();
  const kept = survivors(completed, damage);
  if (kept === null) return;
  const label = `k=${k} ${variant} ${damage}`;
  await runner.keepRows(TABLE, kept);
  const dump = join(dir, `${variant}-${k}-${damage}.sql`);
  const script = join(dir, `${variant}-${k}-${damage}.stamp.sql`);
  db.dump(dump);
  const common = ['--framework', 'sequelize', '--dump', dump, '--migrations', FOLDER];
  const [sql, status] = await Promise.all([migstampAsync(['sql', ...common, '-o', script, '--force']), migstampAsync(['status', ...common, '--json'])]);
  tally.scenarios += 1;
  if (sql.code !== 0) {
    tally.problems.push(`${label}: migstamp sql exited ${sql.code}: ${sql.stderr.trim()}`);
    return;
  }
  const applied = db.apply(script);
  if (applied.code !== 0) {
    tally.problems.push(`${label}: the script was rejected: ${applied.stderr.trim()}`);
    return;
  }
  const verdicts = new Map(((JSON.parse(status.stdout) as { verdicts: StatusVerdict[] }).verdicts ?? []).map((v) => [v.migration, v]));
  const pending = new Set(await runner.pending());
  for (const name of NAMES) {
    const v = verdicts.get(name);
    const why = `${label}: ${name} (${v?.verdict ?? '?'}: ${v?.reason ?? ''})`;
    if (!completed.includes(name) && !pending.has(name)) tally.falseStamps.push(why);
    if (completed.includes(name) && !kept.includes(name) && pending.has(name)) (v !== undefined && EXPLAINED_MISS.has(v.verdict) && v.reason !== '' ? tally.missed : tally.unexplained).push(why);
  }
}

async function sweepCut(engine: SweepEngineKind, variant: Variant, k: number, dir: string, tally: Tally): Promise<void> {
  const db = engine.create();
  const runner = new Runner(db, FOLDER, NAMES);
  try {
    if (k > 0) await runner.migrateTo(NAMES[k - 1]);
    else await runner.executed();
    if (variant === 'fail' && !(await runner.runFailingAfterFirstStatement(NAMES[k]!, TABLE))) {
      tally.completedAnyway.push(NAMES[k]!);
      return;
    }
    for (const damage of ['newest-run-lost', 'all-lost'] as const) await scenario(db, runner, variant, k, damage, dir, tally);
    if (variant === 'plain') {
      tally.migrateChecks += 1;
      try {
        await runner.migrateTo();
        const left = await runner.pending();
        if (left.length > 0) tally.problems.push(`k=${k}: after migrating, still pending: ${left.join(', ')}`);
      } catch (error) {
        tally.problems.push(`k=${k}: the next migrate failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await runner.close();
    db.drop();
  }
}

SEQUELIZE_ENGINES.forEach((engine, index) => {
  const gate = engineGate(`Sequelize sweep on ${engine.label}`, engine.availability());

  describe.skipIf(gate.skip)(`Sequelize prefix sweep on ${engine.label} (umzug pending())`, () => {
    let tmp: { path: string; cleanup: () => void };

    beforeAll(() => {
      if (gate.failure !== null) throw new Error(gate.failure);
      if (!migstampAvailable()) {
        const msg = 'bin/migstamp does not exist yet; build the CLI first (npm run build)';
        if (REQUIRE_ENGINES) throw new Error(msg);
        console.warn(`\n[warn] ${msg}: the sweep will fail.\n`);
      }
      tmp = tempDir('sequelize2-sweep-');
    });
    afterAll(() => tmp?.cleanup());

    it('nothing that did not complete is stamped', async () => {
      const tally: Tally = { scenarios: 0, completedAnyway: [], migrateChecks: 0, falseStamps: [], missed: [], unexplained: [], problems: [] };
      const cuts = cutsFor(index);
      const started = Date.now();
      for (const k of cuts) {
        await sweepCut(engine, 'plain', k, tmp.path, tally);
        if (k < NAMES.length) await sweepCut(engine, 'fail', k, tmp.path, tally);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `Sequelize sweep on ${engine.label}: cuts ${cuts.join(',')}; ${tally.scenarios} scenarios, ${tally.falseStamps.length} false stamps, ` +
          `${tally.missed.length} missed (explained), ${tally.migrateChecks} migrate checks, ${tally.completedAnyway.length} failing runs completed anyway; ${seconds} s`,
      );
      const byMigration = new Map<string, number>();
      for (const miss of tally.missed) {
        const key = /: (\S+ \(\w+)/.exec(miss)?.[1] ?? miss;
        byMigration.set(key, (byMigration.get(key) ?? 0) + 1);
      }
      console.log(`  missed: ${[...byMigration].map(([key, n]) => `${key}) ×${n}`).join('; ')}`);
      expect({ falseStamps: tally.falseStamps, unexplained: tally.unexplained, problems: tally.problems }).toEqual({ falseStamps: [], unexplained: [], problems: [] });
    }, 600_000);
  });
});
