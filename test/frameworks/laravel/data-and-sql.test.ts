import { describe, expect, it } from 'vitest';
import { operations } from './helpers.js';

describe('raw SQL', () => {
  it.each([
    ["DB::statement('ALTER TABLE a ADD b int');", 'ALTER TABLE a ADD b int'],
    ["DB::unprepared('CREATE TRIGGER t ...');", 'CREATE TRIGGER t ...'],
    ["DB::connection('x')->statement('SELECT 1');", 'SELECT 1'],
    ["DB::statement('ALTER TABLE ' . 'a' . ' ADD b int');", 'ALTER TABLE a ADD b int'],
    ["DB::statement(sprintf('ALTER TABLE %s ADD %s int', self::T, 'b'));", 'ALTER TABLE a ADD b int'],
    ["DB::statement(sprintf('%1$s %1$s %%', 'x'));", 'x x %'],
    ["DB::statement(<<<SQL\n    CREATE VIEW v AS\n      SELECT 1\n    SQL);", 'CREATE VIEW v AS\n  SELECT 1'],
    ["DB::statement(<<<'SQL'\nCREATE FUNCTION f() RETURNS $$ x $$\nSQL);", 'CREATE FUNCTION f() RETURNS $$ x $$'],
    ["$sql = \"UPDATE a SET b = 1\";\nDB::statement($sql);", 'UPDATE a SET b = 1'],
    ["DB::statement(DB::raw('DROP VIEW v'));", 'DROP VIEW v'],
    ["Schema::getConnection()->statement('DROP VIEW w');", 'DROP VIEW w'],
    ["DB::getPdo()->exec('DROP VIEW z');", 'DROP VIEW z'],
    ["DB::transaction(function () { DB::statement('SELECT 2'); });", 'SELECT 2'],
  ])('%s', (body, sql) => {
    expect(operations(body, { members: "const T = 'a';" })).toMatchObject([{ kind: 'rawSql', sql }]);
  });

  it.each([
    ['DB::statement($sql);'],
    ["DB::statement(\"ALTER TABLE {$table} ADD x int\");"],
    ["DB::unprepared(file_get_contents(__DIR__ . '/dump.sql'));"],
    ["DB::statement(sprintf('%05d', 3));"],
  ])('%s is opaque', (body) => {
    expect(operations(body)).toMatchObject([{ kind: 'opaque', reason: expect.stringContaining('not a literal') }]);
  });
});

describe('data changes', () => {
  it.each([
    ["DB::table('roles')->insert(['name' => 'admin', 'level' => 3, 'active' => true, 'note' => null]);", [
      { kind: 'insertRows', table: 'roles', rows: [{ name: 'admin', level: 3, active: true, note: null }] },
    ]],
    ["DB::table('roles')->insert([['name' => 'a'], ['name' => 'b']]);", [
      { kind: 'insertRows', table: 'roles', rows: [{ name: 'a' }, { name: 'b' }] },
    ]],
    ["DB::table('roles')->insert(['name' => 'a', 'created_at' => now()]);", [{ kind: 'insertRows', table: 'roles', rows: null }]],
    ["DB::table('roles')->insert($rows);", [{ kind: 'insertRows', table: 'roles', rows: null }]],
    ["DB::table('roles')->insertGetId(['name' => 'a']);", [{ kind: 'insertRows', rows: [{ name: 'a' }] }]],
    ["foreach (['a', 'b'] as $n) { DB::table('roles')->insert(['name' => $n]); }", [
      { kind: 'insertRows', rows: [{ name: 'a' }] },
      { kind: 'insertRows', rows: [{ name: 'b' }] },
    ]],
    ["DB::table('roles')->insertOrIgnore(['name' => 'a']);", [{ kind: 'dataChange', table: 'roles' }]],
    ["DB::table('roles')->upsert([['name' => 'a']], ['name']);", [{ kind: 'dataChange', table: 'roles' }]],
    ["DB::table('roles')->where('id', 1)->update(['name' => 'x']);", [{ kind: 'dataChange', table: 'roles', description: "DB::table('roles')->update()" }]],
    ["DB::table('roles')->where('id', 1)->delete();", [{ kind: 'dataChange', table: 'roles' }]],
    ["DB::table('roles')->updateOrInsert(['name' => 'a'], ['level' => 1]);", [{ kind: 'dataChange', table: 'roles' }]],
    ["DB::table('roles')->truncate();", [{ kind: 'dataChange', table: 'roles' }]],
    ["DB::table('roles')->where('x', 1)->get();", []],
    ["DB::insert('insert into roles (name) values (?)', ['a']);", [{ kind: 'dataChange', table: null, description: 'DB::insert(): insert into roles (name) values (?)' }]],
    ["Role::create(['name' => 'a']);", [{ kind: 'dataChange', table: null }]],
    ["Role::query()->where('a', 1)->update(['b' => 2]);", [{ kind: 'dataChange', table: null }]],
    ["$role = new Role();\n$role->name = 'x';\n$role->save();", [{ kind: 'dataChange', table: null, description: expect.stringContaining('save') }]],
    ["Role::where('a', 1)->get();", []],
    ["Artisan::call('db:seed', ['--class' => 'RoleSeeder']);", [{ kind: 'dataChange', table: null, description: "Artisan::call('db:seed')" }]],
    ['$this->call(RoleSeeder::class);', [{ kind: 'dataChange', description: 'runs seeder RoleSeeder' }]],
    ['(new RoleSeeder)->run();', [{ kind: 'dataChange', description: '(new RoleSeeder)->run() runs a seeder' }]],
    ["DB::table('users')->orderBy('id')->chunk(100, function ($users) { foreach ($users as $u) { DB::table('users')->where('id', $u->id)->update(['x' => 1]); } });", [
      { kind: 'opaque', guards: [{ kind: 'unknown', text: 'for each row of users' }] },
    ]],
    ["Log::info('migrating');\ninfo('x');\nCache::forget('k');", []],
    ["app('log')->error('could not add the column');\nlogger()->info('x');", []],
    ["app(RoleSeeder::class)->run();", [{ kind: 'opaque', reason: 'call to app() with unknown effect' }]],
    ["mystery();", [{ kind: 'opaque', reason: 'call to mystery() with unknown effect' }]],
    ["SomeService::rebuild();", [{ kind: 'opaque' }]],
    ['parent::up();', [{ kind: 'opaque' }]],
    // A collection callback runs now: its writes are the migration's (crater's change_enable_portal_field).
    ["$customers = Customer::all();\n$customers->map(function ($customer) { $customer->enable_portal = false; $customer->save(); });", [{ kind: 'dataChange', description: '$customer->save() (Eloquent or model call)' }]],
    ["Customer::all()->filter(fn ($c) => $c->delete());", [{ kind: 'dataChange' }]],
  ])('%s', (body, expected) => {
    expect(operations(body)).toMatchObject(expected);
  });

  it('prefixes DB::table tables', () => {
    expect(operations("DB::table('roles')->insert(['name' => 'a']);", { prefix: 'p_' })).toMatchObject([{ table: 'p_roles' }]);
  });
});
