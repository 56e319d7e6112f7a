/**
 * Laravel's tracking table, as Illuminate\Database\Migrations\DatabaseMigrationRepository
 * defines and writes it: `createRepository()` makes `migrations` with an
 * auto-incrementing `id`, a string `migration` and an integer `batch`; `log($file, $batch)`
 * inserts `['migration' => $file, 'batch' => $batch]`, leaving `id` to the counter;
 * `getNextBatchNumber()` is the highest batch + 1.
 */
import type { TrackingRow, TrackingTableSpec } from '../../model/index.js';

export const laravelTrackingTable: TrackingTableSpec = {
  table: 'migrations',
  nameColumn: 'migration',
  requiredColumns: ['migration', 'batch'],
  idColumn: 'id',
  batches: true,
  described: "Laravel's (id, migration, batch)",
  createCommand: 'php artisan migrate:install',
  statusCommand: 'php artisan migrate:status',
  migrateCommand: 'php artisan migrate',
  readRow(row): TrackingRow | null {
    const migration = row.values['migration'];
    if (migration === null || migration === undefined) return null;
    const batch = Number.parseInt(row.values['batch'] ?? '', 10);
    return { migration, batch: Number.isFinite(batch) ? batch : 0, line: row.line };
  },
  rowFor: (migration, batch) => [
    { column: 'migration', value: { kind: 'text', value: migration } },
    { column: 'batch', value: { kind: 'integer', value: batch } },
  ],
};
