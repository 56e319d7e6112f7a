/**
 * Flyway's schema history table, as flyway-core 11 defines, writes and reads it.
 *
 * - Columns (`getRawCreateScript` of flyway-database-postgresql
 *   .../postgresql/PostgreSQLDatabase.java, flyway-mysql .../mysql/MySQLDatabase.java
 *   and flyway-core .../internal/database/sqlite/SQLiteDatabase.java; older
 *   releases kept the same DDL in resources `createMetaDataTable.sql`):
 *   `installed_rank INT` (the primary key), `version VARCHAR(50)`,
 *   `description VARCHAR(200)`, `type VARCHAR(20)`, `script VARCHAR(1000)`,
 *   `checksum INT`, `installed_by VARCHAR(100)`, `installed_on` (defaulting to
 *   now), `execution_time INT`, `success BOOLEAN`.
 * - A migration's row (internal/schemahistory/SchemaHistory.java
 *   `addAppliedMigration`, JdbcTableSchemaHistory.java `doAddAppliedMigration`,
 *   base/Database.java `getInsertStatement`): rank one above the last row's
 *   (`calculateInstalledRank`, 1 in an empty table), the version as written
 *   with `_` as `.`, the description (cut to 200 characters), type `SQL`, the
 *   script's path relative to its location, the checksum (checksum.ts), the
 *   installer, the time taken, and `success`. Where DDL is not transactional
 *   (MySQL, MariaDB) a failed migration is recorded with `success = false`
 *   (command/DbMigrate.java), and `flyway repair` deletes such rows
 *   (JdbcTableSchemaHistory.java `removeFailedMigrations`,
 *   Database.java `getDeleteStatement`: `success = false AND version = ?`).
 * - Reading (internal/info/MigrationInfoServiceImpl.java, MigrationInfoImpl.java
 *   `getState`/`validate`, api/resolver/ResolvedMigration.java `getState`): a row
 *   is matched to a file by version; a `BASELINE` row stands for every version
 *   at or below its own (BELOW_BASELINE, BASELINE_IGNORED: never run); a
 *   successful `DELETE` row (left by repair) cancels its version; the
 *   `SCHEMA` row (`<< Flyway Schema Creation >>`) names no migration; an
 *   unapplied version below the highest applied one is IGNORED, which fails
 *   validation unless `outOfOrder` is set.
 *
 * The rows migstamp writes say `installed_by = 'migstamp'`: Flyway records the
 * database user there (`Database.getInstalledBy`), but never validates it, and
 * a reviewer should see who wrote these rows.
 */
import type { DataRow, RowCondition, TrackingCell, TrackingRecord, TrackingRow, TrackingTableSpec, TrackingWrite } from '../../model/index.js';
import { compareVersions, versionParts } from './migration-files.js';

/** Who the rows migstamp writes name as their installer. */
export const INSTALLED_BY = 'migstamp';

/** The row's identity, kept in TrackingRow.recorded: `version 1.1`, `repeatable <description>`, `baseline 1`, `deleted 1`. */
function identity(kind: 'version' | 'repeatable' | 'baseline' | 'deleted', key: string): string {
  return `${kind} ${key}`;
}

function parseIdentity(recorded: string | undefined): { readonly kind: string; readonly key: string } | null {
  if (recorded === undefined) return null;
  const space = recorded.indexOf(' ');
  return space < 0 ? null : { kind: recorded.slice(0, space), key: recorded.slice(space + 1) };
}

/** A script name as a migration name: without its `.sql`. */
function stem(script: string): string {
  return script.replace(/\.sql$/i, '');
}

function readRow(row: DataRow): TrackingRow | null {
  const value = (column: string): string | null => row.values[column] ?? null;
  const type = value('type');
  const version = value('version');
  const description = value('description') ?? '';
  const script = value('script') ?? description;
  const rank = value('installed_rank') ?? '?';
  if (type === null || type === 'SCHEMA') return null;
  const success = value('success');
  const succeeded = success === null || !/^(?:f|false|0)$/i.test(success);
  const recorded =
    type === 'BASELINE' && version !== null ? identity('baseline', version)
    : (type === 'DELETE' || type.startsWith('UNDO_')) && version !== null ? identity('deleted', version)
    : version === null ? identity('repeatable', description)
    : identity('version', version);
  const failed = succeeded
    ? {}
    : { failed: `flyway_schema_history row ${rank} records a failed attempt at ${version === null ? `repeatable ${script}` : `version ${version} (${script})`}: flyway migrate refuses to run until flyway repair removes it` };
  return { migration: stem(script), batch: 0, line: row.line, recorded, ...failed };
}

interface Known {
  readonly name: string;
  readonly parts: readonly bigint[] | null;
  readonly description: string;
}

function knownOf(migrations: readonly { readonly name: string; readonly record: TrackingRecord }[]): Known[] {
  return migrations.map(({ name, record }) => ({
    name,
    parts: record['kind'] === 'versioned' ? versionParts(String(record['version'])) : null,
    description: String(record['description'] ?? ''),
  }));
}

/**
 * The dump's rows as one per migration: versions matched numerically (`1.0` is
 * `1`), repeatable rows by description, a baseline row expanded to every
 * versioned migration at or below it, versions a successful DELETE or undo row
 * cancels dropped. Rows of no migration stay as they are (orphans).
 */
function matchRows(rows: readonly TrackingRow[], migrations: readonly { readonly name: string; readonly record: TrackingRecord }[]): readonly TrackingRow[] {
  const known = knownOf(migrations);
  const byVersion = (key: string): Known | undefined => {
    const parts = versionParts(key);
    return parts === null ? undefined : known.find((migration) => migration.parts !== null && compareVersions(migration.parts, parts) === 0);
  };
  const cancelled = rows.flatMap((row) => {
    const id = parseIdentity(row.recorded);
    return id?.kind === 'deleted' && row.failed === undefined ? [versionParts(id.key)] : [];
  });
  const isCancelled = (key: string): boolean => {
    const parts = versionParts(key);
    return parts !== null && cancelled.some((other) => other !== null && compareVersions(other, parts) === 0);
  };
  return rows.flatMap((row): TrackingRow[] => {
    const id = parseIdentity(row.recorded);
    if (id === null) return [row];
    switch (id.kind) {
      case 'version': {
        if (isCancelled(id.key)) return [];
        const match = byVersion(id.key);
        return [match === undefined ? row : { ...row, migration: match.name }];
      }
      case 'repeatable': {
        const match = known.find((migration) => migration.parts === null && migration.description === id.key);
        return [match === undefined ? row : { ...row, migration: match.name }];
      }
      case 'baseline': {
        const baseline = versionParts(id.key);
        if (baseline === null) return [];
        return known.filter((migration) => migration.parts !== null && compareVersions(migration.parts, baseline) <= 0).map((migration) => ({ ...row, migration: migration.name }));
      }
      default:
        return [];
    }
  });
}

function text(value: string): TrackingCell['value'] {
  return { kind: 'text', value };
}

/**
 * The row Flyway's migrate writes for the migration (`record` from
 * flyway-adapter.ts `recordOf`), after removing a failed attempt at the same
 * version as `flyway repair` would.
 */
function writeFor(migration: string, _batch: number, record?: TrackingRecord): TrackingWrite {
  if (record === undefined) throw new Error(`no Flyway record for ${migration}`);
  const versioned = record['kind'] === 'versioned';
  const version = String(record['version'] ?? '');
  const script = String(record['script']);
  const checksum: TrackingCell['value'] = { kind: 'integer', value: Number(record['checksum']) };
  const cells: TrackingCell[] = [
    { column: 'installed_rank', value: { kind: 'following' } },
    ...(versioned ? [{ column: 'version', value: text(version) }] : []),
    { column: 'description', value: text(abbreviateDescription(String(record['description']))) },
    { column: 'type', value: text('SQL') },
    { column: 'script', value: text(abbreviateScript(script)) },
    { column: 'checksum', value: checksum },
    { column: 'installed_by', value: text(INSTALLED_BY) },
    { column: 'execution_time', value: { kind: 'integer', value: 0 } },
    { column: 'success', value: { kind: 'boolean', value: true } },
  ];
  const identityTests: RowCondition[] = versioned
    ? [{ column: 'version', test: 'equals', value: text(version) }]
    : [{ column: 'version', test: 'isNull' }, { column: 'script', test: 'equals', value: text(abbreviateScript(script)) }, { column: 'checksum', test: 'equals', value: checksum }];
  return {
    settle: versioned
      ? [{ kind: 'delete', where: [...identityTests, { column: 'success', test: 'isFalse' }], why: `a failed attempt at version ${version}: removed as flyway repair removes it, since the dump shows the migration applied` }]
      : [],
    cells,
    presentWhen: [...identityTests, { column: 'type', test: 'equals', value: text('SQL') }, { column: 'success', test: 'isTrue' }],
  };
}

/** internal/util/AbbreviationUtils.java `abbreviateDescription`. */
function abbreviateDescription(description: string): string {
  return description.length <= 200 ? description : `${description.slice(0, 197)}...`;
}

/** internal/util/AbbreviationUtils.java `abbreviateScript`. */
function abbreviateScript(script: string): string {
  return script.length <= 1000 ? script : `...${script.slice(3, 1000)}`;
}

export const flywayTrackingTable: TrackingTableSpec = {
  table: 'flyway_schema_history',
  nameColumn: 'script',
  requiredColumns: ['installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'success'],
  idColumn: null,
  batches: false,
  described: "Flyway's flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)",
  createCommand: 'flyway baseline (or the first flyway migrate)',
  statusCommand: 'flyway info',
  migrateCommand: 'flyway migrate',
  readRow,
  rowFor: (migration, batch, record) => writeFor(migration, batch, record).cells,
  writeFor,
  matchRows,
  afterGap: (gap) => ({
    consequence: `puts ${gap} below the highest applied version, where flyway migrate's validation stops ("Detected resolved migration not applied to database") unless outOfOrder is set`,
    liftedByOutOfOrder: true,
  }),
};
