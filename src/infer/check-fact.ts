import type {
  ColumnChange,
  ColumnSnapshot,
  Dialect,
  Evidence,
  EvidenceCode,
  ForeignKeySnapshot,
  ForeignKeySpec,
  LiteralValue,
  Precondition,
  RowValue,
  SchemaSnapshot,
} from '../model/index.js';
import { type Fact, type FactEntry, describeFact } from './facts.js';
import { findCheck, findColumn, findForeignKey, findIndex, findRoutine, findSequence, findTable, findTrigger, hasCounter } from './lookup.js';

/** The outcome of looking for one expected fact in the dump. */
export interface FactCheck {
  /** `present`/`missing` decide; `unknown` means the dump cannot tell (e.g. no data rows). */
  readonly outcome: 'present' | 'missing' | 'unknown';
  readonly evidence: Evidence;
  /** Differences in detail on a present object. */
  readonly drift: readonly Evidence[];
  /** What a stamping script should verify at run time when this fact justified the stamp. */
  readonly precondition: Precondition | null;
}

/** Looks for a surviving fact in the snapshot. */
export function checkFact(entry: FactEntry, snapshot: SchemaSnapshot, dialect: Dialect): FactCheck {
  const fact = entry.fact;
  const subject = describeFact(fact);
  const make = (code: EvidenceCode, outcome: FactCheck['outcome'], detail: string, dumpLine: number | null, precondition: Precondition | null = null, drift: Evidence[] = []): FactCheck => ({
    outcome,
    evidence: { code, status: outcome === 'unknown' ? 'note' : outcome, subject, detail, source: entry.at, dumpLine },
    drift,
    precondition: outcome === 'present' ? precondition : null,
  });

  if (fact.kind === 'view') {
    const view = snapshot.views.get(fact.name);
    return view
      ? make('E-VIEW-PRESENT', 'present', `${subject} is in the dump`, view.line, { kind: 'view', name: fact.name })
      : make('E-VIEW-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'enumType') {
    const type = snapshot.enumTypes.get(fact.name);
    return type
      ? make('E-TYPE-PRESENT', 'present', `${subject} is in the dump`, type.line)
      : make('E-TYPE-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'trigger') {
    const trigger = findTrigger(snapshot, fact.table, fact.name, dialect);
    return trigger
      ? make('E-TRIGGER-PRESENT', 'present', `${subject} is in the dump`, trigger.line, { kind: 'trigger', table: trigger.table, name: trigger.name })
      : make('E-TRIGGER-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'routine') {
    const routine = findRoutine(snapshot, fact.name, fact.routine, dialect);
    return routine
      ? make('E-ROUTINE-PRESENT', 'present', `${subject} is in the dump`, routine.line, { kind: 'routine', name: routine.name, routine: routine.kind })
      : make('E-ROUTINE-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'sequence') {
    const sequence = findSequence(snapshot, fact.name, dialect);
    return sequence
      ? make('E-SEQUENCE-PRESENT', 'present', `${subject} is in the dump`, sequence.line, { kind: 'sequence', name: sequence.name })
      : make('E-SEQUENCE-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'columnComment' && !dialect.showsColumnComments) {
    return make('E-COMMENT-UNSHOWN', 'unknown', `${subject} cannot be checked: ${dialect.name} keeps no column comments`, null);
  }

  const table = findTable(snapshot, fact.table, dialect);
  if (fact.kind === 'table') {
    return table
      ? make('E-TABLE-PRESENT', 'present', `${subject} is in the dump`, table.line, { kind: 'table', table: fact.table })
      : make('E-TABLE-MISSING', 'missing', `${subject} is not in the dump`, null);
  }
  if (fact.kind === 'row') return checkRow(fact, snapshot, make);
  const missingCode = missingCodeOf(fact);
  if (table === undefined) return make(missingCode, 'missing', `${subject} is not in the dump: table ${fact.table} is missing`, null);

  switch (fact.kind) {
    case 'column': {
      const column = findColumn(table, fact.name, dialect);
      if (!column) return make(missingCode, 'missing', `${subject} is not in the dump`, null);
      const drift = fact.spec === null ? [] : columnDrift(fact.table, fact.spec, column, dialect, entry);
      return make('E-COLUMN-PRESENT', 'present', `${subject} is in the dump (${column.type})`, column.line, { kind: 'column', table: fact.table, column: fact.name }, drift);
    }
    case 'columnChange': {
      const change = fact.change;
      const column = findColumn(table, change.name, dialect);
      if (!column) return make(missingCode, 'missing', `column ${fact.table}.${change.name} is not in the dump`, null);
      const differences = changeDifferences(change, column, dialect);
      if (differences.length > 0) {
        return make('E-COLUMN-UNCHANGED', 'missing', `column ${fact.table}.${change.name} does not have the changed definition: ${differences.join('; ')}`, column.line);
      }
      return make('E-COLUMN-CHANGED', 'present', `column ${fact.table}.${change.name} has the changed definition (${column.type}${column.nullable ? ', nullable' : ', not null'})`, column.line, { kind: 'column', table: fact.table, column: change.name });
    }
    case 'index': {
      const spec = fact.index;
      const found = findIndex(table, spec.name, spec.kind === 'primary', dialect);
      if (!found) return make(missingCode, 'missing', `${subject} is not in the dump`, null);
      const drift: Evidence[] = [];
      if (!sameList(found.columns, spec.columns)) {
        if (spec.kind === 'primary') return make(missingCode, 'missing', `the primary key of ${fact.table} is on (${found.columns.join(', ')}), not (${spec.columns.join(', ')})`, found.line);
        drift.push(driftEvidence('E-DRIFT-TYPE', subject, `is on (${found.columns.join(', ')}) in the dump, the migration says (${spec.columns.join(', ')})`, entry, found.line));
      }
      // Uniqueness is the point of a unique index: an index re-made unique under its old name is told apart by it.
      if (spec.kind !== 'primary' && (spec.kind === 'unique') !== (found.kind === 'unique')) {
        drift.push(driftEvidence('E-DRIFT-TYPE', subject, `is ${found.kind === 'unique' ? 'unique' : 'not unique'} in the dump, the migration makes it ${spec.kind === 'unique' ? 'unique' : 'not unique'}`, entry, found.line));
      }
      const precondition: Precondition = found.constraint ? { kind: 'constraint', table: fact.table, name: found.name } : { kind: 'index', table: fact.table, name: found.name };
      return make('E-INDEX-PRESENT', 'present', `${subject} is in the dump`, found.line, precondition, drift);
    }
    case 'foreignKey': {
      const spec = fact.foreignKey;
      const byName = findForeignKey(table, spec.name, dialect);
      const found = byName ?? table.foreignKeys.find((fk) => sameList(fk.columns, spec.columns) && fk.refTable === spec.refTable);
      if (!found) return make(missingCode, 'missing', `${subject} is not in the dump`, null);
      const detail = byName ? `${subject} is in the dump` : `a foreign key on (${spec.columns.join(', ')}) to ${spec.refTable} is in the dump as ${found.name}`;
      const drift = actionDifferences(spec, found).map((difference) => driftEvidence('E-DRIFT-TYPE', subject, difference, entry, found.line));
      return make('E-FK-PRESENT', 'present', detail, found.line, { kind: 'constraint', table: fact.table, name: found.name }, drift);
    }
    case 'columnComment': {
      const column = findColumn(table, fact.column, dialect);
      if (!column) return make(missingCode, 'missing', `${subject} is not in the dump: column ${fact.table}.${fact.column} is missing`, null);
      if (column.comment === null) return make(missingCode, 'missing', `column ${fact.table}.${fact.column} has no comment in the dump`, null);
      if (column.comment.text !== fact.text) {
        return make('E-COMMENT-DIFFERS', 'missing', `column ${fact.table}.${fact.column} has the comment ${JSON.stringify(column.comment.text)} in the dump, the migration gives it ${JSON.stringify(fact.text)}`, column.comment.line);
      }
      return make('E-COMMENT-PRESENT', 'present', `column ${fact.table}.${fact.column} has this comment in the dump`, column.comment.line, { kind: 'column', table: fact.table, column: fact.column });
    }
    case 'check': {
      const spec = fact.check;
      const wanted = literalSet(spec.literals);
      const named = spec.name === null ? undefined : findCheck(table, spec.name, dialect);
      if (named) {
        if (literalSet(named.literals) === wanted) {
          return make('E-CHECK-PRESENT', 'present', `${subject} is in the dump with the same values`, named.line, { kind: 'constraint', table: fact.table, name: named.name });
        }
        return make('E-CHECK-DIFFERS', 'missing', `${subject} is in the dump but with values [${named.literals.join(', ')}], the migration's are [${spec.literals.join(', ')}]`, named.line);
      }
      const same = table.checks.find((check) => literalSet(check.literals) === wanted);
      if (spec.name === null && same) {
        return make('E-CHECK-PRESENT', 'present', `a check on ${fact.table} with the same values is in the dump as ${same.name}`, same.line, { kind: 'constraint', table: fact.table, name: same.name });
      }
      return make('E-CHECK-MISSING', 'missing', `${subject} is not in the dump`, null);
    }
  }
}

/** Looks for the absence of an object that a migration removed. */
export function isAbsent(fact: Fact, snapshot: SchemaSnapshot, dialect: Dialect): { absent: boolean; dumpLine: number | null } {
  const presence = (line: number | undefined) => ({ absent: line === undefined, dumpLine: line ?? null });
  switch (fact.kind) {
    case 'view':
      return presence(snapshot.views.get(fact.name)?.line);
    case 'enumType':
      return presence(snapshot.enumTypes.get(fact.name)?.line);
    case 'trigger':
      return presence(findTrigger(snapshot, fact.table, fact.name, dialect)?.line);
    case 'routine':
      return presence(findRoutine(snapshot, fact.name, fact.routine, dialect)?.line);
    case 'sequence':
      return presence(findSequence(snapshot, fact.name, dialect)?.line);
    case 'columnComment':
      // The replay records no comment removals where comments are not kept; if one came
      // here, "still there" is the answer that never lets it prove a migration ran.
      if (!dialect.showsColumnComments) return { absent: false, dumpLine: null };
      break;
    default:
      break;
  }
  const table = findTable(snapshot, fact.table, dialect);
  if (fact.kind === 'table') return presence(table?.line);
  if (table === undefined) return { absent: true, dumpLine: null };
  switch (fact.kind) {
    case 'column':
      return presence(findColumn(table, fact.name, dialect)?.line);
    case 'columnChange':
    case 'row':
      return { absent: true, dumpLine: null };
    case 'index':
      return presence(findIndex(table, fact.index.name, fact.index.kind === 'primary', dialect)?.line);
    case 'foreignKey':
      return presence(findForeignKey(table, fact.foreignKey.name, dialect)?.line);
    case 'check':
      return presence(fact.check.name === null ? undefined : findCheck(table, fact.check.name, dialect)?.line);
    case 'columnComment': {
      const column = findColumn(table, fact.column, dialect);
      return presence(column?.comment?.line);
    }
  }
}

/** The evidence code for an object that was removed as expected. */
export function goneCode(fact: Fact): EvidenceCode {
  switch (fact.kind) {
    case 'table':
      return 'E-TABLE-GONE';
    case 'column':
    case 'columnChange':
      return 'E-COLUMN-GONE';
    case 'index':
      return 'E-INDEX-GONE';
    case 'foreignKey':
      return 'E-FK-GONE';
    case 'check':
      return 'E-CHECK-GONE';
    case 'view':
      return 'E-VIEW-GONE';
    case 'trigger':
      return 'E-TRIGGER-GONE';
    case 'routine':
      return 'E-ROUTINE-GONE';
    case 'sequence':
      return 'E-SEQUENCE-GONE';
    case 'columnComment':
      return 'E-COMMENT-GONE';
    case 'enumType':
      return 'E-TYPE-GONE';
    case 'row':
      return 'E-ROW-MISSING';
  }
}

function missingCodeOf(fact: Fact): EvidenceCode {
  switch (fact.kind) {
    case 'table':
      return 'E-TABLE-MISSING';
    case 'column':
    case 'columnChange':
      return 'E-COLUMN-MISSING';
    case 'index':
      return 'E-INDEX-MISSING';
    case 'foreignKey':
      return 'E-FK-MISSING';
    case 'check':
      return 'E-CHECK-MISSING';
    case 'view':
      return 'E-VIEW-MISSING';
    case 'trigger':
      return 'E-TRIGGER-MISSING';
    case 'routine':
      return 'E-ROUTINE-MISSING';
    case 'sequence':
      return 'E-SEQUENCE-MISSING';
    case 'columnComment':
      return 'E-COMMENT-MISSING';
    case 'enumType':
      return 'E-TYPE-MISSING';
    case 'row':
      return 'E-ROW-MISSING';
  }
}

/** The stated attributes of a change that the dumped column does not have. */
function changeDifferences(change: ColumnChange, column: ColumnSnapshot, dialect: Dialect): string[] {
  const differences: string[] = [];
  if (change.type !== null && !dialect.typeMatches(change.type, column)) differences.push(`it is ${column.type}, the change makes it ${dialect.renderType(change.type)}`);
  if (change.nullable !== null && change.nullable !== column.nullable) differences.push(`it is ${column.nullable ? 'nullable' : 'NOT NULL'}, the change makes it ${change.nullable ? 'nullable' : 'NOT NULL'}`);
  if (change.default === null && column.default !== null) differences.push(`it has default ${column.default}, the change drops it`);
  // Laravel's change() (8–10 through Doctrine, 11+ natively) restates the column: without autoIncrement() the counter goes.
  if (change.autoIncrement === false && hasCounter(column, dialect.name) === true) differences.push('it fills itself from a counter, the change removes it');
  if (change.default !== null && change.default !== undefined && !dialect.defaultMatches(change.default, column)) {
    differences.push(`it has default ${column.default ?? 'none'}, the change sets ${change.default.kind === 'literal' ? JSON.stringify(change.default.value) : change.default.sql}`);
  }
  return differences;
}

function columnDrift(tableName: string, spec: NonNullable<Extract<Fact, { kind: 'column' }>['spec']>, column: ColumnSnapshot, dialect: Dialect, entry: FactEntry): Evidence[] {
  const subject = `column ${tableName}.${spec.name}`;
  const drift: Evidence[] = [];
  if (!dialect.typeMatches(spec.type, column)) {
    drift.push(driftEvidence('E-DRIFT-TYPE', subject, `is ${column.type} in the dump, the migration says ${dialect.renderType(spec.type)}`, entry, column.line));
  }
  // Primary-key columns are NOT NULL whatever the column builder said.
  if (spec.nullable !== column.nullable && !(spec.autoIncrement && !column.nullable)) {
    drift.push(driftEvidence('E-DRIFT-NULLABLE', subject, `is ${column.nullable ? 'nullable' : 'NOT NULL'} in the dump, the migration says ${spec.nullable ? 'nullable' : 'NOT NULL'}`, entry, column.line));
  }
  if (spec.default !== undefined && !spec.autoIncrement && !dialect.defaultMatches(spec.default, column)) {
    const wanted = spec.default.kind === 'literal' ? JSON.stringify(spec.default.value) : spec.default.sql;
    drift.push(driftEvidence('E-DRIFT-DEFAULT', subject, `has default ${column.default ?? 'none'} in the dump, the migration says ${wanted}`, entry, column.line));
  }
  return drift;
}

/**
 * ON DELETE/ON UPDATE actions the dumped foreign key does not share with the spec.
 * No action, RESTRICT and an unstated action all refuse the change (MySQL dumps even
 * omit RESTRICT), so they count as one; only cascade, set null and set default differ.
 */
function actionDifferences(spec: ForeignKeySpec, found: ForeignKeySnapshot): string[] {
  const differences: string[] = [];
  for (const [clause, wanted, actual] of [['ON DELETE', spec.onDelete, found.onDelete], ['ON UPDATE', spec.onUpdate, found.onUpdate]] as const) {
    if (effectiveAction(wanted) !== effectiveAction(actual)) differences.push(`is ${clause} ${effectiveAction(actual)} in the dump, the migration says ${effectiveAction(wanted)}`);
  }
  return differences;
}

function effectiveAction(action: string | null): string {
  const normal = action?.toLowerCase() ?? 'no action';
  return normal === 'restrict' ? 'no action' : normal;
}

function driftEvidence(code: EvidenceCode, subject: string, detail: string, entry: FactEntry, dumpLine: number): Evidence {
  return { code, status: 'drift', subject, detail: `${subject} ${detail}`, source: entry.at, dumpLine };
}

function checkRow(
  fact: Extract<Fact, { kind: 'row' }>,
  snapshot: SchemaSnapshot,
  make: (code: EvidenceCode, outcome: FactCheck['outcome'], detail: string, dumpLine: number | null) => FactCheck,
): FactCheck {
  const subject = `row in ${fact.table}`;
  if (!snapshot.hasData) return make('E-ROWS-UNKNOWN', 'unknown', `the dump has no table data, so the ${subject} cannot be checked`, null);
  const kept = snapshot.rows.get(fact.table);
  if (kept === undefined) return make('E-ROWS-UNKNOWN', 'unknown', `the dump holds no rows of ${fact.table}`, null);
  const found = kept.rows.find((row) => Object.entries(fact.row).every(([column, value]) => column in row.values && sameValue(value, row.values[column]!)));
  if (found) return make('E-ROW-PRESENT', 'present', `the dump holds this row of ${fact.table}`, found.line);
  if (kept.truncated) return make('E-ROWS-UNKNOWN', 'unknown', `the dump holds more rows of ${fact.table} than migstamp keeps; this one was not among them`, null);
  return make('E-ROW-MISSING', 'missing', `the dump's rows of ${fact.table} do not include this row`, null);
}

/** Compares a migration's literal with a dumped value (COPY prints booleans as t/f). */
function sameValue(expected: LiteralValue, actual: RowValue): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (typeof expected === 'boolean') {
    const truthy = ['t', 'true', '1'].includes(actual.toLowerCase());
    const falsy = ['f', 'false', '0'].includes(actual.toLowerCase());
    return expected ? truthy : falsy;
  }
  if (typeof expected === 'number') return Number(actual) === expected;
  return actual === expected;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function literalSet(literals: readonly string[]): string {
  return [...new Set(literals)].sort().join('\u0000');
}
