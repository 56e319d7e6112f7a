/**
 * A scratch SQLite database for the acceptance loop: a file in a temporary
 * folder, driven with the sqlite3 shell exactly as a DBA would.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runOk, tempDir, type RunResult } from './engines.js';

export class SqliteDatabase {
  private constructor(
    readonly file: string,
    private readonly cleanup: () => void,
  ) {}

  static create(): SqliteDatabase {
    const tmp = tempDir('migstamp-sqlite-');
    return new SqliteDatabase(join(tmp.path, 'database.sqlite'), tmp.cleanup);
  }

  /** A copy of the database file, in a folder of its own. */
  clone(): SqliteDatabase {
    const copy = SqliteDatabase.create();
    copyFileSync(this.file, copy.file);
    return copy;
  }

  drop(): void {
    this.cleanup();
  }

  /** Runs SQL with `sqlite3 -bail`; throws on failure. */
  sql(sql: string): string {
    return runOk('sqlite3', ['-bail', this.file], { input: sql });
  }

  /** Applies a script file as `sqlite3 [-bail] DATABASE < FILE` does; never throws. */
  applyFile(file: string, bail = true): RunResult {
    return run('sh', ['-c', `sqlite3 ${bail ? '-bail ' : ''}"$1" < "$2"`, 'sh', this.file, file]);
  }

  /** `sqlite3 DATABASE .dump` into `file`. */
  dump(file: string): void {
    writeFileSync(file, runOk('sqlite3', [this.file, '.dump']));
  }

  /**
   * What Laravel's `php artisan schema:dump` writes on SQLite: `.schema` without
   * sqlite_sequence lines, then the INSERT lines of `.dump 'migrations'`.
   */
  schemaDump(file: string): void {
    const schema = runOk('sqlite3', [this.file, '.schema']).split('\n').filter((l) => l !== '' && !l.includes('sqlite_sequence'));
    const rows = runOk('sqlite3', [this.file, ".dump 'migrations'"]).split('\n').filter((l) => /^\s*(--|INSERT\s)/i.test(l));
    writeFileSync(file, `${[...schema, ...rows].join('\n')}\n`);
  }

  /** The tracking table, one `id|hex(migration)|batch` line per row, for byte-exact comparisons. */
  migrationsRows(): string {
    return this.sql('SELECT id, hex(migration), batch FROM migrations ORDER BY id;');
  }

  /** Migration names of the tracking table, decoded from hex so every byte survives. */
  migrationNames(): string[] {
    return this.sql('SELECT hex(migration) FROM migrations ORDER BY id;')
      .split('\n')
      .filter((l) => l !== '')
      .map((h) => Buffer.from(h, 'hex').toString('utf8'));
  }

  maxBatch(): number {
    return Number(this.sql('SELECT coalesce(max(batch), 0) FROM migrations;').trim());
  }

  /** What a restore from an older backup leaves: only the rows for `keep`, and the id counter back at their highest id. */
  restoreOlderTrackingTable(keep: readonly string[]): void {
    const list = keep.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ');
    this.sql(
      `DELETE FROM migrations${keep.length ? ` WHERE migration NOT IN (${list})` : ''};\n` +
        "UPDATE sqlite_sequence SET seq = coalesce((SELECT max(id) FROM migrations), 0) WHERE name = 'migrations';\n",
    );
  }
}
