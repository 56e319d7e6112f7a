import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laravel } from '../../../src/frameworks/laravel/index.js';
import { analyse, migrationSource } from './helpers.js';

const fixtures = join(import.meta.dirname, '../../fixtures/laravel');
const readFixture = (file: string): string => readFileSync(join(fixtures, file), 'utf8');
const analyseFixture = (file: string, tablePrefix = '') =>
  laravel.analyze(laravel.migrationName(file) ?? file, file, readFixture(file), { tablePrefix });

describe('files and order', () => {
  it('declares its file patterns and tracking table', () => {
    expect(laravel.filePatterns).toEqual(['*_*.php']);
    expect(laravel.tracking.table).toBe('migrations');
    expect(laravel.tracking.rowFor('2020_01_01_000000_x', 3)).toEqual([
      { column: 'migration', value: { kind: 'text', value: '2020_01_01_000000_x' } },
      { column: 'batch', value: { kind: 'integer', value: 3 } },
    ]);
  });

  it.each([
    ['database/migrations/2024_01_01_000000_create_x.php', '2024_01_01_000000_create_x'],
    // PHP's basename() splits on backslashes only on Windows; on Linux they belong to the name.
    ['C:\\app\\migrations\\2024_01_01_x.php', process.platform === 'win32' ? '2024_01_01_x' : 'C:\\app\\migrations\\2024_01_01_x'],
    ['migrations/2024_01_01_a\\b_c.php', process.platform === 'win32' ? 'b_c' : '2024_01_01_a\\b_c'],
    ['2024_01_01_x.php_y.php', '2024_01_01_x_y'],
    ['a_b.php', 'a_b'],
    ['nounderscore.php', null],
    ['2024_01_01_x.php.bak', null],
    ['.2024_hidden.php', null],
  ])('%s → %s', (file, name) => {
    expect(laravel.migrationName(file)).toBe(name);
  });

  it('sorts byte-wise like PHP, not by locale', () => {
    const names = [
      '2025_10_05_000000_add_x',
      '20251004151938_create_saved_queries_table',
      '2024_10_04_create_telemetry_tables',
      '0001_01_01_000000_create_users_table',
      '2025_10_05_000000_Add_y',
    ];
    expect([...names].sort((a, b) => laravel.compareNames(a, b))).toEqual([
      '0001_01_01_000000_create_users_table',
      '2024_10_04_create_telemetry_tables',
      '20251004151938_create_saved_queries_table',
      '2025_10_05_000000_Add_y',
      '2025_10_05_000000_add_x',
    ]);
    expect(laravel.compareNames('a', 'a')).toBe(0);
  });
});

describe('migration classes', () => {
  it('reads a named Laravel 8 class', () => {
    const migration = analyseFixture('2014_10_12_000000_create_users_table.php');
    expect(migration.error).toBeNull();
    expect(migration.operations).toMatchObject([{ kind: 'createTable', table: 'users', at: { line: 16 } }]);
  });

  it('reads a class inside a namespace', () => {
    const source = "<?php\nnamespace Database\\Migrations;\nclass X extends Migration { public function up() { Schema::drop('a'); } }\n";
    expect(laravel.analyze('x', 'x.php', source, { tablePrefix: '' }).operations).toMatchObject([{ kind: 'dropTable', table: 'a' }]);
  });

  it.each([
    ['<?php\nreturn new class extends Migration {\n  public function up() {\n    Schema::create(\'a\', function ($t) {\n', 'E-PHP-SYNTAX'],
    ['<?php\n$x = ;', 'E-PHP-SYNTAX'],
    ['<?php\n// nothing here\n', 'E-NO-UP'],
    ['<?php\nreturn new class extends Migration { public function down() {} };', 'E-NO-UP'],
    ['not php at all', 'E-NO-UP'],
  ])('%j → %s', (source, code) => {
    const migration = laravel.analyze('x', 'x.php', source, { tablePrefix: '' });
    expect(migration.error?.code).toBe(code);
    expect(migration.error?.at.file).toBe('x.php');
    expect(migration.error?.at.line).toBeGreaterThanOrEqual(1);
    expect(migration.operations).toEqual([]);
  });

  it('reports the syntax error line', () => {
    const migration = laravel.analyze('x', 'x.php', '<?php\n\n\n$x = ;\n', { tablePrefix: '' });
    expect(migration.error).toMatchObject({ code: 'E-PHP-SYNTAX', at: { file: 'x.php', line: 4 } });
  });

  it('wraps bodies in a valid migration for the other tests', () => {
    expect(analyse('').error).toBeNull();
    expect(migrationSource('')).toContain('return new class extends Migration');
  });
});

describe('fixture migrations', () => {
  it('Laravel 11 users, password reset tokens and sessions', () => {
    const migration = analyseFixture('0001_01_01_000000_create_users_table.php');
    expect(migration.operations.map((op) => (op.kind === 'createTable' ? op.table : op.kind))).toEqual(['users', 'password_reset_tokens', 'sessions']);
    expect(migration.operations[2]).toMatchObject({
      indexes: [
        { name: 'sessions_id_primary', kind: 'primary' },
        { name: 'sessions_user_id_index' },
        { name: 'sessions_last_activity_index' },
      ],
    });
  });

  it('telemetry tables on another connection, unrolled with a guard per table', () => {
    const migration = analyseFixture('2024_10_04_create_telemetry_tables.php', 'tm_');
    expect(migration.connection).toBe('telemetry');
    expect(migration.operations).toMatchObject([
      { kind: 'createTable', table: 'tm_cpu_samples', guards: [{ kind: 'tableExists', table: 'tm_cpu_samples', negated: true }] },
      { kind: 'createTable', table: 'tm_memory_samples', guards: [{ kind: 'tableExists', table: 'tm_memory_samples', negated: true }] },
      { kind: 'rawSql', sql: 'CREATE INDEX cpu_samples_brin ON cpu_samples USING brin (sampled_at)' },
    ]);
    expect(migration.operations[0]).toMatchObject({
      columns: [
        { name: 'id' },
        { name: 'host_id' },
        { name: 'value', type: { kind: 'decimal', precision: 12, scale: 4 } },
        { name: 'labels', default: { kind: 'expression', sql: "'{}'::jsonb" } },
        { name: 'sampled_at', type: { kind: 'timestamp', precision: 6, timezone: true }, default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } },
      ],
      foreignKeys: [{ name: 'tm_cpu_samples_host_id_foreign', refTable: 'tm_hosts', onDelete: 'cascade' }],
      indexes: [{ name: 'tm_cpu_samples_host_id_sampled_at_index' }, { name: 'tm_cpu_samples_id_primary' }],
    });
  });

  it('saved queries: table from a property, foreignIdFor, enum default, full-text index', () => {
    const migration = analyseFixture('20251004151938_create_saved_queries_table.php');
    expect(migration.warnings.map((w) => w.code)).toEqual(['W-LARAVEL-MODEL-ASSUMED']);
    expect(migration.operations).toMatchObject([{
      kind: 'createTable',
      table: 'saved_queries',
      foreignKeys: [{ columns: ['user_id'], refTable: 'users', onDelete: 'cascade' }],
      indexes: [
        { kind: 'index', name: 'saved_queries_subject_type_subject_id_index' },
        { kind: 'fulltext', name: 'saved_queries_title_sql_fulltext' },
        { kind: 'primary', columns: ['id'] },
      ],
    }]);
  });

  it('orders: alter in Laravel order, literal rows, update, and an inlined helper', () => {
    const migration = analyseFixture('2025_10_05_091500_alter_orders_add_status.php');
    expect(migration.operations.map((op) => op.kind)).toEqual([
      'changeColumn', 'addColumn', 'renameColumn', 'dropForeignKey', 'addForeignKey', 'addIndex',
      'insertRows', 'dataChange', 'addColumn', 'addForeignKey',
    ]);
    expect(migration.operations[8]).toMatchObject({ table: 'orders', column: { name: 'created_by', nullable: true }, guards: [{ kind: 'columnExists', column: 'created_by', negated: true }] });
  });

  it('plans backfill: data changes under an environment guard', () => {
    const migration = analyseFixture('2023_01_15_120000_backfill_plans.php');
    const unknown = { kind: 'unknown', text: "!(app()->environment('testing'))" };
    expect(migration.operations).toMatchObject([
      { kind: 'dataChange', guards: [unknown] },
      { kind: 'dataChange', guards: [unknown] },
      { kind: 'dataChange', description: "Artisan::call('db:seed')", guards: [unknown] },
    ]);
  });
});

describe('never throws', () => {
  const fixtureSources = readdirSync(fixtures).filter((file) => file.endsWith('.php')).map(readFixture);
  const phpFragments = [
    '<?php', 'return new class extends Migration {', 'public function up(): void {', '}', '};', 'Schema::create(', "'t'",
    ', function (Blueprint $table) {', '$table->', 'string(', 'id()', ')', ';', '->nullable()', 'foreach (', ' as $x)',
    'if (!Schema::hasTable(', 'self::T', '$this->x', 'DB::statement(', '<<<SQL\nX\nSQL', '[', ']', '=>', '.', '$x = ',
    'const T = ', "'a'", '1', 'fn () => ', 'new class {', 'class A extends Migration {', '?->', '::', '...', '#[Attr]',
  ];

  it('on random PHP-ish fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...phpFragments), { maxLength: 40 }), (parts) => {
        const migration = laravel.analyze('x', 'x.php', parts.join(' '), { tablePrefix: '' });
        expect(migration.name).toBe('x');
        expect(migration.error?.code).not.toBe('E-LARAVEL-INTERNAL');
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(laravel.analyze('x', 'x.php', text, { tablePrefix: '' }).error?.code).not.toBe('E-LARAVEL-INTERNAL');
        expect(laravel.analyze('x', 'x.php', `<?php ${text}`, { tablePrefix: '' }).error?.code).not.toBe('E-LARAVEL-INTERNAL');
      }),
      { numRuns: 300 },
    );
  });

  it('on random cuts and splices of the fixture files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureSources), fc.nat(), fc.nat(), (source, x, y) => {
        const start = x % (source.length + 1);
        const end = start + (y % (source.length - start + 1));
        const cut = source.slice(0, start) + source.slice(end);
        const migration = laravel.analyze('x', 'x.php', cut, { tablePrefix: 'p_' });
        expect(migration.error === null || migration.operations.length === 0).toBe(true);
        expect(migration.error?.code ?? 'E-PHP-SYNTAX').not.toBe('E-LARAVEL-INTERNAL');
      }),
      { numRuns: 500 },
    );
  });
});
