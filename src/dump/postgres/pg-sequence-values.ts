import type { IdCounter, TableSnapshot, TrackingTable } from '../../model/schema.js';

/**
 * Where pg_dump leaves each sequence: `SELECT pg_catalog.setval('public.t_id_seq', 3, true);`
 * after the data. Read for the tracking table's id sequence, whose lag behind
 * the rows' ids (rows re-inserted with explicit ids) makes every insert that
 * takes the next value fail with a duplicate key.
 * https://www.postgresql.org/docs/current/functions-sequence.html
 */

const SETVAL = /^select\s+pg_catalog\.setval\(\s*'((?:[^']|'')+)'\s*,\s*(-?\d+)\s*,\s*(true|false)\s*\)\s*$/i;
/** A serial column's default as pg_dump prints it: `nextval('public.t_id_seq'::regclass)`. */
const NEXTVAL = /^nextval\('((?:[^']|'')+)'::regclass\)$/;

export class SequenceValues {
  /** The next value of each sequence, by its name as pg_dump writes it. */
  private readonly next = new Map<string, { next: number; line: number }>();

  /** Records a `setval` statement (`head` is its start); false for any other statement. */
  record(head: string, line: number): boolean {
    const match = SETVAL.exec(head);
    if (!match) return false;
    const value = Number(match[2]);
    // is_called true: the value was handed out, the next is one step on (Laravel's sequences step by 1).
    this.next.set(match[1]!.replace(/''/g, "'"), { next: match[3]!.toLowerCase() === 'true' ? value + 1 : value, line });
    return true;
  }

  /** The tracking table with its id sequence's next value, when its `id` column takes it from one the dump sets. */
  withNextId(tracking: TrackingTable | null, table: TableSnapshot | undefined): TrackingTable | null {
    const sequence = NEXTVAL.exec(table?.columns.find((column) => column.name === 'id')?.default ?? '')?.[1]?.replace(/''/g, "'");
    const value = sequence === undefined ? undefined : this.next.get(sequence);
    if (tracking === null || sequence === undefined || value === undefined) return tracking;
    const nextId: IdCounter = { name: sequence, next: value.next, line: value.line };
    return { ...tracking, nextId };
  }
}
