import type { Precondition } from '../../model/index.js';
import { type ScriptDialect, type TrackingTarget, commentText, qualifiedName } from './script-dialect.js';

/**
 * PostgreSQL: a DO block lists every object the stamps rely on, one row each,
 * and raises before any insert when some are missing, naming them all.
 */
export const postgresScript: ScriptDialect = {
  name: 'postgres',
  runCommand: 'psql -v ON_ERROR_STOP=1 -f FILE',
  constantsFrom: '',
  quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
  // With standard_conforming_strings on (set by begin()), only the quote needs doubling.
  quoteLiteral: (value) => `'${value.replace(/'/g, "''")}'`,
  booleanLiteral: (value) => (value ? 'TRUE' : 'FALSE'),
  begin: () => ['BEGIN;', 'SET LOCAL standard_conforming_strings = on;'],
  preconditions(target, checks) {
    const rows = [trackingRow(target), ...checks.map((check) => expectedRow(target, check))];
    const body = [
      'DECLARE',
      '  missing text;',
      'BEGIN',
      '  SELECT string_agg(expected.label, \', \' ORDER BY expected.n) INTO missing',
      '  FROM (VALUES',
      rows.map((row, n) => `    (${n + 1}, ${row})`).join(',\n'),
      '  ) AS expected(n, kind, relation, name, label)',
      '  WHERE NOT CASE expected.kind',
      "    WHEN 'relation' THEN to_regclass(expected.relation) IS NOT NULL",
      "    WHEN 'column' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass(expected.relation) AND a.attname = expected.name AND a.attnum > 0 AND NOT a.attisdropped)",
      "    WHEN 'constraint' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conrelid = to_regclass(expected.relation) AND c.conname = expected.name)",
      "    WHEN 'trigger' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = to_regclass(expected.relation) AND t.tgname = expected.name)",
      // For routines `relation` is the schema; prokind f is a function, a and w aggregate and window functions, p a procedure.
      "    WHEN 'function' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name AND p.prokind <> 'p')",
      "    WHEN 'procedure' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name AND p.prokind = 'p')",
      "    WHEN 'routine' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name)",
      '  END;',
      '  IF missing IS NOT NULL THEN',
      `    RAISE EXCEPTION USING MESSAGE = 'migstamp: this database does not match the dump, nothing was changed; missing: ' || missing;`,
      '  END IF;',
      'END',
    ].join('\n');
    const tag = dollarTag(body);
    return [
      `DO ${tag}`,
      body,
      `${tag};`,
      // Keeps a concurrent `migrate` from writing rows while the stamps go in.
      `LOCK TABLE ${qualifiedName(this, target.schema, target.table)} IN SHARE ROW EXCLUSIVE MODE;`,
    ];
  },
  commit: () => ['COMMIT;'],
  idCounter(target, seen) {
    const table = qualifiedName(this, target.schema, target.table);
    const id = this.quoteIdentifier(target.idColumn!);
    const body = [
      'DECLARE',
      `  seq text := pg_catalog.pg_get_serial_sequence(${literal(table)}, ${literal(target.idColumn!)});`,
      '  top bigint;',
      '  step bigint;',
      '  next_id bigint;',
      'BEGIN',
      '  IF seq IS NULL THEN',
      '    RETURN;',
      '  END IF;',
      `  SELECT max(${id}) INTO top FROM ${table};`,
      "  EXECUTE format('SELECT CASE WHEN s.is_called THEN s.last_value + p.seqincrement ELSE s.last_value END, p.seqincrement FROM %s s, pg_catalog.pg_sequence p WHERE p.seqrelid = %L::regclass', seq, seq) INTO next_id, step;",
      '  IF step > 0 AND top >= next_id THEN',
      '    PERFORM pg_catalog.setval(seq, top);',
      "    RAISE NOTICE 'migstamp: moved sequence % from % to %, past the highest id of the tracking table', seq, next_id, top + step;",
      '  END IF;',
      'END',
    ].join('\n');
    const tag = dollarTag(body);
    return [
      '-- The id sequence of the tracking table may be behind its rows (rows restored or re-inserted',
      '-- with explicit ids, as after schema:dump): its next value would be an id already taken, and',
      '-- the INSERTs below would fail with a duplicate key. Move it past the highest id; it never',
      '-- moves back. A sequence change outlives a rollback, which only skips ids.',
      ...(seen === null ? [] : [commentText(`-- In the dump: ${seen}.`)]),
      `DO ${tag}`,
      body,
      `${tag};`,
    ];
  },
};

const literal = (value: string) => postgresScript.quoteLiteral(value);

function row(kind: 'relation' | 'column' | 'constraint' | 'trigger', schema: string | null, relation: string, name: string | null, label: string): string {
  return [literal(kind), literal(qualifiedName(postgresScript, schema, relation)), name === null ? 'NULL' : literal(name), literal(label)].join(', ');
}

/** A function or procedure of the schema (`relation` holds the schema's quoted name). */
function routineRow(schema: string | null, name: string, routine: 'function' | 'procedure' | null): string {
  return [literal(routine ?? 'routine'), literal(postgresScript.quoteIdentifier(schema ?? 'public')), literal(name), literal(`${routine ?? 'routine'} ${name}`)].join(', ');
}

function trackingRow(target: TrackingTarget): string {
  return row('relation', target.schema, target.table, null, `tracking table ${target.table}`);
}

function expectedRow(target: TrackingTarget, check: Precondition): string {
  const schema = target.objectsSchema === undefined ? target.schema : target.objectsSchema;
  switch (check.kind) {
    case 'table':
      return row('relation', schema, check.table, null, `table ${check.table}`);
    case 'view':
      return row('relation', schema, check.name, null, `view ${check.name}`);
    case 'index':
      return row('relation', schema, check.name, null, `index ${check.name}`);
    case 'column':
      return row('column', schema, check.table, check.column, `column ${check.table}.${check.column}`);
    case 'constraint':
      return row('constraint', schema, check.table, check.name, `constraint ${check.name} on ${check.table}`);
    case 'trigger':
      return row('trigger', schema, check.table, check.name, `trigger ${check.name} on ${check.table}`);
    case 'routine':
      return routineRow(schema, check.name, check.routine);
    case 'sequence':
      return row('relation', schema, check.name, null, `sequence ${check.name}`);
  }
}

/** A dollar-quote tag that does not occur in the body, so names in it cannot end the block. */
function dollarTag(body: string): string {
  let tag = '$migstamp$';
  for (let n = 1; body.includes(tag); n++) tag = `$migstamp${n}$`;
  return tag;
}
