import { describe, expect, it } from 'vitest';
import { created } from './helpers.js';

const u = (bytes: number) => ({ kind: 'integer', bytes, unsigned: true });
const s = (bytes: number) => ({ kind: 'integer', bytes, unsigned: false });
const ts = (precision: number | null, timezone = false) => ({ kind: 'timestamp', precision, timezone });

describe('Blueprint column types', () => {
  it.each([
    ["$table->id();", { name: 'id', type: u(8), autoIncrement: true }],
    ["$table->id('user_key');", { name: 'user_key', type: u(8), autoIncrement: true }],
    ["$table->bigIncrements('id');", { name: 'id', type: u(8), autoIncrement: true }],
    ["$table->increments('id');", { name: 'id', type: u(4), autoIncrement: true }],
    ["$table->integerIncrements('id');", { name: 'id', type: u(4), autoIncrement: true }],
    ["$table->mediumIncrements('id');", { name: 'id', type: u(3), autoIncrement: true }],
    ["$table->smallIncrements('id');", { name: 'id', type: u(2), autoIncrement: true }],
    ["$table->tinyIncrements('id');", { name: 'id', type: u(1), autoIncrement: true }],
    ["$table->tinyInteger('c');", { name: 'c', type: s(1) }],
    ["$table->smallInteger('c');", { name: 'c', type: s(2) }],
    ["$table->mediumInteger('c');", { name: 'c', type: s(3) }],
    ["$table->integer('c');", { name: 'c', type: s(4), autoIncrement: false }],
    ["$table->integer('c', false, true);", { name: 'c', type: u(4) }],
    ["$table->bigInteger('c');", { name: 'c', type: s(8) }],
    ["$table->unsignedTinyInteger('c');", { name: 'c', type: u(1) }],
    ["$table->unsignedSmallInteger('c');", { name: 'c', type: u(2) }],
    ["$table->unsignedMediumInteger('c');", { name: 'c', type: u(3) }],
    ["$table->unsignedInteger('c');", { name: 'c', type: u(4) }],
    ["$table->unsignedBigInteger('c');", { name: 'c', type: u(8) }],
    ["$table->integer('c')->unsigned();", { name: 'c', type: u(4) }],
    ["$table->foreignId('user_id');", { name: 'user_id', type: u(8) }],
    ["$table->foreignUuid('user_id');", { name: 'user_id', type: { kind: 'uuid' } }],
    ["$table->foreignUlid('user_id');", { name: 'user_id', type: { kind: 'string', length: 26, fixed: true } }],
    ["$table->decimal('c');", { type: { kind: 'decimal', precision: 8, scale: 2, unsigned: false } }],
    ["$table->decimal('c', 12, 4);", { type: { kind: 'decimal', precision: 12, scale: 4, unsigned: false } }],
    ["$table->decimal('c', places: 3, total: 9);", { type: { kind: 'decimal', precision: 9, scale: 3, unsigned: false } }],
    ["$table->unsignedDecimal('c', 5, 1);", { type: { kind: 'decimal', precision: 5, scale: 1, unsigned: true } }],
    ["$table->decimal('c')->unsigned();", { type: { kind: 'decimal', precision: 8, scale: 2, unsigned: true } }],
    ["$table->float('c');", { type: { kind: 'float', bits: null } }],
    ["$table->float('c', 53);", { type: { kind: 'float', bits: 53 } }],
    ["$table->float('c', precision: 10);", { type: { kind: 'float', bits: 24 } }],
    ["$table->float('c', 8, 2);", { type: { kind: 'float', bits: null } }],
    ["$table->unsignedFloat('c');", { type: { kind: 'float', bits: null } }],
    ["$table->double('c');", { type: { kind: 'float', bits: 53 } }],
    ["$table->unsignedDouble('c');", { type: { kind: 'float', bits: 53 } }],
    ["$table->boolean('c');", { type: { kind: 'boolean' } }],
    ["$table->char('c');", { type: { kind: 'string', length: 255, fixed: true } }],
    ["$table->char('c', 2);", { type: { kind: 'string', length: 2, fixed: true } }],
    ["$table->string('c');", { type: { kind: 'string', length: 255, fixed: false } }],
    ["$table->string('c', 40);", { type: { kind: 'string', length: 40, fixed: false } }],
    ["$table->string('c', length: 64);", { type: { kind: 'string', length: 64, fixed: false } }],
    ["$table->tinyText('c');", { type: { kind: 'text', size: 'tiny' } }],
    ["$table->text('c');", { type: { kind: 'text', size: 'normal' } }],
    ["$table->mediumText('c');", { type: { kind: 'text', size: 'medium' } }],
    ["$table->longText('c');", { type: { kind: 'text', size: 'long' } }],
    ["$table->binary('c');", { type: { kind: 'binary', length: null } }],
    ["$table->binary('c', 16);", { type: { kind: 'binary', length: 16 } }],
    ["$table->json('c');", { type: { kind: 'json', binary: false } }],
    ["$table->jsonb('c');", { type: { kind: 'json', binary: true } }],
    ["$table->uuid();", { name: 'uuid', type: { kind: 'uuid' } }],
    ["$table->uuid('c');", { name: 'c', type: { kind: 'uuid' } }],
    ["$table->ulid();", { name: 'ulid', type: { kind: 'string', length: 26, fixed: true } }],
    ["$table->enum('c', ['a', 'b']);", { type: { kind: 'enum', values: ['a', 'b'] } }],
    ["$table->set('c', ['x', 'y']);", { type: { kind: 'set', values: ['x', 'y'] } }],
    ["$table->date('c');", { type: { kind: 'date' } }],
    ["$table->dateTime('c');", { type: ts(null) }],
    ["$table->dateTime('c', 3);", { type: ts(3) }],
    ["$table->dateTimeTz('c');", { type: ts(null, true) }],
    ["$table->time('c');", { type: { kind: 'time', precision: null, timezone: false } }],
    ["$table->timeTz('c', 2);", { type: { kind: 'time', precision: 2, timezone: true } }],
    ["$table->timestamp('c');", { type: ts(null) }],
    ["$table->timestamp('c', precision: 6);", { type: ts(6) }],
    ["$table->timestampTz('c');", { type: ts(null, true) }],
    ["$table->softDeletes();", { name: 'deleted_at', type: ts(null), nullable: true }],
    ["$table->softDeletes('removed_at', 3);", { name: 'removed_at', type: ts(3), nullable: true }],
    ["$table->softDeletesTz();", { name: 'deleted_at', type: ts(null, true), nullable: true }],
    ["$table->softDeletesDatetime();", { name: 'deleted_at', type: ts(null), nullable: true }],
    ["$table->rememberToken();", { name: 'remember_token', type: { kind: 'string', length: 100, fixed: false }, nullable: true }],
    ["$table->year('c');", { type: { kind: 'year' } }],
    ["$table->ipAddress();", { name: 'ip_address', type: { kind: 'ipAddress' } }],
    ["$table->ipAddress('ip');", { name: 'ip', type: { kind: 'ipAddress' } }],
    ["$table->macAddress();", { name: 'mac_address', type: { kind: 'macAddress' } }],
    ["$table->geometry('c');", { type: { kind: 'geometry', subtype: null } }],
    ["$table->geometry('c', 'point');", { type: { kind: 'geometry', subtype: 'point' } }],
    ["$table->geography('c');", { type: { kind: 'geometry', subtype: 'geography' } }],
    ["$table->point('c');", { type: { kind: 'geometry', subtype: 'point' } }],
    ["$table->lineString('c');", { type: { kind: 'geometry', subtype: 'linestring' } }],
    ["$table->polygon('c');", { type: { kind: 'geometry', subtype: 'polygon' } }],
    ["$table->geometryCollection('c');", { type: { kind: 'geometry', subtype: 'geometrycollection' } }],
    ["$table->multiPoint('c');", { type: { kind: 'geometry', subtype: 'multipoint' } }],
    ["$table->multiLineString('c');", { type: { kind: 'geometry', subtype: 'multilinestring' } }],
    ["$table->multiPolygon('c');", { type: { kind: 'geometry', subtype: 'multipolygon' } }],
    ["$table->multiPolygonZ('c');", { type: { kind: 'geometry', subtype: 'multipolygonz' } }],
    ["$table->computed('c', 'a + b');", { type: { kind: 'raw', sql: 'computed' }, generated: { kind: 'virtual', expression: 'a + b' } }],
    ["$table->vector('c', 3);", { type: { kind: 'raw', sql: 'vector(3)' } }],
    ["$table->addColumn('citext', 'c');", { name: 'c', type: { kind: 'raw', sql: 'citext' } }],
  ])('%s', (line, expected) => {
    expect(created(line).columns).toMatchObject([expected]);
  });

  it.each([
    ['$table->timestamps();', ['created_at', 'updated_at'], ts(null)],
    ['$table->timestamps(3);', ['created_at', 'updated_at'], ts(3)],
    ['$table->nullableTimestamps();', ['created_at', 'updated_at'], ts(null)],
    ['$table->timestampsTz();', ['created_at', 'updated_at'], ts(null, true)],
    ['$table->datetimes();', ['created_at', 'updated_at'], ts(null)],
  ])('%s adds two nullable columns', (line, names, type) => {
    const table = created(line);
    expect(table.columns.map((c) => c.name)).toEqual(names);
    expect(table.columns.every((c) => c.nullable && JSON.stringify(c.type) === JSON.stringify(type))).toBe(true);
  });

  it.each([
    ["$table->morphs('taggable');", u(8), false],
    ["$table->nullableMorphs('taggable');", u(8), true],
    ["$table->numericMorphs('taggable');", u(8), false],
    ["$table->nullableNumericMorphs('taggable');", u(8), true],
    ["$table->uuidMorphs('taggable');", { kind: 'uuid' }, false],
    ["$table->nullableUuidMorphs('taggable');", { kind: 'uuid' }, true],
    ["$table->ulidMorphs('taggable');", { kind: 'string', length: 26, fixed: true }, false],
    ["$table->nullableUlidMorphs('taggable');", { kind: 'string', length: 26, fixed: true }, true],
  ])('%s adds _type, _id and their index', (line, idType, nullable) => {
    const table = created(line);
    expect(table.columns).toMatchObject([
      { name: 'taggable_type', type: { kind: 'string', length: 255 }, nullable },
      { name: 'taggable_id', type: idType, nullable },
    ]);
    expect(table.indexes).toMatchObject([{ name: 't_taggable_type_taggable_id_index', kind: 'index', columns: ['taggable_type', 'taggable_id'] }]);
  });

  it('morphs() with a given index name and Schema::morphUsingUuids()', () => {
    expect(created("$table->morphs('owner', 'owner_idx');").indexes).toMatchObject([{ name: 'owner_idx' }]);
    const ops = created("Schema::morphUsingUuids();\n$table->morphs('owner');");
    expect(ops.columns[1]).toMatchObject({ name: 'owner_id', type: { kind: 'uuid' } });
  });

  it('Schema::defaultStringLength() in the migration changes later strings', () => {
    expect(created("Schema::defaultStringLength(191);\n$table->string('c');").columns).toMatchObject([{ type: { kind: 'string', length: 191 } }]);
  });

  it('records source lines on columns', () => {
    const table = created("$table->id();\n\n$table->string('name');");
    expect(table.columns.map((c) => c.at)).toEqual([{ file: 'm.php', line: 11 }, { file: 'm.php', line: 13 }]);
  });
});
