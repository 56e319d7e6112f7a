/**
 * Issue 9, points 6 and 7: tracking rows without a file are reported but do not
 * by themselves fail `status` when the framework's runner passes over them
 * (Laravel's does); a migration on another connection is not predicted against
 * this dump.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { needsAttention } from '../../src/infer/index.js';
import type { InferenceResult, Verdict } from '../../src/model/index.js';
import { runOptions } from '../support/run-options.js';

const SAMPLE = 'samples/laravel-app/database/migrations';
const scratch = mkdtempSync(join(tmpdir(), 'migstamp-orphans-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the sample's migrations without the files named in `drop`, plus `extra` files. */
function migrationsFolder(name: string, drop: readonly string[], extra: Record<string, string> = {}): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const file of readdirSync(SAMPLE)) if (!drop.includes(file)) copyFileSync(join(SAMPLE, file), join(dir, file));
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

const ANALYTICS = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    protected $connection = 'analytics';
    public function up(): void
    {
        Schema::create('agents', function (Blueprint $table) {
            $table->id();
        });
    }
};
`;

describe('orphaned tracking rows (point 6)', () => {
  // Two of the app's own tables (no package's), as a squashed app leaves them.
  const squashed = migrationsFolder('squashed', ['2024_10_10_090000_create_prompt_registry_table.php', '2024_10_15_100000_create_sprints_table.php']);

  it.each(['pgsql', 'mysql', 'sqlite'])('are reported, and alone do not fail status on %s: Laravel passes over them', async (engine) => {
    const result = await run(runOptions({ command: 'status', dump: `samples/${engine}/full.sql`, migrations: [squashed], width: 200 }));
    expect(result.stdout).toMatch(/^2024_10_10_090000_create_prompt_registry_table +orphan +2 +tracked in the dump, but no migration file has this name$/m);
    expect(result.stdout).toContain('migrate passes over this row: it runs only files without a row, so the row is harmless');
    expect(result.stdout).toContain("36 tracked");
    expect(result.exitCode).toBe(0);
    const json = JSON.parse((await run(runOptions({ command: 'status', dump: `samples/${engine}/full.sql`, migrations: [squashed], json: true }))).stdout) as { summary: { verdicts: { orphan: number }; attention: boolean } };
    expect(json.summary.verdicts.orphan).toBe(2);
    expect(json.summary.attention).toBe(false);
  });

  it('still fail status when there is anything else to do', async () => {
    const result = await run(runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql', migrations: [squashed] }));
    expect(result.exitCode).toBe(1);
  });

  const orphan = (next: Verdict['next']): InferenceResult => ({
    verdicts: [{ migration: 'gone', file: null, kind: 'orphan', reason: '', evidence: [], batch: 1, stamp: false, next, preconditions: [] }],
    highestBatch: 1,
    expected: new Map(),
    unclaimedTables: [],
  });

  it.each([
    ['a runner that passes over them', { kind: 'orphan-ignored', detail: '' } as const, false],
    ['a runner that refuses them', { kind: 'orphan-refused', detail: '' } as const, true],
    ['an unknown runner', null, true],
  ])('need attention with %s: %s', (_what, next, attention) => {
    expect(needsAttention(orphan(next))).toBe(attention);
  });
});

describe('a migration on another connection (point 7)', () => {
  const name = '2025_12_01_000000_create_agents_on_analytics';
  const folder = migrationsFolder('connection', [], { [`${name}.php`]: ANALYTICS });

  it.each(['pgsql', 'mysql', 'sqlite'])('is not predicted against this dump on %s', async (engine) => {
    const json = JSON.parse((await run(runOptions({ command: 'status', dump: `samples/${engine}/restored.sql`, migrations: [folder], json: true }))).stdout) as {
      verdicts: { migration: string; verdict: string; stamp: boolean; next: { kind: string; detail: string } | null }[];
    };
    const verdict = json.verdicts.find((v) => v.migration === name)!;
    expect(verdict).toMatchObject({ verdict: 'unknown', stamp: false });
    // Judged against this dump, the `agents` table it creates would make it "fail": it is not this dump's to judge.
    expect(verdict.next).toEqual({ kind: 'elsewhere', detail: "runs it on connection 'analytics', whose database this dump does not show" });
  });

  it('is judged as usual when the dump is that connection\'s', async () => {
    const json = JSON.parse((await run(runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql', migrations: [folder], json: true, connection: 'analytics' }))).stdout) as {
      verdicts: { migration: string; next: { kind: string } | null }[];
    };
    expect(json.verdicts.find((v) => v.migration === name)!.next?.kind).toBe('fails');
  });
});
