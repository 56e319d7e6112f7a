import type { DataRow, TrackingRow } from './schema.js';

/** A value the stamp script writes into one column of a tracking row. */
export type TrackingValue =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** The database's current date and time, as the runner writes it when it records a migration. */
  | { readonly kind: 'now' };

/** One column of a tracking row the script inserts, and its value. */
export interface TrackingCell {
  readonly column: string;
  readonly value: TrackingValue;
}

/**
 * A framework's tracking table, as its runner defines, reads and writes it. The
 * dump readers, the inference and the script writer know only this description;
 * the framework's own words (its columns, its commands) live in its adapter.
 */
export interface TrackingTableSpec {
  /** The table's name without the application's prefix, e.g. `migrations`. */
  readonly table: string;
  /** The column that names the migration a row records: the script's "already there" test compares it. */
  readonly nameColumn: string;
  /** Columns a dump's tracking table must have for its rows to be read as this framework's. */
  readonly requiredColumns: readonly string[];
  /**
   * The column a counter fills on insert (Laravel's `id`), whose counter the
   * script moves past the highest id where the engine keeps it apart from the
   * rows; null when there is none.
   */
  readonly idColumn: string | null;
  /** Whether rows carry a batch (runs are rolled back batch by batch), so that `--batch` means something. */
  readonly batches: boolean;
  /** The table as the framework defines it, for messages: `Laravel's (id, migration, batch)`. */
  readonly described: string;
  /** The framework's command that creates the table, for messages. */
  readonly createCommand: string;
  /** The framework's command that shows which migrations ran, for messages and the script's header. */
  readonly statusCommand: string;
  /** The framework's command that runs the pending migrations, for messages. */
  readonly migrateCommand: string;
  /** A dump row as a tracking row; null when it names no migration. */
  readRow(row: DataRow): TrackingRow | null;
  /** The cells of the row that records `migration` as run in `batch` (ignored where there are no batches). */
  rowFor(migration: string, batch: number): readonly TrackingCell[];
}
