/**
 * Sequelize's own runner, in this process: umzug 3 with SequelizeStorage over the
 * sample's migrations, each called as sequelize-cli calls it, `up(queryInterface,
 * Sequelize)` (sequelize-cli src/core/migrator.js, getMigrator: umzug `params`), on a
 * scratch database of one engine. In-process because the sweep runs hundreds of
 * migrations: starting sequelize-cli for each would cost a second apiece.
 */
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type * as SequelizeModule from 'sequelize';
import type * as UmzugModule from 'umzug';
import { REPO_ROOT, type RunResult, mysqlAvailability, postgresAvailability, sqliteAvailability, type Availability, PgDatabase } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const require = createRequire(import.meta.url);
const { Sequelize } = require('sequelize') as typeof SequelizeModule;
const { Umzug, SequelizeStorage } = require('umzug') as typeof UmzugModule;

export const SEQUELIZE_APP = join(REPO_ROOT, 'samples', 'sequelize-app');

/** Where SequelizeStorage keeps its rows: sequelize-cli's defaults unless a test configures otherwise. */
export interface StorageOptions {
  /** Absent: Sequelize names the table after the model (pluralised). */
  readonly tableName?: string;
  readonly modelName?: string;
  readonly timestamps: boolean;
}

export const CLI_STORAGE: StorageOptions = { tableName: 'SequelizeMeta', timestamps: false };

/** One scratch database, its client tools, and how Sequelize connects to it. */
export interface ScratchDb {
  readonly options: SequelizeModule.Options;
  /** What samples/sequelize-app/config/config.js reads, for sequelize-cli itself. */
  readonly env: NodeJS.ProcessEnv;
  dump(file: string): void;
  apply(file: string): RunResult;
  drop(): void;
}

export interface SweepEngineKind {
  readonly label: string;
  readonly availability: () => Availability;
  create(): ScratchDb;
}

const PREFIX = 'sequelize2_sweep';

export const SEQUELIZE_ENGINES: readonly SweepEngineKind[] = [
  {
    label: 'PostgreSQL',
    availability: postgresAvailability,
    create: () => {
      const db = PgDatabase.create(PREFIX);
      return { env: { DB_DIALECT: 'postgres', DB_NAME: db.name }, options: { dialect: 'postgres', host: '/var/run/postgresql', database: db.name, username: userInfo().username, logging: false }, dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    label: 'MariaDB',
    availability: mysqlAvailability,
    create: () => {
      const db = MysqlDatabase.create(PREFIX);
      return { env: { DB_DIALECT: 'mysql', DB_NAME: db.name }, options: { dialect: 'mysql', database: db.name, username: 'root', dialectOptions: { socketPath: '/run/mysqld/mysqld.sock' }, logging: false }, dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    label: 'SQLite',
    availability: sqliteAvailability,
    create: () => {
      const db = SqliteDatabase.create();
      const dialectModule = require(join(SEQUELIZE_APP, 'config', 'better-sqlite3-as-sqlite3.js')) as object;
      return { env: { DB_DIALECT: 'sqlite', DB_STORAGE: db.file }, options: { dialect: 'sqlite', storage: db.file, dialectModule, logging: false }, dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
];

/** A connection and an umzug over `migrations` (file names in `folder`, in run order). */
export class Runner {
  readonly sequelize: SequelizeModule.Sequelize;
  private readonly umzug: UmzugModule.Umzug<SequelizeModule.QueryInterface>;

  constructor(
    db: ScratchDb,
    folder: string,
    migrations: readonly string[],
    private readonly storage: StorageOptions = CLI_STORAGE,
  ) {
    this.sequelize = new Sequelize(db.options);
    const queryInterface = this.sequelize.getQueryInterface();
    this.umzug = new Umzug({
      migrations: migrations.map((name) => {
        const path = join(folder, name);
        return { name, path, up: async () => (require(path) as { up: (qi: unknown, s: unknown) => Promise<unknown> }).up(queryInterface, Sequelize) };
      }),
      context: queryInterface,
      storage: new SequelizeStorage({ sequelize: this.sequelize, ...storage }),
      logger: undefined,
    });
  }

  /** Runs the pending migrations up to `name` (all when undefined); creates the tracking table either way. */
  async migrateTo(name?: string): Promise<void> {
    await this.umzug.executed();
    if (name !== undefined) await this.umzug.up({ to: name });
    else await this.umzug.up();
  }

  /**
   * Runs one migration, making the engine reject its second statement that writes
   * (schema or rows; not the tracking row, not reads): "failed after its first schema
   * statement". Resolves to whether it failed; one with fewer statements completes.
   */
  async runFailingAfterFirstStatement(name: string, trackingTable: string): Promise<boolean> {
    const original = this.sequelize.query.bind(this.sequelize);
    let writes = 0;
    const failing = (sql: unknown, options?: unknown): Promise<unknown> => {
      const text = typeof sql === 'string' ? sql : String((sql as { query?: string }).query ?? '');
      if (WRITES.test(text) && !text.includes(trackingTable)) {
        writes += 1;
        if (writes === 2) return Promise.reject(new Error('sweep: this migration stops here'));
      }
      return (original as (s: unknown, o?: unknown) => Promise<unknown>)(sql, options);
    };
    Object.assign(this.sequelize, { query: failing });
    try {
      await this.umzug.up({ migrations: [name] });
      return false;
    } catch {
      return true;
    } finally {
      Object.assign(this.sequelize, { query: original });
    }
  }

  async executed(): Promise<string[]> {
    return (await this.umzug.executed()).map((m) => m.name);
  }

  async pending(): Promise<string[]> {
    return (await this.umzug.pending()).map((m) => m.name);
  }

  /** Leaves exactly `names` in the tracking table, as a restore from an older backup would. */
  async keepRows(table: string, names: readonly string[]): Promise<void> {
    const queryInterface = this.sequelize.getQueryInterface();
    await queryInterface.bulkDelete(table, {});
    const now = new Date();
    const row = (name: string): Record<string, unknown> => (this.storage.timestamps ? { name, createdAt: now, updatedAt: now } : { name });
    if (names.length > 0) await queryInterface.bulkInsert(table, names.map(row));
  }

  /** The tracking table's rows: name, and whether createdAt and updatedAt are set (when it has them). */
  async rows(table: string): Promise<{ name: string; stamped: boolean }[]> {
    const [rows] = await this.sequelize.query(`SELECT * FROM ${this.sequelize.getQueryInterface().quoteIdentifier(table)}`);
    return (rows as Record<string, unknown>[]).map((r) => ({ name: String(r['name']), stamped: r['createdAt'] != null && r['updatedAt'] != null }));
  }

  async close(): Promise<void> {
    await this.sequelize.close();
  }
}

/** Statements that change the schema or rows; reads, transactions and SET are not counted. */
const WRITES = /^\s*(CREATE|ALTER|DROP|RENAME|INSERT|UPDATE|DELETE|TRUNCATE|COMMENT)\b/i;
