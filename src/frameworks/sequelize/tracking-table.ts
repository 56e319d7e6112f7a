/**
 * Sequelize's tracking table, as sequelize-cli configures umzug's SequelizeStorage
 * (sequelize/cli src/helpers/umzug-helper.js: storage `sequelize`, table
 * `SequelizeMeta`, timestamps off) and as the storage defines it (umzug v2
 * src/storages/SequelizeStorage.js and v3 src/storage/sequelize.ts, `getModel()`):
 * one string column `name`, the primary key, no id, no batch. `logMigration(name)`
 * inserts `{ name }`; the name is the migration file's base name with its extension
 * (umzug v2 Migration#file, v3 `path.basename(filepath)`).
 */
import type { TrackingCell, TrackingRow, TrackingTableSpec } from '../../model/index.js';

const TIMESTAMP_COLUMNS = ['createdAt', 'updatedAt'] as const;

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
  // sequelize-cli's `migrationTimestamps: true` (src/helpers/umzug-helper.js getTimestamps; also
  // turned on when its src/core/migrator.js ensureCurrentMetaSchema finds a createdAt column) makes
  // umzug's SequelizeStorage define its model with `timestamps: true` (umzug src/storage/sequelize.ts
  // getModel): Sequelize adds createdAt and updatedAt NOT NULL and fills them when a migration is logged.
  forRows: (_rows, settings) => {
    const stamped = TIMESTAMP_COLUMNS.filter((column) => settings.columns.includes(column));
    if (stamped.length === 0) return { spec: sequelizeTrackingTable, warnings: [] };
    const rowFor = (migration: string): readonly TrackingCell[] => [
      { column: 'name', value: { kind: 'text', value: migration } },
      ...stamped.map((column) => ({ column, value: { kind: 'now' } as const })),
    ];
    return { spec: { ...sequelizeTrackingTable, rowFor }, warnings: [] };
  },
};
