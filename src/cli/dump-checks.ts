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

/** Warnings about what the dump cannot tell, one line each. */
export function dumpNotes(snapshot: SchemaSnapshot, file: string, tracking: { readonly table: string; readonly migrateCommand: string }, batch: number, batchChosen: boolean): string[] {
  const trackingTable = tracking.table;
  const notes: string[] = [];
  if (snapshot.tracking === null) notes.push(`warning: ${file} has no tracking table ${trackingTable}${where(snapshot)}${elsewhere(snapshot)}; every migration is treated as untracked`);
  else if (snapshot.tables.size === 0 && (snapshot.otherSchemas ?? []).length > 0) notes.push(`warning: ${file} defines no tables${where(snapshot)}${elsewhere(snapshot)}`);
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
function where(snapshot: SchemaSnapshot): string {
  return snapshot.otherSchemas === undefined || snapshot.schema === null ? '' : ` in schema ${snapshot.schema}`;
}

/** `, but schema app has one (try --schema app)`: where the tracking table (or, failing that, the tables) are instead. */
export function elsewhere(snapshot: SchemaSnapshot): string {
  const others = snapshot.otherSchemas ?? [];
  const tracking = others.filter((schema) => schema.tracking);
  const pick = tracking.length > 0 ? tracking : snapshot.tables.size === 0 ? others : [];
  if (pick.length === 0) return '';
  const names = pick.map((schema) => `schema ${schema.name}`);
  const verb = tracking.length > 0 ? (names.length > 1 ? 'have one' : 'has one') : names.length > 1 ? 'define tables' : 'defines tables';
  return `, but ${names.join(' and ')} ${verb} (try --schema ${pick[0]!.name})`;
}
