import type { Migration, SchemaSnapshot, TrackingRow, TrackingTableSpec } from '../model/index.js';

/** The dump's tracking rows as the inference needs them, and the failed attempts among them. */
export interface SettledRows {
  /** The snapshot with one tracking row per migration the runner counts as run. */
  readonly snapshot: SchemaSnapshot;
  /** Rows of attempts that did not finish (TrackingRow.failed): they track nothing, and the runner stops on them. */
  readonly failed: readonly TrackingRow[];
}

/**
 * Matches the dump's rows to migrations where the table identifies them by more
 * than a name (TrackingTableSpec.matchRows), and sets the failed attempts apart,
 * so that their migrations are judged on the evidence like any untracked one.
 */
export function settleTrackingRows(snapshot: SchemaSnapshot, spec: TrackingTableSpec, migrations: readonly Migration[]): SettledRows {
  const tracking = snapshot.tracking;
  if (tracking === null) return { snapshot, failed: [] };
  const failed = tracking.rows.filter((row) => row.failed !== undefined);
  // A failed row still says something about the others (golang-migrate's dirty version: all below it ran), so matching sees it.
  const matched = spec.matchRows?.(tracking.rows, migrations.map((migration) => ({ name: migration.name, record: migration.record ?? {} }))) ?? tracking.rows;
  const rows = matched.filter((row) => row.failed === undefined);
  // Matching may find rows the runner will not count that no row shows alone (one of several where it keeps one).
  failed.push(...matched.filter((row) => row.failed !== undefined && !failed.some((own) => own.line === row.line && own.failed === row.failed)));
  if (rows.length === tracking.rows.length && rows.every((row, index) => row === tracking.rows[index])) return { snapshot, failed };
  return { snapshot: { ...snapshot, tracking: { ...tracking, rows } }, failed };
}
