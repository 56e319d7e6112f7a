import { describe, expect, it } from 'vitest';
import type { Guard, Operation } from '../../../src/model/index.js';
import { analyzeMigration } from '../../../src/frameworks/sequelize/sequelize-adapter.js';
import type { ModuleLoader } from '../../../src/frameworks/sequelize/module-scope.js';

/** The app's modules beside `/app/migrations/`, as the loader would read them from disk. */
const MODULES: Record<string, string> = {
  '/app/schema-names.js': "'use strict';\nconst PREFIX = 'app';\nmodule.exports = { TICKETS: 'Tickets', PREFIX, LENGTH: 80, ARCHIVE: `${PREFIX}_archive` };\n",
  '/app/names.ts': "export enum Tables { Tickets = 'Tickets', Notes = 'Notes' }\nexport enum Level { Low, High }\nexport const NOTE_COLUMN = 'body';\n",
  '/app/lib/helpers.js': [
    "'use strict';",
    "const { TICKETS } = require('../schema-names');",
    'async function addAudit(queryInterface, Sequelize, table) {',
    "  await queryInterface.addColumn(table, 'auditedBy', { type: Sequelize.STRING(40), allowNull: true });",
    "  await queryInterface.addIndex(table, ['auditedBy']);",
    '}',
    'const dropTickets = (queryInterface) => queryInterface.dropTable(TICKETS);',
    'module.exports = { addAudit, dropTickets };',
    '',
  ].join('\n'),
};

const loader: ModuleLoader = (from, specifier) => {
  const base = new URL(specifier, `file://${from}`).pathname;
  for (const file of [base, `${base}.js`, `${base}.ts`]) if (MODULES[file] !== undefined) return { file, source: MODULES[file]! };
  return null;
};

function read(prelude: string, body: string): Operation[] {
  const source = `'use strict';\n${prelude}\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n${body}\n  },\n};\n`;
  const migration = analyzeMigration('20240101000000-x.js', '/app/migrations/20240101000000-x.js', source, loader);
  expect(migration.error).toBeNull();
  return [...migration.operations];
}

describe('names and helpers from other modules of the app', () => {
  it.each<[string, string, string, Record<string, unknown>]>([
    ['a const string through require destructuring', "const { TICKETS } = require('../schema-names');", "await queryInterface.dropTable(TICKETS);", { kind: 'dropTable', table: 'Tickets' }],
    ['a const through require(...).NAME', "const TICKETS = require('../schema-names.js').TICKETS;", 'await queryInterface.dropTable(TICKETS);', { kind: 'dropTable', table: 'Tickets' }],
    ['a module object member', "const names = require('../schema-names');", 'await queryInterface.dropTable(names.ARCHIVE);', { kind: 'dropTable', table: 'app_archive' }],
    ['a const number', "const { LENGTH } = require('../schema-names');", "await queryInterface.addColumn('t', 'c', Sequelize.STRING(LENGTH));", { kind: 'addColumn', column: { name: 'c', type: { kind: 'string', length: 80 } } }],
    ['a template literal of imported constants', "const { PREFIX, TICKETS } = require('../schema-names');", 'await queryInterface.dropTable(`${PREFIX}_${TICKETS}_${1}`);', { kind: 'dropTable', table: 'app_Tickets_1' }],
    ['an enum member through an ES import', "import { Tables } from '../names';", 'await queryInterface.dropTable(Tables.Notes);', { kind: 'dropTable', table: 'Notes' }],
    ['a numeric enum member counts as TypeScript does', "import * as names from '../names';", "await queryInterface.dropTable(`level_${names.Level.High}`);", { kind: 'dropTable', table: 'level_1' }],
    ['an exported const through an aliased import', "import { NOTE_COLUMN as COLUMN } from '../names';", "await queryInterface.removeColumn('Notes', COLUMN);", { kind: 'dropColumn', table: 'Notes', column: 'body' }],
    ['a local const of a frozen object', "const T = Object.freeze({ name: 'Frozen' });", 'await queryInterface.dropTable(T.name);', { kind: 'dropTable', table: 'Frozen' }],
  ])('%s', (_title, prelude, body, expected) => {
    expect(read(prelude, body)).toMatchObject([expected]);
  });

  it('a helper imported from another module is read with its parameters bound to the call’s arguments, at its own file and line', () => {
    const list = read("const { addAudit, dropTickets } = require('../lib/helpers');", "await addAudit(queryInterface, Sequelize, 'Orders');\nawait dropTickets(queryInterface);");
    expect(list).toMatchObject([
      { kind: 'addColumn', table: 'Orders', column: { name: 'auditedBy' }, at: { file: '/app/lib/helpers.js', line: 4 } },
      { kind: 'addIndex', table: 'Orders', index: { columns: ['auditedBy'] }, at: { file: '/app/lib/helpers.js', line: 5 } },
      { kind: 'dropTable', table: 'Tickets', at: { file: '/app/lib/helpers.js', line: 7 } },
    ]);
  });

  it('a helper declared in the migration is read the same way', () => {
    const list = read("async function widen(qi, S, table) { await qi.changeColumn(table, 'title', { type: S.STRING(300) }); }", "await widen(queryInterface, Sequelize, 'Posts');");
    expect(list).toMatchObject([{ kind: 'changeColumn', table: 'Posts', column: { name: 'title' } }]);
  });

  it.each<[string, string, string, RegExp, number]>([
    ['a helper called with a value known only at run time', "const { addAudit } = require('../lib/helpers');", 'await addAudit(queryInterface, Sequelize, process.env.TABLE);', /addIndex\(\): its table/, 5],
    ['a module that is not there', "const { TICKETS } = require('../missing');", 'await queryInterface.dropTable(TICKETS);', /table name/, 5],
    ['a package, which is never read', "const { TICKETS } = require('names-package');", 'await queryInterface.dropTable(TICKETS);', /table name/, 5],
    ['a helper that calls itself', 'function again(qi) { return again(qi); }', 'await again(queryInterface);', /too deeply/, 2],
  ])('%s stays opaque, with file:line', (_title, prelude, body, reason, line) => {
    const list = read(prelude, body);
    expect(list.at(-1)).toMatchObject({ kind: 'opaque', reason: expect.stringMatching(reason), at: { line } });
  });
});

describe('guards on what the schema holds', () => {
  it.each<[string, string, Guard]>([
    ['tableExists', "if (!(await queryInterface.tableExists('Tags'))) { await queryInterface.dropTable('x'); }", { kind: 'tableExists', table: 'Tags', negated: true }],
    ['a describeTable member', "const columns = await queryInterface.describeTable('Users');\nif (!columns.nickname) { await queryInterface.dropTable('x'); }", { kind: 'columnExists', table: 'Users', column: 'nickname', negated: true }],
    ['an element of describeTable', "const columns = await queryInterface.describeTable('Users');\nif (columns['nickname']) { await queryInterface.dropTable('x'); }", { kind: 'columnExists', table: 'Users', column: 'nickname', negated: false }],
    ["'c' in describeTable", "const columns = await queryInterface.describeTable('Users');\nif (!('nickname' in columns)) { await queryInterface.dropTable('x'); }", { kind: 'columnExists', table: 'Users', column: 'nickname', negated: true }],
    ['getDialect() kept in a constant', "const dialect = queryInterface.sequelize.getDialect();\nif (dialect !== 'sqlite') { await queryInterface.dropTable('x'); }", { kind: 'engine', engines: ['sqlite'], negated: true }],
    ['either of two dialects', "const dialect = queryInterface.sequelize.getDialect();\nif (dialect === 'mysql' || dialect === 'postgres') { await queryInterface.dropTable('x'); }", { kind: 'engine', engines: ['mysql', 'postgres'], negated: false }],
    ['anything else', "if (!(await isReady())) { await queryInterface.dropTable('x'); }", { kind: 'unknown', text: '!(await isReady())' }],
  ])('%s', (_title, body, guard) => {
    expect(read('', body).map((op) => op.guards)).toEqual([[guard]]);
  });
});
