import type { Migration, Operation, SchemaSnapshot, UnclaimedTable, Verdict } from '../model/index.js';

/**
 * The dump's tables that no migration migstamp could read creates or renames
 * into being, except pending ones: those, judged not to have run, are the ones
 * migrate would run into ("already exists") and are listed with the table. A
 * migration judged partial or unknown claims its tables: it may well have made
 * them. The tracking table is never one.
 * Names compare case-insensitively: a dump may fold them where PHP did not.
 *
 * `lowered[i]` are `migrations[i]`'s operations with raw SQL lowered; `verdicts`
 * are in migration order (orphans after them are ignored).
 */
export function unclaimedTables(migrations: readonly Migration[], lowered: readonly (readonly Operation[])[], verdicts: readonly Verdict[], snapshot: SchemaSnapshot): UnclaimedTable[] {
  const claimed = new Set<string>();
  const leftOut = new Map<string, string[]>();
  migrations.forEach((migration, index) => {
    const verdict = verdicts[index]!;
    for (const table of tablesMadeBy(lowered[index]!)) {
      if (verdict.stamp || verdict.kind !== 'pending') claimed.add(table);
      else leftOut.set(table, [...(leftOut.get(table) ?? []), migration.name]);
    }
  });
  const tracking = snapshot.tracking?.name.toLowerCase() ?? null;
  return [...snapshot.tables.values()]
    .filter((table) => table.name.toLowerCase() !== tracking && !claimed.has(table.name.toLowerCase()))
    .map((table) => ({ name: table.name, dumpLine: table.line, wouldCollide: leftOut.get(table.name.toLowerCase()) ?? [] }));
}

function tablesMadeBy(operations: readonly Operation[]): string[] {
  return operations.flatMap((operation) => {
    switch (operation.kind) {
      case 'createTable':
        return operation.temporary ? [] : [operation.table.toLowerCase()];
      case 'renameTable':
        return [operation.to.toLowerCase()];
      default:
        return [];
    }
  });
}
