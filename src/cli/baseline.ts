import { detectDialect } from '../dump/index.js';
import { type Diagnostic, type DumpReadOptions, InputError, type ProjectSettings } from '../model/index.js';
import { openDump } from './dump-input.js';

/**
 * The migrations a project's baseline dump (Laravel's squashed schema file) records
 * in its tracking table. Read with the same dump readers; a baseline that cannot be
 * read is a warning, not a failure: it only explains rows, it never stamps any.
 */
export async function baselineMigrations(
  baseline: NonNullable<ProjectSettings['baseline']>,
  trackingTable: string,
  trackingRows: DumpReadOptions['trackingRows'],
  warnings: Diagnostic[],
): Promise<{ readonly file: string; readonly migrations: ReadonlySet<string> } | undefined> {
  try {
    const input = await openDump(baseline.file, { hash: false, dataTables: async () => new Set([trackingTable]) });
    const dialect = detectDialect(input.head);
    if (dialect === null) throw new InputError('it is not a dump migstamp can read');
    await dialect.load();
    const snapshot = await dialect.read(input.chunks, { file: baseline.file, schema: null, database: null, trackingTable, trackingRows, keepRowsOf: new Set(), maxRowsPerTable: 0 });
    return { file: baseline.file, migrations: new Set((snapshot.tracking?.rows ?? []).map((row) => row.migration)) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    warnings.push({ code: 'W-BASELINE-UNREAD', message: `the schema file cannot be read (${error.message}); rows it accounts for are reported as orphans`, at: { file: baseline.file, line: 1 } });
    return undefined;
  }
}
