import type { Migration, Operation } from '../../../src/model/index.js';
import { laravel } from '../../../src/frameworks/laravel/index.js';

/** Wrap statements into an anonymous-class migration's up(); `members` go into the class body. */
export function migrationSource(body: string, members = ''): string {
  return [
    '<?php',
    'use Illuminate\\Database\\Migrations\\Migration;',
    'use Illuminate\\Database\\Schema\\Blueprint;',
    'use Illuminate\\Support\\Facades\\DB;',
    'use Illuminate\\Support\\Facades\\Schema;',
    'return new class extends Migration {',
    members,
    '    public function up(): void',
    '    {',
    body,
    '    }',
    '};',
    '',
  ].join('\n');
}

export function analyse(body: string, options: { prefix?: string; members?: string } = {}): Migration {
  return laravel.analyze('m', 'm.php', migrationSource(body, options.members), { tablePrefix: options.prefix ?? '' });
}

export function operations(body: string, options: { prefix?: string; members?: string } = {}): readonly Operation[] {
  const migration = analyse(body, options);
  if (migration.error) throw new Error(`${migration.error.code}: ${migration.error.message}`);
  return migration.operations;
}

/** The single createTable of `Schema::create('t', fn)` with `lines` in its closure. */
export function created(lines: string, options: { prefix?: string; members?: string } = {}): Extract<Operation, { kind: 'createTable' }> {
  const ops = operations(`Schema::create('t', function (Blueprint $table) {\n${lines}\n});`, options);
  const create = ops.find((op) => op.kind === 'createTable');
  if (!create || create.kind !== 'createTable') throw new Error(`no createTable in ${JSON.stringify(ops)}`);
  return create;
}

/** Operations of `Schema::table('t', fn)` with `lines` in its closure. */
export function altered(lines: string, options: { prefix?: string; members?: string } = {}): readonly Operation[] {
  return operations(`Schema::table('t', function (Blueprint $table) {\n${lines}\n});`, options);
}
