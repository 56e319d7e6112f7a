import type { DataRow, RowValue, TrackingRow } from '../model/index.js';

/*
 * Row helpers every dump reader shares: whatever the engine's row syntax (COPY
 * text, extended INSERTs, one INSERT per row), values end up paired with
 * column names, and the tracking table's rows read the same way.
 */

/** Pairs values with column names; extra values without a name are dropped. */
export function toDataRow(columns: readonly string[], values: readonly RowValue[], line: number): DataRow {
  const record: Record<string, RowValue> = {};
  columns.forEach((column, i) => {
    if (i < values.length) record[column] = values[i]!;
  });
  return { values: record, line };
}

/** A tracking-table row (`migration`, `batch`), or null when the row lacks a migration name. */
export function toTrackingRow(row: DataRow): TrackingRow | null {
  const migration = row.values['migration'];
  if (migration === null || migration === undefined) return null;
  const batch = Number.parseInt(row.values['batch'] ?? '', 10);
  return { migration, batch: Number.isFinite(batch) ? batch : 0, line: row.line };
}
