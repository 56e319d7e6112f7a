/**
 * Sequelize's tracking table, as sequelize-cli configures umzug's SequelizeStorage
 * (sequelize/cli src/helpers/umzug-helper.js: storage `sequelize`, table
 * `SequelizeMeta`, timestamps off) and as the storage defines it (umzug v2
 * src/storages/SequelizeStorage.js and v3 src/storage/sequelize.ts, `getModel()`):
 * one string column `name`, the primary key, no id, no batch. `logMigration(name)`
 * inserts `{ name }`; the name is the migration file's base name with its extension
 * (umzug v2 Migration#file, v3 `path.basename(filepath)`).
 */
import type { TrackingRow, TrackingTableSpec } from '../../model/index.js';

export const sequelizeTrackingTable: TrackingTableSpec = {
  table: 'SequelizeMeta',
  nameColumn: 'name',
  requiredColumns: ['name'],
  idColumn: null,
  batches: false,
  described: "Sequelize's SequelizeMeta (name)",
  createCommand: 'npx sequelize-cli db:migrate (it creates SequelizeMeta before the first migration)',
  statusCommand: 'npx sequelize-cli db:migrate:status',
  migrateCommand: 'npx sequelize-cli db:migrate',
  readRow(row): TrackingRow | null {
    const name = row.values['name'];
    if (name === null || name === undefined) return null;
    // Rows carry no batch; 0 keeps every row in one, which nothing reads.
    return { migration: name, batch: 0, line: row.line };
  },
  rowFor: (migration) => [{ column: 'name', value: { kind: 'text', value: migration } }],
};
