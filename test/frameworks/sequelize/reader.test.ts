import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/model/index.js';
import { sequelize } from '../../../src/frameworks/sequelize/index.js';

/** Reads `body` as the inside of sequelize-cli's `async up(queryInterface, Sequelize) {…}`. */
function ops(body: string, prelude = ''): Operation[] {
  const source = `'use strict';\n${prelude}\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n${body}\n  },\n};\n`;
  const migration = sequelize.analyze('20240101000000-x.js', 'm/20240101000000-x.js', source, { tablePrefix: '' });
  expect(migration.error).toBeNull();
  return [...migration.operations];
}

const unguarded = (list: Operation[]): Operation[] => list.filter((op) => op.guards.length === 0);
const on = (list: Operation[], engine: string): Operation[] => list.filter((op) => op.guards.some((g) => g.kind === 'engine' && g.engines.includes(engine as never)));

describe('files, names and rows', () => {
  it.each([
    ['migrations/20240101000000-create-users.js', '20240101000000-create-users.js'],
    ['20240101-x.cjs', '20240101-x.cjs'],
    ['20240101-x.ts', '20240101-x.ts'],
    ['20240101-x.d.ts', null],
    ['20240101-x.mjs', null],
    ['README.md', null],
    ['.hidden.js', null],
  ])('%s → %s', (file, name) => {
    expect(sequelize.migrationName(file)).toBe(name);
  });

  it('sorts as umzug does (JavaScript string order) and writes SequelizeMeta(name) rows without batches', () => {
    expect(['b.js', 'B.js', 'a.js'].sort(sequelize.compareNames)).toEqual(['B.js', 'a.js', 'b.js']);
    expect(sequelize.tracking.table).toBe('SequelizeMeta');
    expect(sequelize.tracking.batches).toBe(false);
    expect(sequelize.tracking.idColumn).toBeNull();
    expect(sequelize.tracking.rowFor('1-x.js', 9)).toEqual([{ column: 'name', value: { kind: 'text', value: '1-x.js' } }]);
    expect(sequelize.orphanRows).toBe('ignored');
    expect(sequelize.runsEachMigrationInTransaction('postgres')).toBe(false);
  });
});

describe('up() forms', () => {
  const create = "queryInterface.createTable('t', { id: Sequelize.INTEGER })";
  it.each([
    ['method', `module.exports = { async up(queryInterface, Sequelize) { await ${create}; } };`],
    ['arrow returning a promise', `module.exports = { up: (queryInterface, Sequelize) => ${create} };`],
    ['then chain', `module.exports = { up: (qi, S) => qi.createTable('a', { id: S.INTEGER }).then(() => qi.createTable('t', { id: S.INTEGER })) };`],
    ['exports.up', `exports.up = async (queryInterface, Sequelize) => { await ${create}; };`],
    ['umzug context', `const { DataTypes: Sequelize } = require('sequelize');\nexport const up = async ({ context: queryInterface }) => { await ${create}; };`],
    ['export default', `import { DataTypes as Sequelize } from 'sequelize';\nexport default { async up({ context: queryInterface }) { await ${create}; } };`],
  ])('%s', (_title, source) => {
    const migration = sequelize.analyze('1-x.js', '1-x.js', source, { tablePrefix: '' });
    expect(migration.error).toBeNull();
    expect(migration.operations.at(-1)).toMatchObject({ kind: 'createTable', table: 't', columns: [{ name: 'id', type: { kind: 'integer', bytes: 4 } }] });
  });

  it('a file without up() is an error, not a crash', () => {
    expect(sequelize.analyze('1-x.js', '1-x.js', 'module.exports = {};', { tablePrefix: '' }).error?.code).toBe('E-NO-UP');
    expect(sequelize.analyze('1-x.js', '1-x.js', 'module.exports = {', { tablePrefix: '' }).error?.code).toBe('E-JS-SYNTAX');
  });
});

describe('data types', () => {
  it.each([
    ['Sequelize.STRING', { kind: 'string', length: 255, fixed: false }],
    ['Sequelize.STRING(40)', { kind: 'string', length: 40, fixed: false }],
    ['Sequelize.CHAR(2)', { kind: 'string', length: 2, fixed: true }],
    ['Sequelize.TEXT', { kind: 'text', size: 'normal' }],
    ["Sequelize.TEXT('long')", { kind: 'text', size: 'long' }],
    ['Sequelize.BIGINT', { kind: 'integer', bytes: 8, unsigned: false }],
    ['Sequelize.INTEGER.UNSIGNED', { kind: 'integer', bytes: 4, unsigned: true }],
    ['Sequelize.BOOLEAN', { kind: 'boolean' }],
    ['Sequelize.DATE', { kind: 'timestamp', precision: null, timezone: true }],
    ['Sequelize.DATEONLY', { kind: 'date' }],
    ['Sequelize.DECIMAL(10, 2)', { kind: 'decimal', precision: 10, scale: 2, unsigned: false }],
    ['Sequelize.DOUBLE', { kind: 'float', bits: 53 }],
    ['Sequelize.UUID', { kind: 'uuid' }],
    ['Sequelize.JSONB', { kind: 'json', binary: true }],
    ['Sequelize.DataTypes.JSON', { kind: 'json', binary: false }],
  ])('%s', (type, expected) => {
    expect(ops(`await queryInterface.addColumn('t', 'c', ${type});`)).toMatchObject([{ kind: 'addColumn', column: { type: expected } }]);
  });

  it('an ENUM is its own type per engine', () => {
    const list = ops("await queryInterface.addColumn('t', 's', { type: Sequelize.ENUM('a', 'b') });");
    expect(unguarded(list)).toEqual([]);
    expect(on(list, 'postgres')).toMatchObject([{ kind: 'createEnumType', name: 'enum_t_s', values: ['a', 'b'] }, { kind: 'addColumn', column: { type: { kind: 'raw', sql: 'public.enum_t_s' } } }]);
    expect(on(list, 'mysql')).toMatchObject([{ kind: 'addColumn', column: { type: { kind: 'enum', values: ['a', 'b'] } } }]);
    expect(on(list, 'sqlite')).toMatchObject([{ kind: 'addColumn', column: { type: { kind: 'text' } } }]);
  });

  it.each([
    ["'x'", { kind: 'literal', value: 'x' }],
    ['false', { kind: 'literal', value: false }],
    ["Sequelize.literal('CURRENT_TIMESTAMP')", { kind: 'expression', sql: 'CURRENT_TIMESTAMP' }],
    ["Sequelize.fn('now')", { kind: 'expression', sql: 'now()' }],
    // NOW and UUIDV4 are filled in by Sequelize in JavaScript, never written to the schema.
    ['Sequelize.NOW', undefined],
    ['Sequelize.UUIDV4', undefined],
  ])('default %s', (value, expected) => {
    const [op] = ops(`await queryInterface.addColumn('t', 'c', { type: Sequelize.STRING, defaultValue: ${value} });`);
    expect(op).toMatchObject({ kind: 'addColumn' });
    expect(op?.kind === 'addColumn' ? op.column.default : 'none').toEqual(expected);
  });
});

describe('query interface calls', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['dropTable', "queryInterface.dropTable('t')", { kind: 'dropTable', table: 't', ifExists: true }],
    ['renameTable', "queryInterface.renameTable('a', 'b')", { kind: 'renameTable', from: 'a', to: 'b' }],
    ['removeColumn', "queryInterface.removeColumn('t', 'c')", { kind: 'dropColumn', table: 't', column: 'c' }],
    ['renameColumn', "queryInterface.renameColumn('t', 'a', 'b')", { kind: 'renameColumn', table: 't', from: 'a', to: 'b' }],
    ['changeColumn', "queryInterface.changeColumn('t', 'c', { type: Sequelize.STRING(9), allowNull: false })", { kind: 'changeColumn', column: { name: 'c', type: { kind: 'string', length: 9 }, nullable: false } }],
    ['addIndex unnamed', "queryInterface.addIndex('Posts', ['userId', 'createdAt'])", { kind: 'addIndex', index: { name: 'posts_user_id_created_at', kind: 'index', columns: ['userId', 'createdAt'] } }],
    ['addIndex options', "queryInterface.addIndex('t', { fields: ['a'], unique: true, name: 'u' })", { kind: 'addIndex', index: { name: 'u', kind: 'unique' } }],
    ['addIndex fields and options', "queryInterface.addIndex('t', ['a'], { type: 'FULLTEXT' })", { kind: 'addIndex', index: { name: 't_a', kind: 'fulltext' } }],
    ['removeIndex by fields', "queryInterface.removeIndex('Posts', ['userId'])", { kind: 'dropIndex', name: 'posts_user_id' }],
    ['unique constraint', "queryInterface.addConstraint('t', { type: 'unique', fields: ['a', 'b'] })", { kind: 'addIndex', index: { name: 't_a_b_uk', kind: 'unique' } }],
    [
      'foreign key constraint',
      "queryInterface.addConstraint('Users', { type: 'foreign key', fields: ['roleId'], references: { table: 'Roles', field: 'id' }, onDelete: 'cascade' })",
      { kind: 'addForeignKey', foreignKey: { name: 'Users_roleId_Roles_fk', refTable: 'Roles', refColumns: ['id'], onDelete: 'CASCADE' } },
    ],
    ['removeConstraint', "queryInterface.removeConstraint('Users', 'Users_roleId_Roles_fk')", { kind: 'dropForeignKey', name: 'Users_roleId_Roles_fk' }],
    ['raw SQL', "queryInterface.sequelize.query('CREATE INDEX i ON t (a)', { transaction })", { kind: 'rawSql', sql: 'CREATE INDEX i ON t (a)' }],
    ['bulkInsert', "queryInterface.bulkInsert('r', [{ name: 'a', at: new Date() }])", { kind: 'insertRows', table: 'r', rows: [{ name: 'a' }] }],
    ['bulkUpdate', "queryInterface.bulkUpdate('r', { a: 1 }, { id: 2 })", { kind: 'dataChange', table: 'r' }],
    ['bulkDelete', "queryInterface.bulkDelete('r', null, {})", { kind: 'dataChange', table: 'r' }],
    ['dynamic SQL', 'queryInterface.sequelize.query(makeSql())', { kind: 'opaque' }],
    ['unknown helper', 'helper(queryInterface)', { kind: 'opaque' }],
  ])('%s', (_title, call, expected) => {
    expect(ops(`const transaction = undefined;\nawait ${call};`)).toMatchObject([expected]);
  });

  it('changeColumn with references also adds the foreign key PostgreSQL names (found on outline)', () => {
    const list = ops("await queryInterface.changeColumn('webhook_subscriptions', 'teamId', { type: Sequelize.UUID, allowNull: false, onDelete: 'cascade', references: { model: 'teams' } });");
    expect(list.map((op) => op.kind)).toEqual(['changeColumn', 'addForeignKey']);
    expect(list[1]).toMatchObject({ kind: 'addForeignKey', table: 'webhook_subscriptions', foreignKey: { name: 'webhook_subscriptions_teamId_fkey', columns: ['teamId'], refTable: 'teams' }, guards: [{ kind: 'engine', engines: ['postgres'] }] });
  });

  it('createTable: primary key, and the engine-named unique key and foreign key per engine', () => {
    const list = ops(
      "await queryInterface.createTable('Posts', { id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true }, slug: { type: Sequelize.STRING, unique: true }, userId: { type: Sequelize.INTEGER, references: { model: 'Users', key: 'id' }, onDelete: 'CASCADE' } });",
    );
    expect(unguarded(list)).toMatchObject([{ kind: 'createTable', table: 'Posts', ifNotExists: true, indexes: [{ kind: 'primary', columns: ['id'] }], columns: [{ name: 'id', nullable: false, autoIncrement: true }, { name: 'slug', nullable: true }, { name: 'userId' }] }]);
    expect(on(list, 'postgres')).toMatchObject([{ kind: 'addIndex', index: { name: 'Posts_slug_key' } }, { kind: 'addForeignKey', foreignKey: { name: 'Posts_userId_fkey', refTable: 'Users', onDelete: 'CASCADE' } }]);
    expect(on(list, 'mysql')).toMatchObject([{ kind: 'addIndex', index: { name: 'slug' } }, { kind: 'addForeignKey', foreignKey: { name: 'Posts_ibfk_1' } }]);
    expect(on(list, 'sqlite')).toEqual([]);
  });
});

describe('statements', () => {
  it('constants, template literals and loops over literal lists are resolved', () => {
    const list = ops("for (const c of COLUMNS) { await queryInterface.addColumn(`${PREFIX}_t`, c, Sequelize.TEXT); }", "const COLUMNS = ['a', 'b'];\nconst PREFIX = 'app';");
    expect(list).toMatchObject([{ kind: 'addColumn', table: 'app_t', column: { name: 'a' } }, { kind: 'addColumn', table: 'app_t', column: { name: 'b' } }]);
  });

  it('Promise.all over a mapped literal list', () => {
    expect(ops("await Promise.all(['a', 'b'].map((c) => queryInterface.removeColumn('t', c)));")).toMatchObject([{ kind: 'dropColumn', column: 'a' }, { kind: 'dropColumn', column: 'b' }]);
  });

  it('a loop over something not literal is opaque, with its line', () => {
    expect(ops('for (const c of await load()) { await queryInterface.removeColumn(\'t\', c); }')).toMatchObject([{ kind: 'opaque', at: { line: 5 } }]);
  });

  it('managed and unmanaged transactions are read through', () => {
    const managed = ops("await queryInterface.sequelize.transaction(async (t) => { await queryInterface.addColumn('t', 'a', Sequelize.TEXT, { transaction: t }); });");
    const unmanaged = ops("const t = await queryInterface.sequelize.transaction();\ntry { await queryInterface.addColumn('t', 'a', Sequelize.TEXT, { transaction: t }); await t.commit(); } catch (e) { await t.rollback(); throw e; }");
    expect(managed).toMatchObject([{ kind: 'addColumn', column: { name: 'a' } }]);
    expect(unmanaged).toMatchObject([{ kind: 'addColumn', column: { name: 'a' } }]);
  });

  it('a branch on getDialect() is an engine guard; other conditions are unknown guards', () => {
    const list = ops("if (queryInterface.sequelize.getDialect() === 'postgres') { await queryInterface.sequelize.query('CREATE EXTENSION x'); } else { await queryInterface.addColumn('t', 'a', Sequelize.TEXT); }\nif (process.env.X) await queryInterface.dropTable('y');");
    expect(list.map((op) => op.guards)).toEqual([[{ kind: 'engine', engines: ['postgres'], negated: false }], [{ kind: 'engine', engines: ['postgres'], negated: true }], [{ kind: 'unknown', text: 'process.env.X' }]]);
  });

  it('a throw is opaque: the migration never completes', () => {
    expect(ops("await queryInterface.addColumn('t', 'a', Sequelize.TEXT);\nthrow new Error('no');")).toMatchObject([{ kind: 'addColumn' }, { kind: 'opaque', reason: expect.stringContaining('throws') }]);
  });
});
