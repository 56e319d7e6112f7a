/**
 * Fuzzing the Laravel analysis (php-parser, the up() walk, static evaluation)
 * and the PostgreSQL lowering of migration SQL, with random cuts of real
 * migration files and code assembled from the constructs the analysis
 * understands. The analysis catches its own defects and reports them as
 * E-LARAVEL-INTERNAL on the migration; here any such report is a failure, as
 * is a throw or a case that takes too long.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { postgres } from '../../src/dump/postgres/index.js';
import { laravelAdapter } from '../../src/frameworks/laravel/laravel-adapter.js';
import { bounded, fixtures, fragments, nextTurn, windowOf } from './support.js';

// The PostgreSQL parser is WASM: it must be loaded before lowerSql runs.
beforeAll(() => postgres.load());

const MIGRATIONS = [
  ...fixtures('test/fixtures/laravel', '.php'),
  ...fixtures('samples/laravel-app/database/migrations', '.php'),
  ...fixtures('test/e2e/apps/rename-chain/migrations', '.php'),
  ...fixtures('test/e2e/apps/data-only/migrations', '.php'),
  ...fixtures('test/e2e/apps/guarded-temp/migrations', '.php'),
];

async function analyze(source: string): Promise<void> {
  await nextTurn();
  const migration = bounded(2, () => laravelAdapter.analyze('2020_01_01_000000_fuzz', 'fuzz.php', source, { tablePrefix: 'p_' }));
  expect(migration.error?.code ?? null, `${migration.error?.message}\n--- source:\n${source}`).not.toBe('E-LARAVEL-INTERNAL');
}

const PHP_PIECES = [
  '<?php\n', 'use Illuminate\\Support\\Facades\\Schema;\n', 'return new class extends Migration {\n', 'class X extends Migration {\n', 'public function up(): void {\n', 'public function down() {}\n',
  "Schema::create('t', function (Blueprint $table) {\n", "Schema::table('t', function ($table) {\n", "Schema::connection('other')->create('u', function ($t) {\n", "Schema::rename('a', 'b');\n", "Schema::dropIfExists('t');\n",
  '$table->id();\n', "$table->string('name', 100)", "$table->foreignId('user_id')->constrained()->cascadeOnDelete();\n", "$table->decimal('d', 8, 2)", "$table->enum('e', ['a', 'b'])",
  '->nullable()', "->default('x')", '->default(null)', '->change()', '->unique()', "->index(['a', 'b'], 'n')", ';\n', '});\n', '}\n', '};\n', '{', '}', '(', ')', '[', ']', ',',
  "$table->renameColumn('a', 'b');\n", "$table->dropColumn(['a', 'b']);\n", "$table->timestamps();\n", "$table->morphs('m');\n", "$table->softDeletes();\n",
  'DB::statement("ALTER TABLE t ADD COLUMN c int");\n', "DB::statement('CREATE INDEX i ON t (a)');\n", "DB::table('t')->insert(['a' => 1, 'b' => 'x']);\n", "DB::table('t')->where('a', 1)->update(['b' => 2]);\n",
  "if (! Schema::hasTable('t')) {\n", "if (Schema::hasColumn('t', 'c')) {\n", "if (DB::getDriverName() === 'pgsql') {\n", '} else {\n', 'foreach ([\'a\', \'b\'] as $name) {\n', "$table->string($name);\n",
  "const T = 'tbl';\n", "protected $connection = 'other';\n", 'private string $t = \'x\';\n', 'self::T', 'static::T', '$this->t', '$this->helper();\n', 'helper();\n', "'a' . 'b'", '"x{$y}"', '<<<SQL\nCREATE TABLE h (a int)\nSQL', '?->', '::', 'fn() => 1', 'match($x) { 1 => 2 }', '#[Attr]', '// c\n', '/* c */', '?>', '$$', "'", '"', '\\',
];

const SQL_PIECES = [
  'CREATE TABLE t (a int PRIMARY KEY, b text NOT NULL DEFAULT \'x\')', 'ALTER TABLE t ADD COLUMN c varchar(10)', 'ALTER TABLE t DROP COLUMN c', 'ALTER TABLE t RENAME COLUMN a TO b', 'ALTER TABLE t RENAME TO u',
  'CREATE UNIQUE INDEX i ON t (a, lower(b))', 'DROP INDEX i', 'DROP TABLE IF EXISTS t CASCADE', "INSERT INTO t VALUES (1, 'x')", 'UPDATE t SET a = 1', 'CREATE VIEW v AS SELECT * FROM t', 'ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id) ON DELETE CASCADE',
  'CREATE TYPE e AS ENUM (\'a\')', 'ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint', 'ALTER TABLE t ALTER COLUMN a SET DEFAULT 0', 'ALTER TABLE t ALTER COLUMN a DROP NOT NULL', 'COMMENT ON TABLE t IS \'x\'',
  ';', ' ', '(', ')', "'", '"', '$$', '--', '/*', '*/', ',', 'public.', '"Q""t"',
];

describe('Laravel analysis under fuzzing', () => {
  it('random windows of real migration files', async () => {
    await fc.assert(
      fc.asyncProperty(windowOf(MIGRATIONS, 4000), (window) => analyze(window.toString('utf8'))),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('real migration files with a random piece cut out or repeated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: MIGRATIONS.length - 1 }), fc.nat(), fc.nat({ max: 400 }), fc.boolean(), async (index, at, length, repeat) => {
        const source = MIGRATIONS[index]!.bytes.toString('utf8');
        const from = at % (source.length + 1);
        const piece = source.slice(from, from + length);
        await analyze(repeat ? source.slice(0, from) + piece + piece + source.slice(from + length) : source.slice(0, from) + source.slice(from + length));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('random PHP assembled from migration constructs', async () => {
    await fc.assert(
      fc.asyncProperty(fragments(PHP_PIECES, 40), async (body) => {
        await analyze(body);
        await analyze(`<?php\nreturn new class extends Migration {\n    public function up(): void {\n${body}\n    }\n};\n`);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('PostgreSQL lowering of migration SQL never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fragments(SQL_PIECES, 12), async (sql) => {
        await nextTurn();
        const operations = bounded(2, () => postgres.lowerSql(sql, { file: 'fuzz.php', line: 1 }, []));
        expect(Array.isArray(operations)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
