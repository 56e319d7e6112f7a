/**
 * The prefix sweep's loop for one engine and one migration set (see the
 * header of prefix-sweep.test.ts for the design), and how its findings are
 * counted and printed.
 */
import { join } from 'node:path';
import { migrationNames, tempDir, type StatusVerdict } from './engines.js';
import {
  NO_SUCH_TABLE,
  migstampAsync,
  stoppedBeforeDdl,
  writeFailingCopy,
  type FailPoint,
  type SweepApp,
  type SweepDb,
  type SweepEngine,
} from './sweep-support.js';

export type Damage = 'all-lost' | 'last-batch-lost';

/** One migration in one scenario that the sweep reports. */
export interface Finding {
  readonly engine: string;
  readonly app: string;
  /** How many migrations completed before the history stopped. */
  readonly cut: number;
  /** `plain`, or `fail@N NAME` when migration cut+1 (NAME) failed right before its N-th DDL statement. */
  readonly variant: string;
  readonly damage: Damage;
  readonly migration: string;
  /** migstamp's verdict and reason from `status --json` (empty when status gave none). */
  readonly verdict: string;
  readonly reason: string;
  /** Its evidence other than "present" (notes, missing, excused), `CODE detail`, for the report. */
  readonly evidence: readonly string[];
}

export interface AppSweepResult {
  readonly engine: string;
  readonly app: string;
  cuts: number[];
  /** Scenarios checked against Laravel (one per cut, variant and damage). */
  scenarios: number;
  failScenarios: number;
  /** PostgreSQL: failed runs verified to leave the database exactly at cut k (same scenarios as the plain cut). */
  rolledBack: number;
  /** Failing copies that completed anyway (fewer than two DDL statements): nothing new to check. */
  completedAnyway: string[];
  migrateChecks: number;
  /** Migrations that did not complete and were stamped: must be empty. */
  falseStamps: Finding[];
  /** Completed, left pending, with an unknown/partial/pending verdict and a reason: allowed, counted. */
  missed: Finding[];
  /** Completed, left pending, without such a verdict and reason: must be empty. */
  unexplainedMisses: Finding[];
  /** Anything else that went wrong (a migstamp error, a script psql rejected, a failing migrate): must be empty. */
  problems: string[];
  seconds: number;
  /** Wall-clock seconds per step, to see where the time goes. */
  phases: Record<string, number>;
}

const EXPLAINED_MISS = new Set(['unknown', 'partial', 'pending']);
const FAIL_POINTS: readonly FailPoint[] = ['second-ddl', 'second-statement'];

/**
 * The cuts to sweep: every k from 0 to n when `stride` is 1, else every
 * stride-th k from `offset`, plus n (everything ran). k = 0 has only the
 * failing variant (nothing ran, so there is no tracking table to restore);
 * k = n only the plain one.
 */
export function sweepCuts(n: number, stride: number, offset: number): number[] {
  const cuts = new Set<number>([n]);
  for (let k = offset % stride; k <= n; k += stride) cuts.add(k);
  return [...cuts].sort((a, b) => a - b);
}

/**
 * Sweeps one migration set on one engine. A progressive database walks the
 * history one migration at a time; at each chosen cut k the scenarios run on
 * copies of it, so nothing has to be rebuilt.
 */
export async function sweepApp(engine: SweepEngine, app: SweepApp, cuts: readonly number[]): Promise<AppSweepResult> {
  const started = Date.now();
  const result: AppSweepResult = {
    engine: engine.label,
    app: app.name,
    cuts: [...cuts],
    scenarios: 0,
    failScenarios: 0,
    rolledBack: 0,
    completedAnyway: [],
    migrateChecks: 0,
    falseStamps: [],
    missed: [],
    unexplainedMisses: [],
    problems: [],
    seconds: 0,
    phases: {},
  };
  const addTime = (phase: string, t0: number): void => {
    result.phases[phase] = (result.phases[phase] ?? 0) + (performance.now() - t0) / 1000;
  };
  /** Runs `step`, adding its wall-clock time to `phase`. */
  function timed<T>(phase: string, step: () => T): T {
    const t0 = performance.now();
    try {
      return step();
    } finally {
      addTime(phase, t0);
    }
  }
  async function timedAsync<T>(phase: string, step: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await step();
    } finally {
      addTime(phase, t0);
    }
  }
  const order = app.batches.flat();
  const batchOf = new Map(app.batches.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
  const all = migrationNames(app.dir);
  const fileOf = (name: string): string => join(app.dir, `${name}.php`);
  const tmp = tempDir('migstamp-sweep-');
  const wanted = new Set(cuts);
  const progressive = engine.create();

  /** Damage, dump, migstamp, apply, ask Laravel; `completed` is what the Migrator recorded before the damage. */
  async function scenarios(db: SweepDb, k: number, variant: string, migrateCheck: boolean): Promise<void> {
    const ran = JSON.parse(db.laravel.raw([], 'ran').stdout) as string[];
    if ([...ran].sort().join() !== order.slice(0, k).sort().join()) {
      result.problems.push(`${app.name} k=${k} ${variant}: Laravel recorded [${ran.join(', ')}], not the first ${k} migrations`);
      return;
    }
    const notCompleted = all.filter((n) => !ran.includes(n));
    const lastBatch = Math.max(0, ...ran.map((n) => batchOf.get(n)!));
    // "Last batch lost" is the same damage as "all lost" when everything ran in one batch.
    const damages: Damage[] = lastBatch > 1 ? ['last-batch-lost', 'all-lost'] : ['all-lost'];
    for (const damage of damages) {
      const where = `${app.name} k=${k} ${variant} ${damage}`;
      // Deleting to a subset also removes the previous variant's stamps.
      db.restoreOlderTrackingTable(damage === 'all-lost' ? [] : ran.filter((n) => batchOf.get(n)! < lastBatch));
      const tag = `k${k}-${variant.split(' ')[0]}-${damage}`;
      const dumpFile = join(tmp.path, `${tag}.dump.sql`);
      const scriptFile = join(tmp.path, `${tag}.stamp.sql`);
      timed('dump', () => db.dump(dumpFile));
      const [sql, status] = await timedAsync('migstamp', () =>
        Promise.all([
          migstampAsync(['sql', '--dump', dumpFile, '--migrations', app.dir, '-o', scriptFile]),
          migstampAsync(['status', '--dump', dumpFile, '--migrations', app.dir, '--json']),
        ]),
      );
      result.scenarios += 1;
      if (variant !== 'plain') result.failScenarios += 1;
      if (sql.code > 1 || status.code > 1) {
        result.problems.push(`${where}: migstamp exited ${sql.code}/${status.code}: ${sql.stderr}${status.stderr}`.trim());
        continue;
      }
      const verdicts = new Map((JSON.parse(status.stdout) as { verdicts: StatusVerdict[] }).verdicts.map((v) => [v.migration, v]));
      const applied = timed('apply', () => db.applyFile(scriptFile));
      if (applied.code !== 0) {
        result.problems.push(`${where}: the script was rejected: ${applied.stderr.trim()}`);
        continue;
      }
      const pending = timed('pending', () => db.laravel.pending([app.dir]));
      const finding = (migration: string): Finding => {
        const v = verdicts.get(migration);
        const evidence = ((v?.evidence ?? []) as { code: string; status: string; detail: string }[])
          .filter((e) => e.status !== 'present')
          .map((e) => `${e.code} ${e.detail}`);
        return { engine: engine.label, app: app.name, cut: k, variant, damage, migration, verdict: v?.verdict ?? '', reason: typeof v?.reason === 'string' ? v.reason : '', evidence };
      };
      for (const name of notCompleted) if (!pending.includes(name)) result.falseStamps.push(finding(name));
      for (const name of pending) {
        if (notCompleted.includes(name)) continue;
        const f = finding(name);
        (EXPLAINED_MISS.has(f.verdict) && f.reason.trim() !== '' ? result.missed : result.unexplainedMisses).push(f);
      }
      // A wrong stamp can also show as a failing migrate (a later migration needing what never ran).
      if (migrateCheck && damage === 'all-lost') {
        result.migrateChecks += 1;
        const m = timed('migrate check', () => db.laravel.raw([app.dir], 'migrate'));
        const left = m.code === 0 ? timed('migrate check', () => db.laravel.pending([app.dir])) : [];
        if (m.code !== 0) result.problems.push(`${where}: migrate of the pending set failed: ${m.stderr.trim().split('\n').pop()}`);
        else if (left.length > 0) result.problems.push(`${where}: migrate left pending: ${left.join(', ')}`);
      }
    }
  }

  /**
   * Migration k+1 fails partway on a copy of cut k. Returns that copy when the
   * failure rolled back and left it exactly at cut k (PostgreSQL), for the
   * plain scenarios to use; otherwise runs the scenarios and returns null.
   */
  async function failVariant(k: number, failing: string, point: FailPoint): Promise<SweepDb | null> {
    const copyFile = writeFailingCopy(fileOf(failing), join(tmp.path, `fail-${k}-${point}`), point);
    if (copyFile === null) return null;
    const db = timed('copy', () => engine.copy(progressive));
    // k = 0: the failed run still creates the tracking table, so it is not "cut 0" and gets its own scenarios.
    const before = k > 0 && engine.fingerprint ? engine.fingerprint(db) : null;
    const run = timed('failing run', () => db.laravel.raw([copyFile], 'migrate'));
    const stopped = stoppedBeforeDdl(run.stderr);
    let keep: SweepDb | null = null;
    if (run.code === 0) {
      if (point === 'second-ddl') result.completedAnyway.push(failing);
    } else if (stopped === null || !run.stderr.includes(NO_SUCH_TABLE)) {
      result.problems.push(`${app.name} k=${k}: ${failing} failed before the injected statement: ${run.stderr.trim()}`);
    } else if (point === 'second-statement' && stopped <= 2) {
      // Stopped where second-ddl stops, or before any effect: nothing new.
    } else if (before !== null) {
      if (engine.fingerprint!(db) === before) {
        result.rolledBack += 1;
        keep = db;
      } else {
        result.problems.push(`${app.name} k=${k}: the failed ${failing} left changes behind on ${engine.label}`);
      }
    } else {
      await scenarios(db, k, `fail@${stopped} ${failing}`, false);
    }
    if (keep === null) engine.release(db);
    return keep;
  }

  /** At cut k: migration k+1 fails partway (each fail point), then the plain cut. */
  async function sweepCut(k: number): Promise<void> {
    const failing = order[k];
    let atCutK: SweepDb | null = null;
    for (const point of failing === undefined ? [] : FAIL_POINTS) {
      const db = await failVariant(k, failing!, point);
      if (db && atCutK) engine.release(db);
      else if (db) atCutK = db;
    }
    if (k >= 1) {
      // On PostgreSQL a rolled-back copy IS cut k: the plain scenarios cover the failing variants too.
      const db = atCutK ?? timed('copy', () => engine.copy(progressive));
      await scenarios(db, k, 'plain', true);
      engine.release(db);
    } else if (atCutK) {
      engine.release(atCutK);
    }
  }

  try {
    for (let k = 0; k <= order.length; k++) {
      if (k > 0) {
        // One `migrate` per migration; the row then gets the batch of its deployment, so a
        // cut inside a batch is a deployment whose `migrate` stopped there.
        const name = order[k - 1]!;
        timed('advance', () => progressive.laravel.migrate([fileOf(name)]));
        progressive.sql(`UPDATE migrations SET batch = ${batchOf.get(name)!} WHERE migration = '${name.replace(/'/g, "''")}';`);
      }
      if (wanted.has(k)) await sweepCut(k);
    }
  } finally {
    engine.release(progressive);
    await timedAsync('settle', () => engine.settle());
    tmp.cleanup();
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

// ---------------------------------------------------------------------------
// Reporting

function findingLine(f: Finding): string {
  const evidence = f.evidence.map((e) => `\n      ${e}`).join('');
  return `  ${f.engine} ${f.app} k=${f.cut} ${f.variant} ${f.damage}: ${f.migration} — ${f.verdict || '(no verdict)'}: ${f.reason || '(no reason)'}${evidence}`;
}

/** Misses grouped by migration and verdict, most frequent first. */
function groupedMisses(misses: readonly Finding[]): string[] {
  const groups = new Map<string, number>();
  for (const f of misses) {
    const key = `${f.migration} (${f.verdict}: ${f.reason})`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, n]) => `  ${n}× ${key}`);
}

/** The printed report of one app on one engine: counts, then every false stamp, miss and problem. */
export function formatAppResult(r: AppSweepResult): string {
  const lines = [
    `[sweep] ${r.engine} ${r.app}: ${r.scenarios} scenarios (${r.failScenarios} with a failed migration` +
      `${r.rolledBack ? `; ${r.rolledBack} failed runs rolled back to cut k` : ''}), cuts ${r.cuts.join(',')}, ` +
      `${r.falseStamps.length} false stamps, ${r.missed.length + r.unexplainedMisses.length} missed ` +
      `(${r.unexplainedMisses.length} unexplained), ${r.migrateChecks} migrate checks, ${r.problems.length} problems, ${r.seconds.toFixed(1)} s`,
  ];
  lines.push(`  time: ${Object.entries(r.phases).map(([phase, s]) => `${phase} ${s.toFixed(1)}`).join(', ')}`);
  if (r.completedAnyway.length) lines.push(`  failing copies that completed (fewer than two DDL statements): ${r.completedAnyway.join(', ')}`);
  if (r.falseStamps.length) lines.push('FALSE STAMPS (did not complete, stamped):', ...r.falseStamps.map(findingLine));
  if (r.unexplainedMisses.length) lines.push('UNEXPLAINED MISSES:', ...r.unexplainedMisses.map(findingLine));
  if (r.missed.length) lines.push('missed (completed, left pending with a reason):', ...groupedMisses(r.missed));
  if (r.problems.length) lines.push('PROBLEMS:', ...r.problems.map((p) => `  ${p}`));
  return lines.join('\n');
}

/** One line per engine over all apps. */
export function formatEngineSummary(label: string, results: readonly AppSweepResult[]): string {
  const sum = (f: (r: AppSweepResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  const missedNames = [...new Set(results.flatMap((r) => [...r.missed, ...r.unexplainedMisses].map((f) => `${r.app}:${f.migration}`)))];
  return (
    `[sweep] ${label} total: ${sum((r) => r.scenarios)} scenarios, ${sum((r) => r.falseStamps.length)} false stamps, ` +
    `${sum((r) => r.missed.length + r.unexplainedMisses.length)} missed (${missedNames.join(', ') || 'none'}), ` +
    `${sum((r) => r.problems.length)} problems, ${sum((r) => r.seconds).toFixed(1)} s`
  );
}
