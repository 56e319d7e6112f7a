import { describe, expect, it } from 'vitest';
import { analyse, operations } from './helpers.js';

const createT = "Schema::create('t', function (Blueprint $table) { $table->id(); });";

describe('guards', () => {
  it.each([
    [`if (! Schema::hasTable('t')) { ${createT} }`, [{ kind: 'tableExists', table: 't', negated: true }]],
    [`if (Schema::hasTable('t') === false) { ${createT} }`, [{ kind: 'tableExists', table: 't', negated: true }]],
    [`if (!Schema::hasColumn('t', 'c')) { ${createT} }`, [{ kind: 'columnExists', table: 't', column: 'c', negated: true }]],
    [`if (Schema::hasColumns('t', ['a', 'b'])) { ${createT} }`, [
      { kind: 'columnExists', column: 'a', negated: false },
      { kind: 'columnExists', column: 'b', negated: false },
    ]],
    [`if (Schema::hasTable('a') && ! Schema::hasColumn('a', 'c')) { ${createT} }`, [
      { kind: 'tableExists', table: 'a', negated: false },
      { kind: 'columnExists', table: 'a', column: 'c', negated: true },
    ]],
    [`if (Schema::connection('other')->hasTable('t')) { ${createT} }`, [{ kind: 'tableExists', table: 't', negated: false }]],
    [`if (Schema::hasTable('t')) { return; }\n${createT}`, [{ kind: 'tableExists', table: 't', negated: true }]],
    [`if (Schema::hasTable('a') || Schema::hasTable('b')) return;\n${createT}`, [
      { kind: 'tableExists', table: 'a', negated: true },
      { kind: 'tableExists', table: 'b', negated: true },
    ]],
    [`if (app()->environment('testing')) { ${createT} }`, [{ kind: 'unknown', text: "app()->environment('testing')" }]],
    [`if (Schema::hasTable('a') || $x) { ${createT} }`, [{ kind: 'unknown', text: "Schema::hasTable('a') || $x" }]],
    [`if (config('flag')) { return; }\n${createT}`, [{ kind: 'unknown', text: "!(config('flag'))" }]],
    [`if ($x) { } else { ${createT} }`, [{ kind: 'unknown', text: '!($x)' }]],
    [`if ($x) { } elseif (!Schema::hasTable('t')) { ${createT} }`, [
      { kind: 'unknown', text: '!($x)' },
      { kind: 'tableExists', table: 't', negated: true },
    ]],
    [`try { ${createT} } catch (Exception $e) { }`, []],
  ])('%s', (body, guards) => {
    const ops = operations(body);
    expect(ops).toHaveLength(1);
    expect(ops[0]?.guards).toMatchObject(guards);
    expect(ops[0]?.guards).toHaveLength(guards.length);
  });

  it('prefixes guard tables', () => {
    expect(operations(`if (!Schema::hasTable('t')) { ${createT} }`, { prefix: 'p_' })[0]?.guards).toEqual([
      { kind: 'tableExists', table: 'p_t', negated: true },
    ]);
  });

  it('guards operations inside the closure too, outermost first', () => {
    const ops = operations("if (Schema::hasTable('t')) { Schema::table('t', function (Blueprint $table) { if (!Schema::hasColumn('t', 'c')) { $table->string('c'); } }); }");
    expect(ops[0]?.guards).toEqual([
      { kind: 'tableExists', table: 't', negated: false },
      { kind: 'columnExists', table: 't', column: 'c', negated: true },
    ]);
  });

  it('whenTableHasColumn and whenTableDoesntHaveColumn', () => {
    const ops = operations("Schema::whenTableDoesntHaveColumn('t', 'c', function (Blueprint $table) { $table->string('c'); });");
    expect(ops).toMatchObject([{ kind: 'addColumn', guards: [{ kind: 'columnExists', table: 't', column: 'c', negated: true }] }]);
  });

  it('a statically false condition skips its branch', () => {
    expect(operations(`if (false) { ${createT} }`)).toEqual([]);
  });
});

describe('table names from constants, properties, variables and loops', () => {
  it.each([
    ["Schema::drop(self::TABLE);", "const TABLE = 'a';", ['a']],
    ["Schema::drop(static::TABLE);", "public const TABLE = 'a';", ['a']],
    ["Schema::drop(Named::TABLE);", "const TABLE = 'a';", []],
    ["Schema::drop(self::PREFIX . '_b');", "const PREFIX = 'x'; const B = 'ignored';", ['x_b']],
    ["Schema::drop($this->table);", "protected $table = 'a';", ['a']],
    ["Schema::drop($this->table);", "protected string $table = 'a'; public function __construct() { $this->table = config('t'); }", []],
    ["$name = 'a';\nSchema::drop($name);", '', ['a']],
    ["$name = 'a';\n$name .= '_log';\nSchema::drop($name);", '', ['a_log']],
    ["$name = \"{$this->base}_archive\";\nSchema::drop($name);", "private $base = 'orders';", ['orders_archive']],
    ["Schema::drop(sprintf('%s_%d', 'shard', 3));", '', ['shard_3']],
    ["foreach (['a', 'b'] as $t) { Schema::drop($t); }", '', ['a', 'b']],
    ["foreach (self::TABLES as $t => $unused) { Schema::drop($t); }", "const TABLES = ['a' => 1, 'b' => 2];", ['a', 'b']],
    ["foreach ($this->tables as $t) { if ($t === 'b') { continue; } Schema::drop($t); }", "private array $tables = ['a', 'b'];", ['a']],
    ["foreach (['a', 'b', 'c'] as $t) { Schema::drop($t); break; }", '', ['a']],
    ["$this->dropOne('a');\n$this->dropOne(name: 'b');", "private function dropOne(string $name): void { Schema::drop($name); }", ['a', 'b']],
    ["$this->dropOne();", "private function dropOne(string $name = 'dflt'): void { Schema::drop($name); }", ['dflt']],
    // The Migrator constructs the migration before up(): a constructor's plain assignment is what up() sees.
    ["foreach ($this->tables as $t) { Schema::drop($t); }", "private array $tables; public function __construct() { $this->tables = ['a', 'b']; }", ['a', 'b']],
    ["Schema::drop($this->table);", "private $table = 'a'; public function __construct() { $this->table = 'b'; }", ['b']],
    ["Schema::drop($this->table);", "private $table = 'a'; public function __construct() { if (rand()) { $this->table = 'b'; } }", []],
    ["Schema::drop($this->table);", "private $table; public function __construct() { $this->table = 'a'; $this->table .= '_b'; }", []],
    ["Schema::drop($this->table);", "private $table; public function __construct(string $t = 'a') { $this->table = $t; }", []],
    ["foreach ($this->tables as $t) { Schema::drop($t); }", "private array $tables; public function __construct() { $this->tables = ['a']; $this->tables[] = 'b'; }", []],
    ["foreach ($this->tables as $t) { Schema::drop($t); }", "private array $tables; public function __construct() { $this->tables = ['a']; array_push($this->tables, 'b'); }", []],
    ["foreach ($this->tables as $t) { Schema::drop($t); }", "private array $tables = ['a']; private function more() { $this->tables[] = 'b'; }", []],
  ])('%s', (body, members, tables) => {
    const ops = operations(body, { members });
    expect(ops.filter((op) => op.kind === 'dropTable').map((op) => (op.kind === 'dropTable' ? op.table : ''))).toEqual(tables);
  });

  it('unresolvable table names are opaque with a location', () => {
    const ops = operations("Schema::drop($name);\nSchema::create(config('t'), function (Blueprint $table) {});\nforeach ($tables as $t) { Schema::drop($t); }");
    expect(ops).toMatchObject([
      { kind: 'opaque', at: { file: 'm.php', line: 10 } },
      { kind: 'opaque', at: { line: 11 } },
      { kind: 'opaque', reason: 'foreach over a value that is not a literal array', at: { line: 12 } },
    ]);
  });

  it('helper methods that are not in the class are opaque; recursion is bounded', () => {
    expect(operations('$this->inherited();')).toMatchObject([{ kind: 'opaque' }]);
    const ops = operations('$this->loop();', { members: 'private function loop() { $this->loop(); }' });
    expect(ops).toMatchObject([{ kind: 'opaque', reason: expect.stringContaining('too deeply') }]);
  });

  it('passes the blueprint to helper methods', () => {
    const ops = operations("Schema::table('t', function (Blueprint $table) { $this->audit($table); });", {
      members: "private function audit(Blueprint $table): void { $table->string('created_by'); }",
    });
    expect(ops).toMatchObject([{ kind: 'addColumn', table: 't', column: { name: 'created_by' } }]);
  });

  it('uses closure use() variables and arrow functions', () => {
    const ops = operations("$col = 'c';\nSchema::table('t', function (Blueprint $table) use ($col) { $table->string($col); });\nSchema::table('u', fn (Blueprint $table) => $table->string($col));");
    expect(ops).toMatchObject([{ kind: 'addColumn', column: { name: 'c' } }, { kind: 'addColumn', table: 'u', column: { name: 'c' } }]);
  });

  // BookStack writes `$addColumn = fn (Blueprint $table) => ...;` once and hands it
  // to Schema::table for several tables, or calls a closure variable per table.
  it.each([
    ["$add = fn (Blueprint $table) => $table->text('html');\nSchema::table('a', $add);\nSchema::table('b', $add);", [
      { kind: 'addColumn', table: 'a', column: { name: 'html' } },
      { kind: 'addColumn', table: 'b', column: { name: 'html' } },
    ]],
    ["$drop = function (Blueprint $table) { $table->dropColumn('restricted'); };\nSchema::table('a', $drop);", [
      { kind: 'dropColumn', table: 'a', column: 'restricted' },
    ]],
    // Captured by value when the closure is made, as PHP does; a later assignment does not reach it.
    ["$col = 'c';\n$add = function (Blueprint $table) use ($col) { $table->string($col); };\n$col = 'd';\nSchema::table('a', $add);", [
      { kind: 'addColumn', table: 'a', column: { name: 'c' } },
    ]],
    // By reference it would see the value at the call, which the walk does not track.
    ["$col = 'c';\n$add = function (Blueprint $table) use (&$col) { $table->string($col); };\nSchema::table('a', $add);", [
      { kind: 'opaque' },
    ]],
    ["$dropTable = function (string $name) { Schema::drop($name); };\n$dropTable('a');\n$dropTable(name: 'b');", [
      { kind: 'dropTable', table: 'a' },
      { kind: 'dropTable', table: 'b' },
    ]],
    // A parameter without a known value hides the outer variable of the same name.
    ["$name = 'outer';\n$dropTable = fn (string $name) => Schema::drop($name);\n$dropTable(config('t'));", [
      { kind: 'opaque' },
    ]],
    ["if ($x) { $add = fn (Blueprint $table) => $table->string('a'); } else { $add = fn (Blueprint $table) => $table->string('b'); }\nSchema::table('t', $add);", [
      { kind: 'opaque', reason: "Schema callback for 't' is not a closure" },
    ]],
    ["Schema::table('t', $unknown);", [{ kind: 'opaque', reason: "Schema callback for 't' is not a closure" }]],
    ["$fn = fn () => Schema::drop('a');\n$fn()->then();", [{ kind: 'opaque' }]],
  ])('a closure kept in a variable: %s', (body, expected) => {
    const ops = operations(body);
    expect(ops).toMatchObject(expected);
    expect(ops).toHaveLength(expected.length);
  });
});

describe('Schema facade', () => {
  it.each([
    ["Schema::rename('a', 'b');", [{ kind: 'renameTable', from: 'a', to: 'b' }]],
    ["Schema::drop('a');", [{ kind: 'dropTable', table: 'a', ifExists: false }]],
    ["Schema::dropIfExists('a');", [{ kind: 'dropTable', table: 'a', ifExists: true }]],
    ["Schema::dropColumns('a', ['x', 'y']);", [{ kind: 'dropColumn', table: 'a', column: 'x' }, { kind: 'dropColumn', table: 'a', column: 'y' }]],
    ['Schema::disableForeignKeyConstraints();\nSchema::enableForeignKeyConstraints();', []],
    ["Schema::withoutForeignKeyConstraints(function () { Schema::drop('a'); });", [{ kind: 'dropTable', table: 'a' }]],
    ['Schema::dropAllTables();', [{ kind: 'opaque' }]],
    ["\\Illuminate\\Support\\Facades\\Schema::drop('a');", [{ kind: 'dropTable', table: 'a' }]],
  ])('%s', (body, expected) => {
    expect(operations(body)).toMatchObject(expected);
  });

  it.each([
    ["Schema::connection('pgsql2')->create('a', function (Blueprint $table) { $table->id(); });", 'pgsql2'],
    ["$schema = Schema::connection('reports');\n$schema->drop('a');", 'reports'],
    ["DB::connection('legacy')->statement('DROP TABLE a');", 'legacy'],
    ["DB::connection('legacy')->table('a')->get();", null],
    ["Schema::drop('a');", null],
  ])('%s → connection %s', (body, connection) => {
    expect(analyse(body).connection).toBe(connection);
  });

  it('reads $connection from the class', () => {
    expect(analyse("Schema::drop('a');", { members: "protected $connection = 'mysql_archive';" }).connection).toBe('mysql_archive');
  });
});
