import { type FactEntry, factTable } from './facts.js';

/**
 * The replayed schema: facts by key, indexed by the tables they belong to or
 * reference, so a drop or rename looks at one table's facts instead of all of
 * them (thousands of migrations would otherwise make the replay quadratic).
 */
export class FactStore {
  private readonly entries = new Map<string, FactEntry>();
  private readonly keysByTable = new Map<string, Set<string>>();

  get(key: string): FactEntry | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  values(): IterableIterator<FactEntry> {
    return this.entries.values();
  }

  set(entry: FactEntry): void {
    this.delete(entry.key);
    this.entries.set(entry.key, entry);
    for (const table of tablesOf(entry)) {
      let keys = this.keysByTable.get(table);
      if (keys === undefined) {
        keys = new Set();
        this.keysByTable.set(table, keys);
      }
      keys.add(entry.key);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    for (const table of tablesOf(entry)) this.keysByTable.get(table)?.delete(key);
  }

  /** Facts on `table`, and foreign keys elsewhere that reference it; a snapshot, safe to change while iterating. */
  related(table: string): FactEntry[] {
    return [...(this.keysByTable.get(table) ?? [])].map((key) => this.entries.get(key)!);
  }

  /** The facts as a read-only map, for the result. */
  asMap(): ReadonlyMap<string, FactEntry> {
    return this.entries;
  }
}

function tablesOf(entry: FactEntry): string[] {
  const own = factTable(entry.fact);
  if (own === null) return [];
  if (entry.fact.kind === 'foreignKey' && entry.fact.foreignKey.refTable !== own) return [own, entry.fact.foreignKey.refTable];
  return [own];
}
