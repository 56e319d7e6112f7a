/**
 * The Knex reader, case by case: a migration's source in, the operations it makes
 * (kind and the fields that matter) out.
 */
import { describe, expect, it } from 'vitest';
import { knex } from '../../../src/frameworks/knex/index.js';
import type { Operation } from '../../../src/model/index.js';

function read(source: string, file = 'm.js') {
  return knex.analyze('m', file, source, { tablePrefix: '' });
}

/** An operation without its location, and a createTable reduced to names. */
function brief(op: Operation): unknown {
  const guards = op.guards.length === 0 ? {} : { guards: op.guards };
  switch (op.kind) {
    case 'createTable':
      return { kind: op.kind, table: op.table, columns: op.columns.map((c) => `${c.name}:${c.type.kind}${c.nullable ? '?' : ''}`), indexes: op.indexes.map((i) => `${i.kind}:${i.name}`), foreignKeys: op.foreignKeys.map((f) => `${f.name}->${f.refTable}(${f.refColumns.join(',')})${f.onDelete ? ` ${f.onDelete}` : ''}`), ...guards };
    case 'addColumn':
      return { kind: op.kind, table: op.table, column: `${op.column.name}:${op.column.type.kind}${op.column.nullable ? '?' : ''}`, default: op.column.default, ...guards };
    case 'addIndex':
      return { kind: op.kind, table: op.table, index: `${op.index.kind}:${op.index.name}(${op.index.columns.join(',')})`, ...guards };
    case 'addForeignKey':
      return { kind: op.kind, table: op.table, name: op.foreignKey.name, ...guards };
    case 'opaque':
      return { kind: op.kind, reason: op.reason, line: op.at.line };
    default: {
      const { at: _at, guards: _guards, ...rest } = op;
      return { ...rest, ...guards };
    }
  }
}

const cases: { title: string; file?: string; source: string; expected: unknown[] }[] = [
  {
    title: 'exports.up returning a createTable chain, with default index and key names',
    source: `exports.up = function (knex) {
      return knex.schema.createTable('posts', function (t) {
        t.increments();
        t.integer('user_id').unsigned().references('users.id').onDelete('CASCADE');
        t.string('slug').notNullable().unique();
        t.index(['user_id', 'slug']);
      });
    };`,
    expected: [
      {
        kind: 'createTable',
        table: 'posts',
        columns: ['id:integer', 'user_id:integer?', 'slug:string'],
        indexes: ['primary:posts_pkey', 'unique:posts_slug_unique', 'index:posts_user_id_slug_index'],
        foreignKeys: ['posts_user_id_foreign->users(id) cascade'],
      },
    ],
  },
  {
    title: 'module.exports = { up } with awaited statements in sequence',
    file: 'm.cjs',
    source: `async function up(knex) {
      await knex.schema.renameTable('a', 'b');
      await knex.schema.table('b', (t) => { t.renameColumn('x', 'y'); t.dropColumn('z'); });
      await knex.schema.dropTableIfExists('c');
    }
    module.exports = { up, down: async () => {} };`,
    expected: [
      { kind: 'renameTable', from: 'a', to: 'b' },
      { kind: 'renameColumn', table: 'b', from: 'x', to: 'y' },
      { kind: 'dropColumn', table: 'b', column: 'z' },
      { kind: 'dropTable', table: 'c', ifExists: true },
    ],
  },
  {
    title: 'export async function up in TypeScript, constants and template literals',
    file: 'm.ts',
    source: `import type { Knex } from 'knex';
    const BASE = 'audit';
    export async function up(knex: Knex): Promise<void> {
      await knex.schema.alterTable(\`\${BASE}_log\`, (t) => { t.timestamp('seen_at').defaultTo(knex.fn.now()); });
    }`,
    expected: [{ kind: 'addColumn', table: 'audit_log', column: 'seen_at:timestamp?', default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } }],
  },
  {
    title: 'an alter table runs added columns first, then the alterTable group in call order',
    source: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
      t.dropForeign('team_id');
      t.string('phone', 40);
      t.dropUnique(['email']);
    });`,
    expected: [
      { kind: 'addColumn', table: 'users', column: 'phone:string?', default: undefined },
      { kind: 'dropForeignKey', table: 'users', name: 'users_team_id_foreign' },
      { kind: 'dropIndex', table: 'users', name: 'users_email_unique', indexKind: 'unique' },
    ],
  },
  {
    title: 'alter() is a change that restates type, nullability and default',
    source: `exports.up = (knex) => knex.schema.alterTable('t', (t) => { t.string('s', 500).notNullable().alter(); });`,
    expected: [{ kind: 'changeColumn', table: 't', column: { name: 's', type: { kind: 'string', length: 500, fixed: false }, nullable: false, default: null, autoIncrement: null, at: { file: 'm.js', line: 1 } } }],
  },
  {
    title: 'a hasTable guard, negated',
    source: `exports.up = async (knex) => {
      if (!(await knex.schema.hasTable('settings'))) {
        await knex.schema.createTable('settings', (t) => { t.string('key').primary(); });
      }
    };`,
    expected: [{ kind: 'createTable', table: 'settings', columns: ['key:string'], indexes: ['primary:settings_pkey'], foreignKeys: [], guards: [{ kind: 'tableExists', table: 'settings', negated: true }] }],
  },
  {
    title: 'hasColumn answered through .then((exists) => …)',
    source: `exports.up = (knex) => knex.schema.hasColumn('u', 'age').then((exists) => {
      if (!exists) return knex.schema.table('u', (t) => t.integer('age'));
    });`,
    expected: [{ kind: 'addColumn', table: 'u', column: 'age:integer?', default: undefined, guards: [{ kind: 'columnExists', table: 'u', column: 'age', negated: true }] }],
  },
  {
    title: 'a branch on the client is a guard on the engine',
    source: `exports.up = async (knex) => {
      if (knex.client.config.client === 'pg') await knex.raw('CREATE EXTENSION citext');
      else await knex.schema.raw('SELECT 1');
    };`,
    expected: [
      { kind: 'rawSql', sql: 'CREATE EXTENSION citext', guards: [{ kind: 'engine', engines: ['postgres'], negated: false }] },
      { kind: 'rawSql', sql: 'SELECT 1', guards: [{ kind: 'engine', engines: ['postgres'], negated: true }] },
    ],
  },
  {
    title: 'loops over literal arrays are unrolled; a helper in the same file is followed',
    source: `const NAMES = ['a', 'b'];
    function addFlag(t, name) { t.boolean(name).notNullable().defaultTo(false); }
    exports.up = (knex) => knex.schema.table('x', (t) => {
      for (const n of NAMES) addFlag(t, \`is_\${n}\`);
      ['c'].forEach((n) => t.text(n));
    });`,
    expected: [
      { kind: 'addColumn', table: 'x', column: 'is_a:boolean', default: { kind: 'literal', value: false } },
      { kind: 'addColumn', table: 'x', column: 'is_b:boolean', default: { kind: 'literal', value: false } },
      { kind: 'addColumn', table: 'x', column: 'c:text?', default: undefined },
    ],
  },
  {
    title: 'data writes: literal inserts are rows, other writes are data changes',
    source: `exports.up = async (knex) => {
      await knex('teams').insert([{ slug: 'a', n: 1 }, { slug: 'b', n: null }]);
      await knex.insert({ k: 'v' }).into('settings');
      await knex('teams').where('slug', 'a').update({ n: 2 });
      await knex('teams').where({ n: 3 }).del();
    };`,
    expected: [
      { kind: 'insertRows', table: 'teams', rows: [{ slug: 'a', n: 1 }, { slug: 'b', n: null }] },
      { kind: 'insertRows', table: 'settings', rows: [{ k: 'v' }] },
      { kind: 'dataChange', table: 'teams', description: "knex('teams').update()" },
      { kind: 'dataChange', table: 'teams', description: "knex('teams').del()" },
    ],
  },
  {
    title: 'what cannot be told is opaque with its line',
    source: `exports.up = async (knex) => {
      const name = process.env.TABLE;
      await knex.schema.dropTable(name);
      await knex.raw('UPDATE x SET y = ?', [1]);
      throw new Error('not yet');
    };`,
    expected: [
      { kind: 'opaque', reason: 'dropTable() table name is not a literal', line: 3 },
      { kind: 'opaque', reason: 'raw SQL with bindings', line: 4 },
      { kind: 'opaque', reason: 'up() throws here', line: 5 },
    ],
  },
  {
    title: 'named indexes and keys, and references().inTable()',
    source: `exports.up = (knex) => knex.schema.createTable('m', (t) => {
      t.bigInteger('team_id').unsigned();
      t.foreign('team_id', 'm_team_fk').references('id').inTable('teams');
      t.unique(['team_id'], { indexName: 'm_team_unique' });
      t.enu('state', ['a', 'b']).defaultTo('a');
    });`,
    expected: [{ kind: 'createTable', table: 'm', columns: ['team_id:integer?', 'state:enum?'], indexes: ['unique:m_team_unique'], foreignKeys: ['m_team_fk->teams(id)'] }],
  },
];

describe('Knex reader', () => {
  it.each(cases)('$title', ({ source, file, expected }) => {
    const migration = read(source, file);
    expect(migration.error).toBeNull();
    expect(migration.operations.map(brief)).toEqual(expected);
  });

  it.each([
    ['a file without up()', 'exports.down = () => {};', 'E-NO-UP'],
    ['a syntax error', 'exports.up = (knex) => {', 'E-JS-SYNTAX'],
  ])('%s is an error on the migration, not a throw', (_title, source, code) => {
    expect(read(source).error?.code).toBe(code);
  });

  it('warns about a migration that opts out of the transaction', () => {
    const migration = read('exports.config = { transaction: false };\nexports.up = (knex) => knex.raw("SELECT 1");');
    expect(migration.warnings.map((w) => w.code)).toEqual(['W-KNEX-NO-TRANSACTION']);
  });
});

describe('Knex migration names and order', () => {
  it.each([
    ['migrations/20240101_users.js', '20240101_users'],
    ['20240101_users.ts', '20240101_users'],
    ['x.mjs', 'x'],
    ['types.d.ts', null],
    ['.hidden.js', null],
    ['README.md', null],
  ])('%s is named %s', (file, name) => {
    expect(knex.migrationName(file)).toBe(name);
  });

  it('orders names as Knex orders whole file names', () => {
    // '-' (45) sorts before '.' (46), so a-b.js comes before a.js, as lodash sortBy puts them.
    expect(['a', 'a-b', 'a_b'].sort(knex.compareNames)).toEqual(['a-b', 'a', 'a_b']);
  });
});
