/**
 * Scratch MariaDB databases for the MySQL acceptance tests, driven with the
 * `mariadb` client and `mysqldump` over the Unix socket as the OS user (see
 * scripts/start-engines.sh), exactly as a DBA would.
 */
import { writeFileSync } from 'node:fs';
import { type RunResult, run, runOk, uniqueDbName } from './engines.js';

/** How the script is fed to the client: stopping at the first error (the default) or not (`--force`). */
export interface ApplyOptions {
  readonly force?: boolean;
  /** sql_mode for the session, e.g. `NO_BACKSLASH_ESCAPES`. */
  readonly sqlMode?: string;
}

export class MysqlDatabase {
  private constructor(readonly name: string) {}

  static create(prefix = 'migstamp_e2e'): MysqlDatabase {
    const db = new MysqlDatabase(uniqueDbName(prefix));
    runOk('mariadb', ['-e', `CREATE DATABASE \`${db.name}\``]);
    return db;
  }

  /** A copy made the way a restore would: mysqldump piped into a new database. */
  clone(): MysqlDatabase {
    const copy = MysqlDatabase.create();
    runOk('mariadb', [copy.name], { input: runOk('mysqldump', ['--routines', this.name]) });
    return copy;
  }

  drop(): void {
    run('mariadb', ['-e', `DROP DATABASE IF EXISTS \`${this.name}\``]);
  }

  /** Runs SQL, stopping at the first error; throws on failure. Output is tab-separated, no headers. */
  sql(sql: string): string {
    return runOk('mariadb', ['-N', '-B', this.name], { input: sql });
  }

  /** Applies a script file the way a DBA would (`mysql DB < FILE`); never throws. */
  applyFile(file: string, options: ApplyOptions = {}): RunResult {
    const args = ['--database', this.name];
    if (options.force) args.push('--force');
    if (options.sqlMode !== undefined) args.push(`--init-command=SET SESSION sql_mode='${options.sqlMode}'`);
    return run('sh', ['-c', 'mariadb "$@" < "$0"', file, ...args]);
  }

  dump(file: string, extra: string[] = []): void {
    writeFileSync(file, runOk('mysqldump', [...extra, this.name]));
  }

  /** The tracking table, one row per line, names hex-encoded so every byte is compared. */
  migrationsRows(): string {
    return this.sql('SELECT id, HEX(migration), batch FROM migrations ORDER BY id;');
  }

  migrationNames(): string[] {
    return this.sql('SELECT HEX(migration) FROM migrations ORDER BY id;')
      .split('\n')
      .filter((line) => line !== '')
      .map((hex) => Buffer.from(hex, 'hex').toString('utf8'));
  }

  maxBatch(): number {
    return Number(this.sql('SELECT COALESCE(MAX(batch), 0) FROM migrations;').trim());
  }

  /** What a restore from an older backup leaves: only the rows of `keep`, AUTO_INCREMENT back at max(id)+1. */
  restoreOlderTrackingTable(keep: readonly string[]): void {
    const list = keep.map((n) => `X'${Buffer.from(n, 'utf8').toString('hex')}'`).join(', ');
    this.sql(`DELETE FROM migrations${keep.length > 0 ? ` WHERE migration NOT IN (${list})` : ''};\nALTER TABLE migrations AUTO_INCREMENT = 1;\n`);
  }
}
