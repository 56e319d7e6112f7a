import { findColumn, findTable } from '../infer/index.js';
import type { Dialect, ExpectedTable, IndexSpec, SchemaSnapshot, TableSnapshot } from '../model/index.js';

/**
 * Unified diffs, one per table, of the schema the migrations expect against the
 * dumped one. Both sides are rendered in one line format; where the dialect says a
 * type matches, the expected side borrows the dump's spelling so only real
 * differences show.
 */
export async function renderSchemaDiff(tables: readonly string[], expected: ReadonlyMap<string, ExpectedTable>, snapshot: SchemaSnapshot, dialect: Dialect): Promise<string> {
  // Only `migstamp diff` needs the diff library; loading it costs every other run 30 ms.
  const { createTwoFilesPatch } = await import('diff');
  const patches: string[] = [];
  for (const name of tables) {
    const want = expected.get(name);
    const have = findTable(snapshot, name, dialect);
    const wantText = want ? expectedLines(want, have, dialect) : '';
    const haveText = have ? dumpLines(have) : '';
    if (wantText === haveText) continue;
    patches.push(createTwoFilesPatch(`migrations/${name}`, `dump/${name}`, wantText, haveText, 'expected by the migrations', `in ${snapshot.file}`, { context: 3 }));
  }
  return patches.join('\n');
}

function expectedLines(table: ExpectedTable, dumped: TableSnapshot | undefined, dialect: Dialect): string {
  const lines: string[] = [`table ${table.name}`];
  for (const { name, spec } of table.columns) {
    const actual = dumped === undefined ? undefined : findColumn(dumped, name, dialect);
    if (spec === null) {
      lines.push(actual ? columnLine(name, actual.type, actual.nullable) : columnLine(name, '?', true));
      continue;
    }
    const type = actual && dialect.typeMatches(spec.type, actual) ? actual.type : dialect.renderType(spec.type);
    const nullable = spec.autoIncrement ? false : spec.nullable;
    lines.push(columnLine(name, type, nullable));
  }
  const indexes = table.indexes.map((index) => indexLine(index.kind === 'primary' ? null : index.name, index.kind, index.columns, dumped, dialect));
  const foreignKeys = table.foreignKeys.map((fk) => `  foreign key ${displayName(fk.name, dumped?.foreignKeys.map((f) => f.name) ?? [], dialect)} (${fk.columns.join(', ')}) -> ${fk.refTable} (${fk.refColumns.join(', ')})`);
  const checks = table.checks.map((check) => `  check ${check.name ?? '(unnamed)'} [${[...check.literals].sort().join(', ')}]`);
  return [...lines, ...indexes.sort(), ...foreignKeys.sort(), ...checks.sort()].join('\n') + '\n';
}

function dumpLines(table: TableSnapshot): string {
  const lines: string[] = [`table ${table.name}`];
  for (const column of table.columns) lines.push(columnLine(column.name, column.type, column.nullable));
  const indexes = table.indexes.map((index) => `  ${index.kind === 'primary' ? 'primary key' : `${index.kind} ${index.name}`} (${index.columns.join(', ')})`);
  const foreignKeys = table.foreignKeys.map((fk) => `  foreign key ${fk.name} (${fk.columns.join(', ')}) -> ${fk.refTable} (${fk.refColumns.join(', ')})`);
  const checks = table.checks.map((check) => `  check ${check.name} [${[...check.literals].sort().join(', ')}]`);
  return [...lines, ...indexes.sort(), ...foreignKeys.sort(), ...checks.sort()].join('\n') + '\n';
}

function columnLine(name: string, type: string, nullable: boolean): string {
  return `  column ${name} ${type}${nullable ? ' null' : ' not null'}`;
}

function indexLine(name: string | null, kind: IndexSpec['kind'], columns: readonly string[], dumped: TableSnapshot | undefined, dialect: Dialect): string {
  if (name === null) return `  primary key (${columns.join(', ')})`;
  const shownKind = kind === 'unique' ? 'unique' : 'index';
  return `  ${shownKind} ${displayName(name, dumped?.indexes.map((i) => i.name) ?? [], dialect)} (${columns.join(', ')})`;
}

/** The dump's spelling of a name the dialect considers equal (e.g. truncated to 63 bytes). */
function displayName(name: string, dumpedNames: readonly string[], dialect: Dialect): string {
  return dumpedNames.find((dumped) => dialect.identifiersEqual(dumped, name)) ?? name;
}
