/**
 * Knex's tracking table, as knex 3.3 defines and writes it:
 * lib/migrations/migrate/table-creator.js `_createMigrationTable` makes
 * `knex_migrations(id increments, name string, batch integer, migration_time timestamp)`
 * and `_createMigrationLockTable` makes `knex_migrations_lock(index increments,
 * is_locked integer)` with one row `is_locked = 0` (`_insertLockRowIfNeeded`);
 * lib/migrations/migrate/Migrator.js `_waterfallBatch` inserts `{ name, batch,
 * migration_time: new Date() }` per migration, the batch being the highest + 1
 * (`_latestBatchNumber`), and `_lockMigrations` refuses to run ("Migration table is
 * already locked") unless it can set `is_locked` from 0 to 1.
 */
import { UsageError, type DataRow, type Diagnostic, type LockTableSpec, type TrackingRow, type TrackingSettings, type TrackingTableSpec, type TrackingWriter } from '../../model/index.js';
import { migrationExtension, migrationName } from './migration-files.js';

/** The cells Knex writes for one migration, the file name with the extension the runner sees. */
function rowCells(fileName: string, batch: number): ReturnType<TrackingTableSpec['rowFor']> {
  return [
    { column: 'name', value: { kind: 'text', value: fileName } },
    { column: 'batch', value: { kind: 'integer', value: batch } },
    { column: 'migration_time', value: { kind: 'now' } },
  ];
}

/** lib/migrations/migrate/table-resolver.js `getLockTableName`: the tracking table's name + `_lock`. */
const knexLock: LockTableSpec = {
  tableFor: (trackingTable) => `${trackingTable}_lock`,
  check(table, rows, dataDumped) {
    if (rows === null) return `the dump has no lock table ${table}; knex creates it on its next run, so the dump may not come from a database Knex migrated`;
    if (!dataDumped) return null;
    if (rows.some((row) => row.values['is_locked'] !== '0' && row.values['is_locked'] !== null)) {
      return `${table} is locked (is_locked = 1) in the dump: knex will refuse to migrate ("Migration table is already locked") until \`knex migrate:unlock\` is run`;
    }
    return null;
  },
};

export const knexTrackingTable: TrackingTableSpec = {
  table: 'knex_migrations',
  nameColumn: 'name',
  requiredColumns: ['name', 'batch'],
  idColumn: 'id',
  batches: true,
  described: "Knex's (id, name, batch, migration_time)",
  // `migrate:list` creates both tables (migration-list-resolver.js `listCompleted` → `ensureTable`) and runs nothing.
  createCommand: 'knex migrate:list',
  statusCommand: 'knex migrate:list',
  migrateCommand: 'knex migrate:latest',
  readRow(row: DataRow): TrackingRow | null {
    const recorded = row.values['name'];
    if (recorded === null || recorded === undefined) return null;
    const batch = Number.parseInt(row.values['batch'] ?? '', 10);
    const migration = migrationName(recorded) ?? recorded;
    return { migration, batch: Number.isFinite(batch) ? batch : 0, line: row.line, ...(migration === recorded ? {} : { recorded }) };
  },
  // Knex's default: `.js`. The extension the runner actually records is settled by forRows.
  rowFor: (migration, batch) => rowCells(`${migration}.js`, batch),
  forRows: knexWriter,
  namesCarryExtension: true,
  lock: knexLock,
};

/** What a TypeScript source is called once built: tsc and esbuild write `.ts` as `.js`, `.mts` as `.mjs`, `.cts` as `.cjs`. */
const BUILT: Readonly<Record<string, string>> = { '.ts': '.js', '.mts': '.mjs', '.cts': '.cjs' };

/**
 * Which file names the rows the script writes carry. Knex compares whole file names
 * (Migrator.js `getNewMigrations`, `validateMigrationList`), and a TypeScript source is
 * seen as `.ts` by a runner that loads sources (ts-node, tsx) and as `.js` by one that
 * loads a build; JavaScript files are seen as they are. The dump's rows for TypeScript
 * sources say which; `--extension js|ts` says it when no row does, or overrides them.
 */
function knexWriter(rows: readonly TrackingRow[], settings: TrackingSettings): TrackingWriter {
  const sourceOf = (migration: string): string | null => migrationExtension(settings.files.get(migration) ?? '');
  const typescriptSources = [...settings.files.keys()].filter((migration) => BUILT[sourceOf(migration) ?? ''] !== undefined);
  const seen = new Set<'built' | 'sources'>();
  const evidence = new Map<'built' | 'sources', string>();
  for (const row of rows) {
    const source = sourceOf(row.migration);
    const recorded = migrationExtension(row.recorded ?? '');
    if (source === null || recorded === null || BUILT[source] === undefined) continue;
    const mode = recorded === source ? 'sources' : recorded === BUILT[source] ? 'built' : null;
    if (mode === null) continue;
    seen.add(mode);
    if (!evidence.has(mode)) evidence.set(mode, row.recorded!);
  }
  const given = settings.extension === null ? null : settings.extension.replace(/^\./, '');
  if (given !== null && given !== 'js' && given !== 'ts') throw new UsageError(`--extension takes js (the Knex runner loads a build of the TypeScript migrations) or ts (it loads the sources), not ${settings.extension}`);
  const warnings: Diagnostic[] = [];
  const at = { file: settings.files.get(typescriptSources[0] ?? '') ?? 'knex_migrations', line: 1 };
  let mode: 'built' | 'sources' | null = given === null ? null : given === 'js' ? 'built' : 'sources';
  if (mode === null && seen.size > 1) {
    throw new UsageError(`the tracking rows name TypeScript migrations both as built (${evidence.get('built')}) and as sources (${evidence.get('sources')}); give --extension js or ts for what the Knex runner loads now`);
  }
  if (mode !== null && seen.size > 0 && !seen.has(mode)) {
    warnings.push({ code: 'W-KNEX-EXTENSION', message: `--extension ${given} overrides the tracking rows, which name TypeScript migrations as ${[...evidence.values()][0]}: knex compares whole names and will report those rows' files missing`, at });
  }
  mode ??= [...seen][0] ?? null;
  if (mode === null && typescriptSources.length > 0) {
    throw new UsageError('no tracking row says whether the Knex runner loads the TypeScript migrations as sources (.ts) or as a build (.js); give --extension ts or --extension js');
  }
  const fileName = (migration: string): string => {
    const source = sourceOf(migration) ?? '.js';
    return `${migration}${mode === 'built' ? (BUILT[source] ?? source) : source}`;
  };
  return { spec: { ...knexTrackingTable, rowFor: (migration, batch) => rowCells(fileName(migration), batch) }, warnings };
}
