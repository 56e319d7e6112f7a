import { describe, expect, it } from 'vitest';
import { defaultIndexName } from '../../../src/frameworks/laravel/index-names.js';
import { altered, created, operations } from './helpers.js';

describe('Blueprint commands in Schema::table', () => {
  it.each([
    ["$table->primary('id');", [{ kind: 'addIndex', table: 't', index: { name: 't_id_primary', kind: 'primary', columns: ['id'] } }]],
    ["$table->primary(['a', 'b'], 'pk');", [{ kind: 'addIndex', index: { name: 'pk', kind: 'primary', columns: ['a', 'b'] } }]],
    ["$table->unique('email');", [{ kind: 'addIndex', index: { name: 't_email_unique', kind: 'unique' } }]],
    ["$table->index(['a', 'b']);", [{ kind: 'addIndex', index: { name: 't_a_b_index', kind: 'index', columns: ['a', 'b'] } }]],
    ["$table->index('a', 'my_idx');", [{ kind: 'addIndex', index: { name: 'my_idx' } }]],
    ["$table->fulltext('body');", [{ kind: 'addIndex', index: { name: 't_body_fulltext', kind: 'fulltext' } }]],
    ["$table->fullText(['title', 'body'])->language('english');", [{ kind: 'addIndex', index: { name: 't_title_body_fulltext' } }]],
    ["$table->spatialIndex('location');", [{ kind: 'addIndex', index: { name: 't_location_spatialindex', kind: 'spatial' } }]],
    ["$table->rawIndex('lower(email)', 't_lower_email');", [{ kind: 'addIndex', index: { name: 't_lower_email', columns: ['lower(email)'] } }]],
    ["$table->dropColumn('a');", [{ kind: 'dropColumn', table: 't', column: 'a' }]],
    ["$table->dropColumn(['a', 'b']);", [{ kind: 'dropColumn', column: 'a' }, { kind: 'dropColumn', column: 'b' }]],
    ["$table->dropColumn('a', 'b');", [{ kind: 'dropColumn', column: 'a' }, { kind: 'dropColumn', column: 'b' }]],
    ["$table->renameColumn('a', 'b');", [{ kind: 'renameColumn', table: 't', from: 'a', to: 'b' }]],
    // Doctrine DBAL, which ran Laravel's renames before Laravel 10, drops the quotes of a quoted name.
    ["$table->renameColumn('`daemonSecret`', 'daemon_token');", [{ kind: 'renameColumn', from: 'daemonSecret', to: 'daemon_token' }]],
    ["$table->renameColumn('\"a\"', '[b]');", [{ kind: 'renameColumn', from: 'a', to: 'b' }]],
    ["$table->renameColumn('a`', 'b');", [{ kind: 'renameColumn', from: 'a`', to: 'b' }]],
    ["$table->dropIndex('custom');", [{ kind: 'dropIndex', name: 'custom', indexKind: 'index' }]],
    ["$table->dropIndex(['a', 'b']);", [{ kind: 'dropIndex', name: 't_a_b_index', indexKind: 'index' }]],
    ["$table->dropUnique(['email']);", [{ kind: 'dropIndex', name: 't_email_unique', indexKind: 'unique' }]],
    ["$table->dropPrimary();", [{ kind: 'dropIndex', name: 't_pkey', indexKind: 'primary' }]],
    ["$table->dropPrimary(['id']);", [{ kind: 'dropIndex', name: 't_id_primary', indexKind: 'primary' }]],
    ["$table->dropFullText(['body']);", [{ kind: 'dropIndex', name: 't_body_fulltext', indexKind: 'fulltext' }]],
    ["$table->dropSpatialIndex(['loc']);", [{ kind: 'dropIndex', name: 't_loc_spatialindex', indexKind: 'spatial' }]],
    ["$table->dropForeign('t_user_id_foreign');", [{ kind: 'dropForeignKey', name: 't_user_id_foreign' }]],
    ["$table->dropForeign(['user_id']);", [{ kind: 'dropForeignKey', name: 't_user_id_foreign' }]],
    ["$table->dropConstrainedForeignId('user_id');", [{ kind: 'dropForeignKey', name: 't_user_id_foreign' }, { kind: 'dropColumn', column: 'user_id' }]],
    ["$table->dropForeignIdFor(User::class);", [{ kind: 'dropForeignKey', name: 't_user_id_foreign' }]],
    ["$table->dropConstrainedForeignIdFor(User::class);", [{ kind: 'dropForeignKey', name: 't_user_id_foreign' }, { kind: 'dropColumn', column: 'user_id' }]],
    ["$table->renameIndex('old', 'new');", [{ kind: 'renameIndex', from: 'old', to: 'new' }]],
    ['$table->dropTimestamps();', [{ kind: 'dropColumn', column: 'created_at' }, { kind: 'dropColumn', column: 'updated_at' }]],
    ['$table->dropTimestampsTz();', [{ kind: 'dropColumn', column: 'created_at' }, { kind: 'dropColumn', column: 'updated_at' }]],
    ['$table->dropSoftDeletes();', [{ kind: 'dropColumn', column: 'deleted_at' }]],
    ["$table->dropSoftDeletes('removed_at');", [{ kind: 'dropColumn', column: 'removed_at' }]],
    ['$table->dropSoftDeletesTz();', [{ kind: 'dropColumn', column: 'deleted_at' }]],
    ['$table->dropRememberToken();', [{ kind: 'dropColumn', column: 'remember_token' }]],
    ["$table->dropMorphs('taggable');", [
      { kind: 'dropIndex', name: 't_taggable_type_taggable_id_index' },
      { kind: 'dropColumn', column: 'taggable_type' },
      { kind: 'dropColumn', column: 'taggable_id' },
    ]],
    ["$table->rename('u');", [{ kind: 'renameTable', from: 't', to: 'u' }]],
    ['$table->drop();', [{ kind: 'dropTable', table: 't', ifExists: false }]],
    ['$table->dropIfExists();', [{ kind: 'dropTable', table: 't', ifExists: true }]],
    ["$table->engine = 'InnoDB';\n$table->charset('utf8mb4');\n$table->comment('x');", []],
    ["$table->string('c')->change();", [{ kind: 'changeColumn', table: 't', column: { name: 'c', type: { kind: 'string', length: 255 } } }]],
    // Laravel 8-10 drop a counter only when the column method states autoIncrement, as the integer family does.
    ["$table->bigInteger('id')->unsigned()->change();", [{ kind: 'changeColumn', column: { name: 'id', autoIncrement: false } }]],
    ["$table->unsignedBigInteger('id', true)->change();", [{ kind: 'changeColumn', column: { name: 'id', autoIncrement: true } }]],
    ["$table->string('id', 36)->change();", [{ kind: 'changeColumn', column: { name: 'id', autoIncrement: null } }]],
    ["$table->string('c', 500)->comment('Shown in lists')->change();", [{ kind: 'changeColumn', column: { name: 'c' } }, { kind: 'setColumnComment', table: 't', column: 'c', comment: 'Shown in lists' }]],
    ["$table->string('c')->unique(false)->change();", [{ kind: 'changeColumn' }, { kind: 'dropIndex', name: 't_c_unique', indexKind: 'unique' }]],
    ["$table->integer('n')->autoIncrement();", [{ kind: 'addColumn', column: { name: 'n', autoIncrement: true } }, { kind: 'addIndex', index: { kind: 'primary', columns: ['n'] } }]],
    ['$table->sparkle();', [{ kind: 'opaque', reason: 'unknown Blueprint method sparkle() (a macro?)' }]],
  ])('%s', (line, expected) => {
    expect(altered(line)).toMatchObject(expected);
  });

  it('prefixes tables, renames and default names', () => {
    expect(altered("$table->dropUnique(['email']);\n$table->rename('u');", { prefix: 'p_' })).toMatchObject([
      { kind: 'dropIndex', table: 'p_t', name: 'p_t_email_unique' },
      { kind: 'renameTable', from: 'p_t', to: 'p_u' },
    ]);
  });

  it('runs changes, then adds, then commands in call order, then fluent indexes (Laravel 8–10 toSql)', () => {
    const ops = altered([
      "$table->index('early');",
      "$table->string('added')->unique();",
      "$table->dropColumn('gone');",
      "$table->string('changed', 10)->change();",
      "$table->foreignId('user_id')->constrained();",
    ].join('\n'));
    expect(ops.map((op) => op.kind)).toEqual(['changeColumn', 'addColumn', 'addColumn', 'addIndex', 'dropColumn', 'addForeignKey', 'addIndex']);
    expect(ops[6]).toMatchObject({ index: { name: 't_added_unique' } });
  });

  it('temporary() marks the created table', () => {
    expect(created("$table->temporary();\n$table->id();")).toMatchObject({ temporary: true });
  });

  it('a conditional column in Schema::create becomes a guarded addColumn after the create', () => {
    const ops = operations("Schema::create('t', function (Blueprint $table) {\n$table->id();\nif (config('x')) { $table->string('extra'); }\n});");
    expect(ops).toMatchObject([
      { kind: 'createTable', columns: [{ name: 'id' }], guards: [] },
      { kind: 'addColumn', table: 't', column: { name: 'extra' }, guards: [{ kind: 'unknown', text: "config('x')" }] },
    ]);
  });

  it('after() with a closure adds the columns inside it', () => {
    expect(altered("$table->after('email', function (Blueprint $table) { $table->string('a'); $table->string('b'); });")).toMatchObject([
      { kind: 'addColumn', column: { name: 'a' } },
      { kind: 'addColumn', column: { name: 'b' } },
    ]);
  });
});

describe('default index names', () => {
  it.each([
    ['', 'users', ['email'], 'unique', 'users_email_unique'],
    ['', 'users', ['a', 'b'], 'index', 'users_a_b_index'],
    ['app_', 'users', ['email'], 'unique', 'app_users_email_unique'],
    ['App_', 'Users', ['Email'], 'index', 'app_users_email_index'],
    ['', 'my-table', ['a.b'], 'foreign', 'my_table_a_b_foreign'],
    ['', 'geo', ['loc'], 'spatialindex', 'geo_loc_spatialindex'],
    ['', 't', ['id'], 'primary', 't_id_primary'],
    ['', 't', ['body'], 'fulltext', 't_body_fulltext'],
  ] as const)('prefix %j table %s columns %j %s → %s', (prefix, table, columns, type, expected) => {
    expect(defaultIndexName(prefix, table, columns, type)).toBe(expected);
  });
});
