import { describe, expect, it } from 'vitest';
import { altered, analyse, created } from './helpers.js';

describe('column modifiers', () => {
  it.each([
    ["$table->string('c')->nullable();", { nullable: true }],
    ["$table->string('c')->nullable(false);", { nullable: false }],
    ["$table->string('c')->nullable(true)->nullable(false);", { nullable: false }],
    ["$table->string('c')->default('x');", { default: { kind: 'literal', value: 'x' } }],
    ["$table->integer('c')->default(-5);", { default: { kind: 'literal', value: -5 } }],
    ["$table->decimal('c')->default(1.5);", { default: { kind: 'literal', value: 1.5 } }],
    ["$table->boolean('c')->default(true);", { default: { kind: 'literal', value: true } }],
    ["$table->string('c')->nullable()->default(null);", { default: { kind: 'literal', value: null } }],
    ["$table->string('c')->default(self::DEFAULT_STATUS);", { default: { kind: 'literal', value: 'draft' } }],
    ["$table->timestamp('c')->default(DB::raw('CURRENT_TIMESTAMP'));", { default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } }],
    ["$table->json('c')->default(new Expression('(JSON_ARRAY())'));", { default: { kind: 'expression', sql: '(JSON_ARRAY())' } }],
    ["$table->timestamp('c')->useCurrent();", { default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } }],
    ["$table->timestamp('c')->useCurrent()->useCurrentOnUpdate();", { default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } }],
    ["$table->string('c')->comment('why');", { comment: 'why' }],
    ["$table->integer('c')->autoIncrement();", { autoIncrement: true }],
    ["$table->string('c')->after('b')->first()->charset('utf8mb4')->collation('utf8mb4_bin');", { name: 'c', nullable: false }],
    ["$table->integer('c')->storedAs('a + b');", { generated: { kind: 'stored', expression: 'a + b' } }],
    ["$table->integer('c')->virtualAs('a * 2');", { generated: { kind: 'virtual', expression: 'a * 2' } }],
    ["$table->string('c')->type('citext');", { type: { kind: 'raw', sql: 'citext' } }],
    ["$table->string('c')->default(\"a\\tb\");", { default: { kind: 'literal', value: 'a\tb' } }],
  ])('%s', (line, expected) => {
    expect(created(line, { members: "const DEFAULT_STATUS = 'draft';" }).columns).toMatchObject([expected]);
  });

  it('a default that is not a literal leaves the default unknown and warns', () => {
    const migration = analyse("Schema::create('t', function (Blueprint $table) { $table->string('c')->default(Status::Draft); });");
    const op = migration.operations[0];
    expect(op?.kind === 'createTable' && op.columns[0]?.default).toBeUndefined();
    expect(migration.warnings.map((w) => w.code)).toContain('W-LARAVEL-DEFAULT-UNKNOWN');
  });

  it('an unknown modifier warns and keeps the column', () => {
    const migration = analyse("Schema::create('t', function (Blueprint $table) { $table->string('c')->sparkle(); });");
    expect(migration.operations[0]).toMatchObject({ kind: 'createTable', columns: [{ name: 'c' }] });
    expect(migration.warnings.map((w) => w.code)).toEqual(['W-LARAVEL-UNKNOWN-MODIFIER']);
  });

  it('a non-literal column name makes the column opaque', () => {
    const ops = altered('$table->string($name);');
    expect(ops).toMatchObject([{ kind: 'opaque', reason: expect.stringContaining('string()') }]);
  });
});

describe('inline indexes', () => {
  it.each([
    ["$table->string('c')->unique();", { name: 't_c_unique', kind: 'unique', columns: ['c'] }],
    ["$table->string('c')->unique('c_u');", { name: 'c_u', kind: 'unique', columns: ['c'] }],
    ["$table->string('c')->index();", { name: 't_c_index', kind: 'index' }],
    ["$table->string('c')->primary();", { name: 't_c_primary', kind: 'primary' }],
    ["$table->text('c')->fulltext();", { name: 't_c_fulltext', kind: 'fulltext' }],
    ["$table->text('c')->fullText();", { name: 't_c_fulltext', kind: 'fulltext' }],
    ["$table->point('c')->spatialIndex();", { name: 't_c_spatialindex', kind: 'spatial' }],
    // Blueprint::addFluentIndexes stops at the first index modifier it finds, unique before index.
    ["$table->string('c')->index()->unique();", { name: 't_c_unique', kind: 'unique' }],
  ])('%s', (line, expected) => {
    expect(created(line).indexes).toMatchObject([expected]);
  });

  it('id() and increments() carry their primary key', () => {
    expect(created('$table->id();').indexes).toMatchObject([{ kind: 'primary', columns: ['id'], name: 't_id_primary' }]);
    expect(created("$table->increments('n');").indexes).toMatchObject([{ kind: 'primary', columns: ['n'] }]);
  });

  it('prefix is part of default index names', () => {
    const table = created("$table->string('Email-Address')->unique();\n$table->index(['a.b', 'c']);", { prefix: 'app_' });
    expect(table.table).toBe('app_t');
    expect(table.indexes.map((index) => index.name)).toEqual(['app_t_a_b_c_index', 'app_t_email_address_unique']);
  });
});

describe('foreign keys', () => {
  it.each([
    ["$table->foreignId('user_id')->constrained();", { name: 't_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: null }],
    ["$table->foreignId('category_id')->constrained();", { refTable: 'categories' }],
    ["$table->foreignId('address_id')->constrained();", { refTable: 'addresses' }],
    ["$table->foreignId('person_id')->constrained();", { refTable: 'people' }],
    ["$table->foreignId('status_id')->constrained();", { refTable: 'statuses' }],
    ["$table->foreignId('order_item_id')->constrained();", { refTable: 'order_items' }],
    ["$table->foreignId('author_id')->constrained('users');", { refTable: 'users', refColumns: ['id'] }],
    ["$table->foreignId('owner_uuid')->constrained('users', 'uuid');", { refTable: 'users', refColumns: ['uuid'] }],
    ["$table->foreignId('user_id')->constrained(indexName: 'fk_user');", { name: 'fk_user', refTable: 'users' }],
    ["$table->foreignId('user_id')->constrained()->cascadeOnDelete();", { onDelete: 'cascade' }],
    ["$table->foreignId('user_id')->constrained()->nullOnDelete();", { onDelete: 'set null' }],
    ["$table->foreignId('user_id')->constrained()->restrictOnDelete();", { onDelete: 'restrict' }],
    ["$table->foreignId('user_id')->constrained()->noActionOnDelete();", { onDelete: 'no action' }],
    ["$table->foreignId('user_id')->constrained()->cascadeOnUpdate();", { onUpdate: 'cascade' }],
    ["$table->foreignId('user_id')->constrained()->onDelete('CASCADE')->onUpdate('restrict');", { onDelete: 'cascade', onUpdate: 'restrict' }],
    ["$table->foreignId('user_id')->references('id')->on('members');", { refTable: 'members', refColumns: ['id'] }],
    ["$table->foreignUuid('team_id')->constrained();", { refTable: 'teams' }],
    ["$table->foreignIdFor(User::class)->constrained();", { columns: ['user_id'], refTable: 'users' }],
    ["$table->foreignIdFor(\\App\\Models\\BlogPost::class)->constrained();", { columns: ['blog_post_id'], refTable: 'blog_posts' }],
    ["$table->foreign('user_id')->references('id')->on('users')->onDelete('cascade');", { name: 't_user_id_foreign', refTable: 'users', onDelete: 'cascade' }],
    ["$table->foreign(['a', 'b'], 'ab_fk')->references(['x', 'y'])->on('other');", { name: 'ab_fk', columns: ['a', 'b'], refColumns: ['x', 'y'] }],
  ])('%s', (line, expected) => {
    expect(created(line).foreignKeys).toMatchObject([expected]);
  });

  it('prefixes the referenced table and the default name', () => {
    expect(created("$table->foreignId('user_id')->constrained();", { prefix: 'x_' }).foreignKeys).toMatchObject([
      { name: 'x_t_user_id_foreign', refTable: 'x_users' },
    ]);
  });

  it('a modifier after constrained() applies to the foreign key, not the column', () => {
    const migration = analyse("Schema::create('t', function (Blueprint $table) { $table->foreignId('user_id')->constrained()->nullable(); });");
    expect(migration.operations[0]).toMatchObject({ columns: [{ name: 'user_id', nullable: false }] });
    expect(migration.warnings.map((w) => w.code)).toContain('W-LARAVEL-UNKNOWN-MODIFIER');
  });

  it('foreign() without on() is opaque', () => {
    expect(altered("$table->foreign('user_id')->references('id');")).toMatchObject([{ kind: 'opaque' }]);
  });

  it('foreignIdFor() with a variable model is opaque', () => {
    expect(altered('$table->foreignIdFor($model);')).toMatchObject([{ kind: 'opaque' }]);
  });
});
