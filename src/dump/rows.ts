import type { DataRow, DumpReadOptions, RowValue, TableRows, TableSnapshot, TrackingRow, TrackingTable } from '../model/index.js';

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

/** A table's evidence rows while the dump is read. */
interface RowsDraft {
  readonly table: string;
  readonly rows: DataRow[];
  truncated: boolean;
}

/**
 * The rows a reader keeps: every row of the tracking table, and up to
 * `maxRowsPerTable` rows of each table whose rows are evidence, with whether
 * more existed. Tables are keyed as the reader compares their names (as
 * written, or folded where the engine folds them).
 */
export class KeptRows {
  private readonly trackingRows: TrackingRow[] = [];
  private trackingSeen = false;
  private highestId: number | null = null;
  private readonly drafts = new Map<string, RowsDraft>();

  /** `reading` is the framework's description of its tracking rows (DumpReadOptions.trackingRows). */
  constructor(
    private readonly maxRowsPerTable: number,
    private readonly reading: DumpReadOptions['trackingRows'],
  ) {}

  /** The dump writes to the tracking table, even if no row of it can be read. */
  sawTrackingTable(): void {
    this.trackingSeen = true;
  }

  trackingRow(row: DataRow): void {
    this.trackingSeen = true;
    const tracked = this.reading.readRow(row);
    if (tracked) this.trackingRows.push(tracked);
    if (this.reading.idColumn === null) return;
    const id = Number.parseInt(row.values[this.reading.idColumn] ?? '', 10);
    if (Number.isSafeInteger(id) && (this.highestId === null || id > this.highestId)) this.highestId = id;
  }

  /** Registers an evidence table: once its data is read, even without rows, it reads as "no such rows". */
  expect(key: string, table: string): void {
    this.draftFor(key, table);
  }

  evidenceRow(key: string, table: string, row: DataRow): void {
    const draft = this.draftFor(key, table);
    if (draft.rows.length < this.maxRowsPerTable) draft.rows.push(row);
    else draft.truncated = true;
  }

  /** More rows of the table existed than were read: a missing row proves nothing. */
  truncate(key: string, table: string): void {
    this.draftFor(key, table).truncated = true;
  }

  /** The tracking table as the snapshot holds it: null when the dump neither creates nor writes it. */
  tracking(name: string, schema: string | null, table: TableSnapshot | undefined): TrackingTable | null {
    if (table === undefined && !this.trackingSeen) return null;
    return {
      name,
      schema,
      columns: table?.columns.map((c) => c.name) ?? [...(this.reading.idColumn === null ? [] : [this.reading.idColumn]), ...this.reading.requiredColumns],
      rows: this.trackingRows,
      line: table?.line ?? this.trackingRows[0]?.line ?? 0,
      highestId: this.highestId,
    };
  }

  /** Evidence rows by table name; the tracking table's rows are its own. */
  evidence(trackingKey: string): Map<string, TableRows> {
    const rows = new Map<string, TableRows>();
    for (const [key, draft] of this.drafts) if (key !== trackingKey) rows.set(draft.table, draft);
    return rows;
  }

  private draftFor(key: string, table: string): RowsDraft {
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { table, rows: [], truncated: false };
      this.drafts.set(key, draft);
    }
    return draft;
  }
}
