/**
 * The committed sample dumps must stay true to the sample app: loaded back into
 * a real engine, Laravel's own Migrator must see exactly the state
 * samples/README.md describes. This catches a migration file edited without
 * re-running scripts/make-samples.sh. It does not need migstamp.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Laravel,
  PgDatabase,
  REPO_ROOT,
  SAMPLE_APP,
  engineGate,
  migrationNames,
  mysqlAvailability,
  postgresAvailability,
  run,
  runOk,
  sqliteAvailability,
  tempDir,
  uniqueDbName,
  type Driver,
} from './engines.js';

const migrationsDir = join(SAMPLE_APP, 'database', 'migrations');
const CUTOFF_BATCH = 7; // as in scripts/make-samples.sh

function history(): { batchOf: Map<string, number>; unapplied: string[] } {
  const batchOf = new Map<string, number>();
  const unapplied: string[] = [];
  for (const line of readFileSync(join(SAMPLE_APP, 'history.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [batch, name] = t.split(/\s+/) as [string, string];
    if (batch === 'unapplied') unapplied.push(name);
    else batchOf.set(name, Number(batch));
  }
  return { batchOf, unapplied };
}

const { batchOf, unapplied } = history();
const all = migrationNames(migrationsDir);

/** What Laravel must report pending for each committed dump, in run (name) order. */
const expectedPending = {
  full: all.filter((n) => unapplied.includes(n)),
  restored: all.filter((n) => !((batchOf.get(n) ?? Infinity) <= CUTOFF_BATCH)),
};

/** One engine: load a dump into a fresh database, hand back a Migrator on it, clean up. */
interface Loader {
  load(dumpFile: string): { laravel: Laravel; drop: () => void };
}

const loaders: { driver: Driver; dir: string; availability: ReturnType<typeof postgresAvailability>; loader: Loader }[] = [
  {
    driver: 'pgsql',
    dir: 'pgsql',
    availability: postgresAvailability(),
    loader: {
      load(dumpFile) {
        const db = PgDatabase.create();
        const r = db.applyFile(dumpFile);
        if (r.code !== 0) throw new Error(`psql could not load ${dumpFile}:\n${r.stderr}`);
        return { laravel: new Laravel('pgsql', db.name), drop: () => db.drop() };
      },
    },
  },
  {
    driver: 'mysql',
    dir: 'mysql',
    availability: mysqlAvailability(),
    loader: {
      load(dumpFile) {
        const name = uniqueDbName();
        runOk('mariadb', ['-e', `CREATE DATABASE ${name}`]);
        runOk('mariadb', [name], { input: readFileSync(dumpFile, 'utf8') });
        return { laravel: new Laravel('mysql', name), drop: () => void run('mariadb', ['-e', `DROP DATABASE IF EXISTS ${name}`]) };
      },
    },
  },
  {
    driver: 'sqlite',
    dir: 'sqlite',
    availability: sqliteAvailability(),
    loader: {
      load(dumpFile) {
        const tmp = tempDir();
        const file = join(tmp.path, 'db.sqlite');
        runOk('sqlite3', ['-bail', file], { input: readFileSync(dumpFile, 'utf8') });
        return { laravel: new Laravel('sqlite', file), drop: () => tmp.cleanup() };
      },
    },
  },
];

for (const { driver, dir, availability, loader } of loaders) {
  const gate = engineGate(`sample dumps (${driver})`, availability);

  describe.skipIf(gate.skip)(`samples/${dir}: the committed dumps match the sample app (${driver})`, () => {
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
    });

    describe('full.sql', () => {
      let loaded: ReturnType<Loader['load']> | undefined;
      beforeAll(() => {
        if (!gate.failure) loaded = loader.load(join(REPO_ROOT, 'samples', dir, 'full.sql'));
      });
      afterAll(() => loaded?.drop());

      it('Laravel sees only the three genuinely unapplied migrations pending', () => {
        expect(expectedPending.full).toHaveLength(3);
        expect(loaded!.laravel.pending([migrationsDir])).toEqual(expectedPending.full);
      });

      it('and migrate runs them cleanly', () => {
        const r = loaded!.laravel.raw([migrationsDir], 'migrate');
        expect(r.code, r.stderr).toBe(0);
        expect(loaded!.laravel.pending([migrationsDir])).toEqual([]);
      });
    });

    describe('restored.sql', () => {
      let loaded: ReturnType<Loader['load']> | undefined;
      beforeAll(() => {
        if (!gate.failure) loaded = loader.load(join(REPO_ROOT, 'samples', dir, 'restored.sql'));
      });
      afterAll(() => loaded?.drop());

      it('Laravel sees the 19 untracked and the 3 unapplied migrations pending', () => {
        expect(expectedPending.restored).toHaveLength(22);
        expect(loaded!.laravel.pending([migrationsDir])).toEqual(expectedPending.restored);
      });

      it('and migrate stops at the first one: telemetry_events already exists (the incident)', () => {
        const r = loaded!.laravel.raw([migrationsDir], 'migrate');
        expect(r.code).not.toBe(0);
        expect(r.stderr).toMatch(/telemetry_events.*already exists/);
      });
    });
  });
}
