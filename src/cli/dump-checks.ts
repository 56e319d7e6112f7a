import { InputError, type SchemaSnapshot } from '../model/index.js';

/*
 * Dumps that cannot answer the question, or only part of it: said before any
 * verdict is shown, so that nobody acts on an answer the dump could not give.
 */

/** Refuses a dump without table definitions (`pg_dump --data-only`, `mysqldump --no-create-info`): every verdict would be "pending". */
export function refuseDataOnly(snapshot: SchemaSnapshot, file: string): void {
  const defines = snapshot.tables.size > 0 || snapshot.views.size > 0 || (snapshot.otherSchemas ?? []).length > 0;
  if (!defines && snapshot.hasData) {
    throw new InputError(`the dump ${file} holds rows but no table definitions (a data-only dump, as pg_dump --data-only or mysqldump --no-create-info write), so it cannot show which migrations ran; dump the schema too`);
  }
}

/**
 * True when the dump holds no rows at all (`pg_dump --schema-only`,
 * `mysqldump --no-data`, `sqlite3 .schema`): which migrations are tracked, and
 * the highest batch, are then unknown.
 */
export function rowsUnknown(snapshot: SchemaSnapshot): boolean {
  return !snapshot.hasData && (snapshot.tracking?.rows.length ?? 0) === 0;
}

/**
 * The tracking table's id sequence as the dump leaves it, when it is behind the
 * rows' ids (rows re-inserted with explicit ids): the next row Laravel, or a
 * script, inserts takes an id already there.
 */
export function idCounterBehind(snapshot: SchemaSnapshot): { readonly text: string; readonly line: number } | null {
  const tracking = snapshot.tracking;
  const counter = tracking?.nextId;
  const highest = tracking?.highestId;
  if (!counter || highest === null || highest === undefined || counter.next > highest) return null;
  return { text: `${counter.name} would hand out ${counter.next}, while the ids go up to ${highest}`, line: counter.line };
}

/**
 * Warnings about what the dump cannot tell, one line each. `tracking.schema` is
 * the schema the tracking table was looked for in, null for the application's.
 */
export function dumpNotes(snapshot: SchemaSnapshot, file: string, tracking: { readonly table: string; readonly schema: string | null; readonly migrateCommand: string }, batch: number, batchChosen: boolean): string[] {
  const trackingTable = tracking.table;
  const notes: string[] = [];
  if (snapshot.tracking === null) notes.push(`warning: ${file} has no tracking table ${trackingTable}${trackingWhere(snapshot, tracking.schema)}${elsewhere(snapshot, trackingTable, tracking.schema)}; every migration is treated as untracked`);
  else if (snapshot.tables.size === 0 && (snapshot.otherSchemas ?? []).length > 0) notes.push(`warning: ${file} defines no tables${where(snapshot.schema, snapshot)}${elsewhere(snapshot, trackingTable, tracking.schema)}`);
  const behind = idCounterBehind(snapshot);
  if (behind !== null) {
    notes.push(
      `warning: ${file}:${behind.line}: the id sequence of the tracking table ${trackingTable} is behind its rows (re-inserted with explicit ids?): ${behind.text}; ${tracking.migrateCommand} would fail with a duplicate key, and the stamp script moves the sequence past the highest id`,
    );
  }
  if (rowsUnknown(snapshot)) {
    notes.push(
      `warning: ${file} holds no rows (a schema-only dump), so which migrations are already tracked and the highest batch are unknown; every migration is judged as if untracked, the script skips rows the database already has, and stamped rows get batch ${batch}${batchChosen ? '' : ' (choose it with --batch)'}`,
    );
  }
  return notes;
}

/** ` in schema public`, where the engine has schemas. */
function where(schema: string | null, snapshot: SchemaSnapshot): string {
  return snapshot.otherSchemas === undefined || schema === null ? '' : ` in schema ${schema}`;
}

/** ` in schema drizzle`: where the tracking table was looked for (`trackingSchema`, or the snapshot's schema when null). */
export function trackingWhere(snapshot: SchemaSnapshot, trackingSchema: string | null): string {
  return where(trackingSchema ?? snapshot.schema, snapshot);
}

/**
 * `, but schema public has one (try --tracking-schema public)`: where a table
 * named like the tracking table is instead. When the described schema holds the
 * application's tables, only the tracking table is elsewhere (dbmate keeps it in
 * the connection's default schema, Drizzle in its own); when it holds none, the
 * schema was chosen wrong, and the schemas that define tables are named.
 */
export function elsewhere(snapshot: SchemaSnapshot, trackingTable: string, trackingSchema: string | null): string {
  const lookedIn = trackingSchema ?? snapshot.schema;
  const others = snapshot.otherSchemas ?? [];
  const holding = [
    ...(lookedIn !== snapshot.schema && snapshot.schema !== null && snapshot.tables.has(trackingTable) ? [snapshot.schema] : []),
    ...others.filter((schema) => schema.tracking && schema.name !== lookedIn).map((schema) => schema.name),
  ];
  if (holding.length > 0) {
    const option = snapshot.tables.size > 0 || lookedIn !== snapshot.schema ? '--tracking-schema' : '--schema';
    return `, but ${holding.map((name) => `schema ${name}`).join(' and ')} ${holding.length > 1 ? 'have one' : 'has one'} (try ${option} ${holding[0]!})`;
  }
  if (snapshot.tables.size > 0 || others.length === 0) return '';
  const names = others.map((schema) => `schema ${schema.name}`);
  return `, but ${names.join(' and ')} ${names.length > 1 ? 'define tables' : 'defines tables'} (try --schema ${others[0]!.name})`;
}
