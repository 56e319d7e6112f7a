import type { Precondition } from '../../model/index.js';
import { type ScriptDialect, type TrackingTarget, qualifiedName } from './script-dialect.js';

/** PostgreSQL: a DO block raises before any insert when the database does not match the dump. */
export const postgresScript: ScriptDialect = {
  name: 'postgres',
  runCommand: 'psql -v ON_ERROR_STOP=1 -f FILE',
  quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
  // With standard_conforming_strings on (set by begin()), only the quote needs doubling.
  quoteLiteral: (value) => `'${value.replace(/'/g, "''")}'`,
  begin: () => ['BEGIN;', 'SET LOCAL standard_conforming_strings = on;'],
  preconditions(target, checks) {
    const body = [requireTracking(target), ...checks.map((check) => requireObject(target, check))].join('\n');
    const tag = dollarTag(body);
    const tracking = qualifiedName(this, target.schema, target.table);
    return [
      `DO ${tag}`,
      'BEGIN',
      body,
      'END',
      `${tag};`,
      // Keeps a concurrent `migrate` from writing rows while the stamps go in.
      `LOCK TABLE ${tracking} IN SHARE ROW EXCLUSIVE MODE;`,
    ];
  },
  commit: () => ['COMMIT;'],
};

const literal = (value: string) => postgresScript.quoteLiteral(value);

function regclass(schema: string | null, name: string): string {
  return `to_regclass(${literal(qualifiedName(postgresScript, schema, name))})`;
}

function raise(condition: string, message: string): string {
  return `  IF ${condition} THEN\n    RAISE EXCEPTION USING MESSAGE = ${literal(`migstamp: ${message}; this database does not match the dump, nothing was changed`)};\n  END IF;`;
}

function requireTracking(target: TrackingTarget): string {
  return raise(`${regclass(target.schema, target.table)} IS NULL`, `tracking table ${target.table} is missing`);
}

function requireObject(target: TrackingTarget, check: Precondition): string {
  const schema = target.schema;
  switch (check.kind) {
    case 'table':
      return raise(`${regclass(schema, check.table)} IS NULL`, `table ${check.table} is missing`);
    case 'view':
      return raise(`${regclass(schema, check.name)} IS NULL`, `view ${check.name} is missing`);
    case 'index':
      return raise(`${regclass(schema, check.name)} IS NULL`, `index ${check.name} is missing`);
    case 'column':
      return raise(
        `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = ${regclass(schema, check.table)} AND attname = ${literal(check.column)} AND attnum > 0 AND NOT attisdropped)`,
        `column ${check.table}.${check.column} is missing`,
      );
    case 'constraint':
      return raise(
        `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = ${regclass(schema, check.table)} AND conname = ${literal(check.name)})`,
        `constraint ${check.name} on ${check.table} is missing`,
      );
  }
}

/** A dollar-quote tag that does not occur in the body, so names in it cannot end the block. */
function dollarTag(body: string): string {
  let tag = '$migstamp$';
  for (let n = 1; body.includes(tag); n++) tag = `$migstamp${n}$`;
  return tag;
}
