/** Types of scripts/typeorm-runner.mjs, for the tests that call it in their own process. */

/** A migration class as TypeORM's CLI writes it (`up(queryRunner)`, `down(queryRunner)`). */
export type MigrationClass = abstract new () => { up(queryRunner: unknown): Promise<unknown>; name?: string };

export type RunnerEngine = 'postgres' | 'mysql' | 'sqlite';

export type TransactionMode = 'all' | 'each' | 'none';

export function loadClasses(file: string): MigrationClass[];
export function migrationName(cls: MigrationClass): string;
export function injectFailure(classes: readonly MigrationClass[], spec: string): void;
export function connectionOptions(engine: RunnerEngine, database: string): Record<string, unknown>;
export function runMigrations(engine: RunnerEngine, database: string, classes: readonly MigrationClass[], transaction?: TransactionMode): Promise<string[]>;
export function pendingMigrations(engine: RunnerEngine, database: string, classes: readonly MigrationClass[]): Promise<string[]>;
