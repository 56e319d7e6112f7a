import { PgStatementScanner, type ScanHandler } from '../../../src/dump/postgres/pg-statement-scanner.js';

/** One scanner event, flattened for comparisons. */
export type ScanEvent =
  | { kind: 'statement'; text: string; line: number }
  | { kind: 'meta'; text: string; line: number }
  | { kind: 'copy'; text: string; line: number }
  | { kind: 'row'; text: string; line: number }
  | { kind: 'copyEnd'; delivered: number; more: boolean };

/** Scans `input` delivered in the given chunks; COPY blocks keep up to `keepRows` rows. */
export function scanChunks(chunks: readonly Buffer[], keepRows = 0): ScanEvent[] {
  const events: ScanEvent[] = [];
  const handler: ScanHandler = {
    statement: (sql, line) => events.push({ kind: 'statement', text: sql.toString('utf8'), line }),
    metaCommand: (text, line) => events.push({ kind: 'meta', text, line }),
    copyStart: (text, line) => {
      events.push({ kind: 'copy', text, line });
      return keepRows;
    },
    copyRow: (row, line) => events.push({ kind: 'row', text: row.toString('utf8'), line }),
    copyEnd: (delivered, more) => events.push({ kind: 'copyEnd', delivered, more }),
  };
  const scanner = new PgStatementScanner('dump.sql', handler);
  for (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
  return events;
}

/** Cuts `input` at the given offsets. */
export function cut(input: Buffer, offsets: readonly number[]): Buffer[] {
  const sorted = [...new Set(offsets)].filter((o) => o > 0 && o < input.length).sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const at of sorted) {
    out.push(input.subarray(from, at));
    from = at;
  }
  out.push(input.subarray(from));
  return out;
}

export function oneByteChunks(input: Buffer): Buffer[] {
  return Array.from({ length: input.length }, (_, i) => input.subarray(i, i + 1));
}
