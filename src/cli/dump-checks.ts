import type { SchemaSnapshot } from '../model/index.js';

/*
 * What the dump cannot tell, said before any verdict is shown, so that nobody
 * acts on an answer the dump could not give.
 */

/** Warnings about what the dump cannot tell, one line each. */
export function dumpNotes(snapshot: SchemaSnapshot, file: string, trackingTable: string): string[] {
  const notes: string[] = [];
  if (snapshot.tracking === null) notes.push(`warning: ${file} has no tracking table ${trackingTable}${where(snapshot)}${elsewhere(snapshot)}; every migration is treated as untracked`);
  else if (snapshot.tables.size === 0 && (snapshot.otherSchemas ?? []).length > 0) notes.push(`warning: ${file} defines no tables${where(snapshot)}${elsewhere(snapshot)}`);
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
