/**
 * The acceptance loop for Prisma Migrate, run by Prisma's own schema engine
 * (scripts/prisma/engine.mjs: prisma-engines compiled to WebAssembly, driven
 * through Prisma's driver adapters, as `migrate deploy` / `migrate status` drive it):
 * deploy a migration set, damage `_prisma_migrations` as a restore would (rows
 * lost, an unfinished attempt left behind), dump with the real dump tool, stamp
 * with migstamp, apply with the real client; then the engine's status reports
 * exactly the migrations that never ran, and its next deploy succeeds.
 *
 * The engine's wasm build has no MySQL connector ("Unsupported adapter provider:
 * Mysql"), so MariaDB is not in this loop. The engine's packages are resolved
 * from MIGSTAMP_PRISMA_MODULES (a node_modules folder) until they are dev
 * dependencies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaChecksum } from '../../src/frameworks/prisma/migration-files.js';
import { PgDatabase, engineGate, migstamp, postgresAvailability, REPO_ROOT, run, sqliteAvailability, tempDir, type Availability } from './engines.js';

const ENGINE = join(REPO_ROOT, 'scripts', 'prisma', 'engine.mjs');

/** Whether the engine script finds Prisma's packages; its own error otherwise. */
function prismaEngineAvailability(base: Availability): Availability {
  if (!base.ok) return base;
  const probe = run('node', ['-e', `require('node:module').createRequire(process.env.MIGSTAMP_PRISMA_MODULES ? process.env.MIGSTAMP_PRISMA_MODULES + '/../package.json' : '${ENGINE}').resolve('@prisma/schema-engine-wasm')`]);
  return probe.code === 0 ? base : { ok: false, reason: "Prisma's schema engine (@prisma/schema-engine-wasm and the driver adapters) is not installed; set MIGSTAMP_PRISMA_MODULES" };
}

interface Engine {
  readonly provider: 'postgresql' | 'sqlite';
  readonly availability: () => Availability;
  /** The migrations as `prisma migrate dev` writes them for this provider, in order. */
  readonly migrations: readonly (readonly [string, string])[];
  open(dir: string): { url: string; sql(sql: string): string; dump(file: string): void; apply(file: string): { code: number; stderr: string }; drop(): void };
}

const PG: Engine['migrations'] = [
  ['20240101000000_init', '-- CreateTable\nCREATE TABLE "User" (\n    "id" SERIAL NOT NULL,\n    "email" TEXT NOT NULL,\n\n    CONSTRAINT "User_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n'],
  ['20240102000000_posts', '-- CreateTable\nCREATE TABLE "Post" (\n    "id" SERIAL NOT NULL,\n    "title" TEXT NOT NULL,\n    "authorId" INTEGER NOT NULL,\n\n    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")\n);\n\n-- AddForeignKey\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;\n'],
  ['20240103000000_add_bio', '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "bio" TEXT;\n'],
  ['20240104000000_tags', '-- CreateTable\nCREATE TABLE "Tag" (\n    "id" SERIAL NOT NULL,\n    "label" TEXT NOT NULL,\n\n    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")\n);\n'],
  ['20240105000000_post_index', '-- CreateIndex\nCREATE INDEX "Post_title_idx" ON "Post"("title");\n'],
];

const SQLITE: Engine['migrations'] = [
  ['20240101000000_init', '-- CreateTable\nCREATE TABLE "User" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "email" TEXT NOT NULL\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n'],
  ['20240102000000_posts', '-- CreateTable\nCREATE TABLE "Post" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "title" TEXT NOT NULL,\n    "authorId" INTEGER NOT NULL,\n    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE\n);\n'],
  ['20240103000000_add_bio', '-- AlterTable\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\n'],
  ['20240104000000_tags', '-- CreateTable\nCREATE TABLE "Tag" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "label" TEXT NOT NULL\n);\n'],
  ['20240105000000_post_index', '-- CreateIndex\nCREATE INDEX "Post_title_idx" ON "Post"("title");\n'],
];

const ENGINES: readonly Engine[] = [
  {
    provider: 'postgresql',
    availability: () => prismaEngineAvailability(postgresAvailability()),
    migrations: PG,
    open() {
      const db = PgDatabase.create('prisma_e2e');
      const host = process.env.PGHOST ?? '/var/run/postgresql';
      const user = run('whoami', []).stdout.trim();
      return { url: `postgresql://${user}@localhost/${db.name}?host=${host}`, sql: (sql) => db.sql(sql), dump: (file) => db.dump(file), apply: (file) => db.applyFile(file), drop: () => db.drop() };
    },
  },
  {
    provider: 'sqlite',
    availability: () => prismaEngineAvailability(sqliteAvailability()),
    migrations: SQLITE,
    open(dir) {
      const file = join(dir, 'prisma_e2e.db');
      const sqlite3 = (input: string) => run('sqlite3', ['-bail', file], { input });
      return {
        url: `file:${file}`,
        sql(sql) {
          const out = sqlite3(sql);
          if (out.code !== 0) throw new Error(out.stderr);
          return out.stdout;
        },
        dump: (dump) => writeFileSync(dump, sqlite3('.dump\n').stdout),
        apply: (script) => sqlite3(`.read ${script}\n`),
        drop: () => undefined,
      };
    },
  },
];

for (const engine of ENGINES) {
  const gate = engineGate(`Prisma Migrate acceptance on ${engine.provider}`, engine.availability());
  describe.skipIf(gate.skip)(`Prisma Migrate acceptance on ${engine.provider}, run by Prisma's schema engine`, () => {
    const tmp = tempDir('migstamp-prisma-');
    const migrations = join(tmp.path, 'migrations');
    let db: ReturnType<Engine['open']> | undefined;
    const prismaEngine = (command: string): unknown => {
      const out = run('node', [ENGINE, engine.provider, db!.url, migrations, command]);
      if (out.code !== 0) throw new Error(`engine ${command}: ${out.stderr}`);
      return JSON.parse(out.stdout);
    };
    const write = (upTo: number): void => {
      for (const [name, sql] of engine.migrations.slice(0, upTo)) {
        mkdirSync(join(migrations, name), { recursive: true });
        writeFileSync(join(migrations, name, 'migration.sql'), sql);
      }
    };

    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
      mkdirSync(migrations, { recursive: true });
      writeFileSync(join(migrations, 'migration_lock.toml'), `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${engine.provider}"\n`);
      db = engine.open(tmp.path);
      // Four migrations deployed; the fifth is written after the restore, so it never ran.
      write(4);
      expect(prismaEngine('deploy')).toEqual({ appliedMigrationNames: engine.migrations.slice(0, 4).map(([name]) => name) });
      write(5);
    });
    afterAll(() => {
      db?.drop();
      tmp.cleanup();
    });

    it('writes checksums that are those of the files, as Prisma wrote them', () => {
      const rows = db!.sql("SELECT migration_name || ' ' || checksum FROM _prisma_migrations ORDER BY migration_name;").trim().split('\n');
      expect(rows).toEqual(engine.migrations.slice(0, 4).map(([name, sql]) => `${name} ${prismaChecksum(Buffer.from(sql))}`));
    });

    it('after a restore that lost rows and kept an unfinished attempt, the stamp leaves exactly the unapplied migration pending', () => {
      db!.sql("DELETE FROM _prisma_migrations WHERE migration_name IN ('20240102000000_posts', '20240103000000_add_bio');");
      db!.sql("UPDATE _prisma_migrations SET finished_at = NULL, applied_steps_count = 0, logs = 'interrupted' WHERE migration_name = '20240104000000_tags';");
      expect(() => prismaEngine('deploy')).toThrow(/failed/);
      const dump = join(tmp.path, 'dump.sql');
      db!.dump(dump);

      const status = migstamp(['status', '--dump', dump, '--migrations', migrations, '--json']);
      const verdicts = Object.fromEntries((JSON.parse(status.stdout).verdicts as { migration: string; verdict: string }[]).map((v) => [v.migration, v.verdict]));
      expect(verdicts).toEqual({
        '20240101000000_init': 'tracked',
        '20240102000000_posts': 'applied',
        '20240103000000_add_bio': 'applied',
        '20240104000000_tags': 'applied',
        '20240105000000_post_index': 'pending',
      });
      expect(status.stderr).toMatch(/unfinished attempt of 20240104000000_tags \(its logs: interrupted\)/);

      const script = join(tmp.path, 'stamp.sql');
      const sql = migstamp(['sql', '--dump', dump, '--migrations', migrations, '-o', script]);
      expect(sql.code, sql.stderr).toBe(0);
      for (let i = 0; i < 2; i++) {
        const applied = db!.apply(script);
        expect(applied.code, applied.stderr).toBe(0);
      }
      expect(prismaEngine('status')).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: ['20240105000000_post_index'] } });
      expect(prismaEngine('deploy')).toEqual({ appliedMigrationNames: ['20240105000000_post_index'] });
      expect(prismaEngine('status')).toMatchObject({ failedMigrationNames: [], history: null });
    });
  });
}
