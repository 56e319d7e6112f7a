/**
 * Names a Knex migration takes from the application's other modules, read
 * statically: constants, enum members, template literals of those, namespaces,
 * re-exports and helper functions whose schema calls are inlined with their
 * arguments; what is not static stays opaque with the file and line it is at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knex } from '../../../src/frameworks/knex/index.js';
import type { Operation } from '../../../src/model/index.js';

const root = mkdtempSync(join(tmpdir(), 'knex2-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The application's modules, beside the migrations folder as an app keeps them. */
const MODULES: Record<string, string> = {
  'schema-names.ts': `export const TICKETS = 'tickets';
export const PREFIX = 'hd';
export enum Tables { Notes = 'ticket_notes', Labels = 'labels' }
export enum Sizes { Short = 40, Long }
export let MUTABLE = 'changes';
export const FROM_ENV = process.env.TABLE_NAME;
`,
  'names.cjs': `const USERS = 'users';
module.exports = { USERS, TEAMS: 'teams' };
exports.IGNORED_AFTER_REASSIGN = 'x';
`,
  'db/index.js': `export { TICKETS as TICKET_TABLE } from '../schema-names';
export * from './columns';
`,
  'db/columns.js': `const AUDIT = 'audit_';
export async function addAudit(knex, table) {
  await knex.schema.alterTable(table, (t) => {
    t.string(\`\${AUDIT}by\`, 80).nullable();
  });
}
export function addFlag(t, name) {
  t.boolean(name).notNullable().defaultTo(false);
}
export async function untraceable(knex, table) {
  await knex.schema.alterTable(table, (t) => t.string(computeName()));
}
`,
};
for (const [file, text] of Object.entries(MODULES)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}
mkdirSync(join(root, 'migrations'), { recursive: true });

function read(source: string, file = 'm.ts') {
  const path = join(root, 'migrations', file);
  writeFileSync(path, source);
  return knex.analyze('m', path, source, { tablePrefix: '' });
}

function brief(op: Operation): unknown {
  switch (op.kind) {
    case 'createTable':
      return `create ${op.table}(${op.columns.map((c) => c.name).join(',')})`;
    case 'addColumn':
      return `add ${op.table}.${op.column.name}:${op.column.type.kind}${'length' in op.column.type ? `(${String(op.column.type.length)})` : ''} @${op.at.file.replace(`${root}/`, '')}:${op.at.line}`;
    case 'renameTable':
      return `rename ${op.from}->${op.to}`;
    case 'opaque':
      return `opaque @${op.at.file.replace(`${root}/`, '')}:${op.at.line}: ${op.reason}`;
    default:
      return op.kind;
  }
}

const cases: { title: string; file?: string; source: string; expected: string[] }[] = [
  {
    title: 'a const string imported by name from a TypeScript module',
    source: `import { TICKETS } from '../schema-names';
export async function up(knex) { await knex.schema.createTable(TICKETS, (t) => { t.increments(); }); }`,
    expected: ['create tickets(id)'],
  },
  {
    title: 'CommonJS require with destructuring and an alias, of module.exports = { … }',
    file: 'm.js',
    source: `const { USERS, TEAMS: T } = require('../names.cjs');
exports.up = (knex) => knex.schema.renameTable(USERS, T);`,
    expected: ['rename users->teams'],
  },
  {
    title: 'a whole module by require(), read as an object',
    file: 'm.js',
    source: `const names = require('../names.cjs');
exports.up = (knex) => knex.schema.renameTable(names.TEAMS, names.USERS);`,
    expected: ['rename teams->users'],
  },
  {
    title: 'enum members, string and auto-numbered, and a template literal of imported constants',
    source: `import { PREFIX, Sizes, Tables } from '../schema-names';
export async function up(knex) {
  await knex.schema.createTable(\`\${PREFIX}_\${Tables.Notes}\`, (t) => { t.increments(); });
  await knex.schema.alterTable(Tables.Labels, (t) => { t.string('name', Sizes.Long); });
}`,
    expected: ['create hd_ticket_notes(id)', 'add labels.name:string(41) @migrations/m.ts:4'],
  },
  {
    title: 'a namespace import, and a re-export through an index module with a new name',
    source: `import * as names from '../schema-names';
import { TICKET_TABLE } from '../db';
export async function up(knex) { await knex.schema.renameTable(names.TICKETS, TICKET_TABLE + '_old'); }`,
    expected: ['rename tickets->tickets_old'],
  },
  {
    title: "an imported helper's schema calls, with its parameters bound to the call's literal arguments and its own module's constants",
    source: `import { addAudit, addFlag } from '../db';
import { TICKETS } from '../schema-names';
export async function up(knex) {
  await addAudit(knex, TICKETS);
  await knex.schema.alterTable('users', (t) => { addFlag(t, 'is_admin'); });
}`,
    expected: ['add tickets.audit_by:string(80) @db/columns.js:4', 'add users.is_admin:boolean @db/columns.js:8'],
  },
  {
    title: "what the helper cannot tell is opaque at the helper's file and line",
    source: `import { untraceable } from '../db/columns';
export async function up(knex) { await untraceable(knex, 'tickets'); }`,
    expected: ['opaque @db/columns.js:11: string() column name is not a literal'],
  },
  {
    title: 'a package import, a let and a value from the environment stay opaque at their line',
    source: `import { TABLE } from 'some-package';
import { MUTABLE, FROM_ENV } from '../schema-names';
export async function up(knex) {
  await knex.schema.dropTable(TABLE);
  await knex.schema.dropTable(MUTABLE);
  await knex.schema.dropTable(FROM_ENV);
}`,
    expected: [
      'opaque @migrations/m.ts:4: dropTable() table name is not a literal',
      'opaque @migrations/m.ts:5: dropTable() table name is not a literal',
      'opaque @migrations/m.ts:6: dropTable() table name is not a literal',
    ],
  },
  {
    title: 'a missing module is nothing, not an error',
    source: `import { GONE } from '../not-there';
export async function up(knex) { await knex.schema.dropTable(GONE); }`,
    expected: ['opaque @migrations/m.ts:2: dropTable() table name is not a literal'],
  },
];

describe('Knex reader: names and helpers from imported modules', () => {
  it.each(cases)('$title', ({ source, file, expected }) => {
    const migration = read(source, file);
    expect(migration.error).toBeNull();
    expect(migration.operations.map(brief)).toEqual(expected);
  });
});
