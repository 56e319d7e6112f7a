import type { TableOrigin, UnclaimedTable } from '../model/index.js';

/** An unclaimed table with the package the framework adapter traces it to, if any. */
export interface TracedTable extends UnclaimedTable {
  readonly origin: TableOrigin | null;
}

/** How many unclaimed tables without a known origin a note names before "and N more". */
const NAMED = 5;

/**
 * The dump's tables that no migration believed to have run makes, traced to a
 * package through the adapter's `packageOfTable` (which knows names without the
 * application's table prefix).
 */
export function traceTables(tables: readonly UnclaimedTable[], prefix: string, packageOfTable: (table: string) => TableOrigin | null): TracedTable[] {
  return tables.map((table) => {
    const unprefixed = prefix !== '' && table.name.toLowerCase().startsWith(prefix.toLowerCase()) ? table.name.slice(prefix.length) : table.name;
    return { ...table, origin: packageOfTable(unprefixed) };
  });
}

/** Whether these tables need a human: a left-out migration would stop on one, or one looks like a package's migrations were left out. */
export function tablesNeedAttention(tables: readonly TracedTable[]): boolean {
  return tables.some((table) => table.wouldCollide.length > 0 || table.origin !== null);
}

/**
 * Notes for stderr: one warning per table that a left-out migration would
 * collide with or that looks like a package's, then one line naming the others
 * (an older application's tables, hand-made ones), which are only reported;
 * `unreadable` migrations (code or SQL migstamp cannot read) may make those.
 */
export function unclaimedNotes(tables: readonly TracedTable[], dump: string, unreadable: number): string[] {
  const notes: string[] = [];
  const others: TracedTable[] = [];
  for (const table of tables) {
    const where = `table ${table.name} (${dump} line ${table.dumpLine})`;
    const origin = table.origin === null ? '' : `; it looks like ${table.origin.name}'s: ${table.origin.advice}`;
    if (table.wouldCollide.length > 0) {
      const by = table.wouldCollide.join(', ');
      notes.push(`warning: ${where} is made by no migration judged to have run, and migrate would stop at ${by}, which creates it again ("already exists")${origin}`);
    } else if (table.origin !== null) {
      notes.push(`warning: ${where} is made by no migration migstamp could read${origin}`);
    } else {
      others.push(table);
    }
  }
  if (others.length > 0) {
    const named = others.slice(0, NAMED).map((table) => table.name).join(', ');
    const more = others.length > NAMED ? ` and ${others.length - NAMED} more` : '';
    const them = others.length === 1 ? 'it' : 'them';
    const unread = unreadable === 0 ? '' : ` (or one of the ${unreadable} migration${unreadable === 1 ? '' : 's'} migstamp could not read in full makes ${them})`;
    notes.push(`note: ${others.length} table${others.length === 1 ? '' : 's'} of the dump ${others.length === 1 ? 'is' : 'are'} made by no migration migstamp could read: ${named}${more}; if a package or another folder makes ${them}, add its migrations with --migrations${unread}`);
  }
  return notes;
}
