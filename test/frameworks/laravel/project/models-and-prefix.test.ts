import { describe, expect, it } from 'vitest';
import { laravel } from '../../../../src/frameworks/laravel/index.js';
import { readLaravelProject } from '../../../../src/frameworks/laravel/project/read-project.js';
import type { Migration } from '../../../../src/model/index.js';

const APP = 'test/fixtures/laravel-apps/harbor';

async function analyse(up: string, withApp: boolean): Promise<Migration> {
  const project = await readLaravelProject(APP, { envFile: null, connection: null });
  const source = `<?php
use App\\Models\\Voucher;
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    public function up(): void { ${up} }
};`;
  return laravel.analyze('m', `${APP}/database/migrations/m.php`, source, { tablePrefix: 'hb_', ...(withApp ? { project: project.context } : {}) });
}

describe('foreignIdFor(Model::class) with the model read from the application', () => {
  it.each([
    ['the model\'s key name and type (a string key that does not increment: uuid)', "Schema::table('orders', fn (Blueprint $t) => $t->foreignIdFor(Voucher::class));", true,
      { name: 'voucher_code', type: { kind: 'uuid' } }, []],
    ['an explicit column name still takes the model\'s key type', "Schema::table('orders', fn (Blueprint $t) => $t->foreignIdFor(\\App\\Models\\Voucher::class, 'gift'));", true,
      { name: 'gift', type: { kind: 'uuid' } }, []],
    ['without --app, Eloquent\'s defaults, with a warning naming --app', "Schema::table('orders', fn (Blueprint $t) => $t->foreignIdFor(Voucher::class));", false,
      { name: 'voucher_id', type: { kind: 'integer', bytes: 8, unsigned: true } }, ['W-LARAVEL-MODEL-ASSUMED']],
  ])('%s', async (_, up, withApp, column, warnings) => {
    const migration = await analyse(up, withApp);
    expect(migration.operations).toMatchObject([{ kind: 'addColumn', table: 'hb_orders', column }]);
    expect(migration.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('the model\'s table is what constrained() references', async () => {
    const migration = await analyse("Schema::table('orders', fn (Blueprint $t) => $t->foreignIdFor(Voucher::class)->constrained());", true);
    expect(migration.operations).toContainEqual(expect.objectContaining({ kind: 'addForeignKey', foreignKey: expect.objectContaining({ refTable: 'hb_gift_vouchers' }) }));
  });

  it('a model that is not in the application is named in the warning', async () => {
    const migration = await analyse("Schema::table('orders', fn (Blueprint $t) => $t->foreignIdFor(\\App\\Models\\Gone::class));", true);
    expect(migration.warnings[0]?.message).toMatch(/App\\Models\\Gone is not in the application/);
  });
});

describe('getTablePrefix() in raw SQL', () => {
  it.each([
    ['DB::getTablePrefix()', "DB::statement('DROP TABLE ' . DB::getTablePrefix() . 'old');"],
    ['a variable holding it', "$p = DB::getTablePrefix(); DB::statement(\"DROP TABLE {$p}old\");"],
    ['the connection\'s', "DB::statement('DROP TABLE ' . DB::connection()->getTablePrefix() . 'old');"],
    ['the schema builder\'s connection', "DB::statement('DROP TABLE ' . Schema::getConnection()->getTablePrefix() . 'old');"],
  ])('%s is the prefix with --app', async (_, up) => {
    expect((await analyse(up, true)).operations).toMatchObject([{ kind: 'rawSql', sql: 'DROP TABLE hb_old' }]);
  });

  it('without --app it is unknown, and the reason names --app', async () => {
    expect((await analyse("DB::statement('DROP TABLE ' . DB::getTablePrefix() . 'old');", false)).operations).toMatchObject([{ kind: 'opaque', reason: expect.stringMatching(/getTablePrefix\(\) is the connection's prefix; give --app DIR/) }]);
  });
});
