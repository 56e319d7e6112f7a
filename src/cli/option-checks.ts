import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { type FrameworkAdapter, type InferenceResult, InputError, type Migration, UsageError, type Verdict } from '../model/index.js';

/*
 * Options that cannot mean anything are refused before any file is read; options
 * that mean something risky are carried out with a warning. Each refusal is one
 * sentence (exit 2), each warning one stderr line.
 */

/** Refuses `--force` without a file to replace (`-o` absent, or `-o -`). */
export function refuseForceWithoutOutput(force: boolean, output: string | null): void {
  if (force && output === null) throw new UsageError('--force only lets -o replace an existing file, and the script goes to standard output here; leave out --force or add -o FILE');
}

/**
 * The migration an `--assume-applied` or `--up-to` argument names: the name
 * itself, or its file as the user may have copied it (`NAME.php`,
 * `database/migrations/NAME.php`), read with the adapter's naming rule.
 * Throws UsageError when no loaded migration has that name.
 */
export function migrationNamed(given: string, names: ReadonlySet<string>, adapter: FrameworkAdapter): string {
  if (names.has(given)) return given;
  const fromFile = adapter.migrationName(given);
  if (fromFile !== null && names.has(fromFile)) return fromFile;
  throw new UsageError(`no migration is named ${given}`);
}

/**
 * Refuses an output file that is one of the inputs (the dump, a file inside a
 * dump folder, a migration file): with `--force` the script would replace the
 * only copy. Paths are compared after resolving symbolic links; an output that
 * does not exist yet cannot be an input.
 */
export async function refuseOutputOverInput(output: string, dump: string, migrations: readonly Migration[]): Promise<void> {
  const target = await realpathOrNull(output);
  if (target === null) return;
  const dumpPath = await realpathOrNull(dump);
  if (dumpPath !== null && within(dumpPath, target)) throw new InputError(`the output file ${output} is the dump ${dump}${target === dumpPath ? '' : ' (a file inside it)'}; write the script elsewhere`);
  for (const migration of migrations) {
    if ((await realpathOrNull(migration.file)) === target) throw new InputError(`the output file ${output} is one of the migration files; write the script elsewhere`);
  }
}

/**
 * `--batch N` at or below the highest batch in the dump: the stamped rows join
 * an old batch, so a rollback reaches them only after the newer batches (which
 * ran before them) and then undoes them in name order within that batch
 * (illuminate/database 8, Migrations/DatabaseMigrationRepository.php: getLast
 * takes the highest batch, getMigrations orders by batch then name, both
 * descending). Not refused: a DBA may mean it.
 */
export function batchWarning(chosen: number | null, highestBatch: number, rowsKnown: boolean): string | null {
  if (chosen === null || !rowsKnown || chosen > highestBatch) return null;
  return `warning: --batch ${chosen} is not above the highest batch in the dump (${highestBatch}): the stamped rows join an old batch, so a rollback would undo them with it and not first, in name order rather than the order they ran; the default is ${highestBatch + 1}`;
}

/**
 * Warnings for `--assume-applied` and `--up-to` that do something other than
 * the user may think: a name already tracked (the option changes nothing), a
 * stamp over effects the dump shows missing (`migrate` will then never make
 * them), and migrations up to `--up-to` left unstamped because the dump lacks
 * what they make (`--up-to` stamps only what the dump cannot judge).
 */
export function declarationWarnings(result: InferenceResult, assumeApplied: ReadonlySet<string>, upTo: string | null): string[] {
  const warnings: string[] = [];
  const upToIndex = upTo === null ? -1 : result.verdicts.findIndex((verdict) => verdict.migration === upTo);
  result.verdicts.forEach((verdict, index) => {
    const lacks = missingSubjects(verdict);
    if (assumeApplied.has(verdict.migration)) {
      if (verdict.kind === 'tracked') warnings.push(`warning: --assume-applied ${verdict.migration} changes nothing: it is already tracked (batch ${verdict.batch})`);
      else if (lacks !== null && verdict.stamp) warnings.push(`warning: --assume-applied ${verdict.migration} stamps a migration whose effects the dump lacks (${lacks}); once it is stamped, migrate will never make them`);
    } else if (index <= upToIndex && lacks !== null && !verdict.stamp) {
      warnings.push(`warning: --up-to ${upTo} declares ${verdict.migration} applied, but the dump lacks what it makes (${lacks}), so it is not stamped; name it with --assume-applied if it really ran`);
    }
  });
  return warnings;
}

/** `table x, column y.z and 3 more`: what the dump lacks of a migration's effects, or null when it lacks nothing. */
function missingSubjects(verdict: Verdict): string | null {
  const subjects = [...new Set(verdict.evidence.filter((evidence) => evidence.status === 'missing').map((evidence) => evidence.subject))];
  if (subjects.length === 0) return null;
  const shown = subjects.slice(0, 2).join(', ');
  return subjects.length > 2 ? `${shown} and ${subjects.length - 2} more` : shown;
}

/**
 * `--connection NAME` that no migration declares: it changes nothing, and is
 * likely a misspelling of one that is declared.
 */
export function connectionWarning(connection: string | null, migrations: readonly Migration[]): string | null {
  if (connection === null) return null;
  const declared = [...new Set(migrations.flatMap((migration) => (migration.connection === null ? [] : [migration.connection])))].sort();
  if (declared.includes(connection)) return null;
  const others = declared.length === 0 ? 'no migration declares a connection' : `the migrations declare only ${declared.join(', ')}`;
  return `warning: --connection ${connection} changes nothing: ${others}`;
}

function within(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function realpathOrNull(file: string): Promise<string | null> {
  try {
    return await realpath(file);
  } catch {
    return null;
  }
}
