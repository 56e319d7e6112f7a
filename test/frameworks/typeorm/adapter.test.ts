import { describe, expect, it } from 'vitest';
import { typeorm } from '../../../src/frameworks/typeorm/index.js';
import { foreignKeyName, indexName, primaryKeyName, uniqueConstraintName } from '../../../src/frameworks/typeorm/naming-strategy.js';
import type { Migration } from '../../../src/model/index.js';

/** A migration class with `body` as its up(). */
function analyze(body: string, members = '', before = ''): Migration {
  const source = `import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex, TableForeignKey } from "typeorm";
${before}
export class M1714000000000 implements MigrationInterface {
  ${members}
  public async up(queryRunner: QueryRunner): Promise<void> {
    ${body}
  }
}
`;
  return typeorm.analyze('M1714000000000', 'm.ts', source, { tablePrefix: '' });
}

describe('DefaultNamingStrategy names, as TypeORM wrote them into the sample dumps', () => {
  it.each([
    ['primary key', primaryKeyName('users', ['id']), 'PK_a3ffb1c0c8416b9fc6f907b7433'],
    ['composite primary key (columns sorted)', primaryKeyName('task_tags', ['task_id', 'tag_id']), 'PK_a7354e3c3f630636f6e4a29694a'],
    ['unique column', uniqueConstraintName('users', ['email']), 'UQ_97672ac88f789774dd47f7c8be3'],
    ['index', indexName('projects', ['name'], null), 'IDX_2187088ab5ef2a918473cb9900'],
    ['two-column index', indexName('tasks', ['project_id', 'status'], null), 'IDX_8d82387ba026be63046895fe37'],
    ['foreign key', foreignKeyName('projects', ['owner_id']), 'FK_b1bd2fbf5d0ef67319c91acb5cf'],
    ['schema-qualified table', foreignKeyName('public.task_tags', ['task_id']), 'FK_70515bc464901781ac60b82a1ea'],
  ])('%s', (_what, got, expected) => {
    expect(got).toBe(expected);
  });
});

describe('migration names and order', () => {
  it.each([
    ['1714000000000-CreateUsers.ts', 'CreateUsers1714000000000'],
    ['1714000000000-create-users.ts', 'CreateUsers1714000000000'],
    ['1714000000000-add_email.js', 'AddEmail1714000000000'],
    ['CreateUsers1714000000000.ts', 'CreateUsers1714000000000'],
    ['dir/1714000000000-CreateUsers.mjs', 'CreateUsers1714000000000'],
    ['1714000000000-CreateUsers.d.ts', null],
    ['helpers.ts', null],
    ['1714000000000-CreateUsers.php', null],
  ])('%s → %s', (file, name) => {
    expect(typeorm.migrationName(file)).toBe(name);
  });

  it('sorts by the timestamp, not the name', () => {
    expect(['Zeta1714000000000', 'Alpha1715000000000', 'Beta1713000000000'].sort(typeorm.compareNames)).toEqual([
      'Beta1713000000000',
      'Zeta1714000000000',
      'Alpha1715000000000',
    ]);
  });

  it.each([
    ['the class name', '', 'M1714000000000'],
    ['the name property', 'name = "Renamed1714000000000";', 'Renamed1714000000000'],
  ])('identity: %s', (_what, members, name) => {
    expect(analyze('', members).name).toBe(name);
  });

  it('refuses a name without a 13-digit timestamp, as TypeORM does', () => {
    expect(analyze('', 'name = "NoTimestamp";').error?.code).toBe('E-TYPEORM-NAME');
  });

  it('reports a syntax error with its line', () => {
    const migration = typeorm.analyze('X1714000000000', 'x.ts', 'export class X1714000000000 {\n  async up(q) {\n    await q.query(\n', { tablePrefix: '' });
    expect(migration.error?.code).toBe('E-TS-SYNTAX');
  });

  it('writes (timestamp, name) rows', () => {
    expect(typeorm.tracking.rowFor('CreateUsers1714000000000', 1)).toEqual([
      { column: 'timestamp', value: { kind: 'integer', value: 1714000000000 } },
      { column: 'name', value: { kind: 'text', value: 'CreateUsers1714000000000' } },
    ]);
  });
});

describe('queryRunner.query SQL', () => {
  it.each([
    ['a string', 'await queryRunner.query("CREATE TABLE a (id int)");', '', 'CREATE TABLE a (id int)'],
    ['a template literal', 'await queryRunner.query(`CREATE TABLE "a" ("id" int)`);', '', 'CREATE TABLE "a" ("id" int)'],
    ['a concatenation with a top-level const', 'await queryRunner.query("DROP TABLE " + T);', 'const T = "tasks";', 'DROP TABLE tasks'],
    ['a template with a local const', 'const t = "tasks"; await queryRunner.query(`DROP TABLE ${t}`);', '', 'DROP TABLE tasks'],
    ['through the manager', 'await queryRunner.manager.query("DROP TABLE a");', '', 'DROP TABLE a'],
  ])('%s', (_what, body, before, sql) => {
    expect(analyze(body, '', before).operations).toMatchObject([{ kind: 'rawSql', sql }]);
  });

  it.each([
    ['SQL built at run time', 'await queryRunner.query(`DROP TABLE ${process.env.T}`);', 'opaque'],
    ['a parameterised insert', 'await queryRunner.query("INSERT INTO a (x) VALUES ($1)", [1]);', 'dataChange'],
    ['the runner passed to a helper', 'await helper(queryRunner);', 'opaque'],
    ['an unknown QueryRunner method', 'await queryRunner.createView(view);', 'opaque'],
  ])('%s', (_what, body, kind) => {
    expect(analyze(body).operations.map((op) => op.kind)).toEqual([kind]);
  });

  it('keeps the line of each call', () => {
    const migration = analyze('await queryRunner.query("DROP TABLE a");\n    await queryRunner.query("DROP TABLE b");');
    expect(migration.operations.map((op) => op.at.line)).toEqual([6, 7]);
  });
});

describe('the QueryRunner API', () => {
  it('createTable with primary, unique, indices and foreign keys, named as TypeORM names them', () => {
    const [op] = analyze(`await queryRunner.createTable(new Table({
      name: "projects",
      columns: [
        { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "owner_id", type: "integer" },
        { name: "slug", type: "varchar", length: "80", isUnique: true },
        { name: "status", type: "varchar", length: 20, default: "'open'", isNullable: true },
      ],
      indices: [{ columnNames: ["owner_id"] }],
      foreignKeys: [{ columnNames: ["owner_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "cascade" }],
    }), true);`).operations;
    expect(op).toMatchObject({
      kind: 'createTable',
      table: 'projects',
      ifNotExists: true,
      columns: [
        { name: 'id', type: { kind: 'integer', bytes: 4 }, nullable: false, autoIncrement: true },
        { name: 'owner_id', nullable: false, autoIncrement: false },
        { name: 'slug', type: { kind: 'string', length: 80, fixed: false } },
        { name: 'status', nullable: true, default: { kind: 'literal', value: 'open' } },
      ],
      indexes: [
        { kind: 'primary', name: primaryKeyName('projects', ['id']), columns: ['id'] },
        { kind: 'index', name: indexName('projects', ['owner_id'], null), columns: ['owner_id'] },
        { kind: 'unique', name: uniqueConstraintName('projects', ['slug']), columns: ['slug'] },
      ],
      foreignKeys: [{ name: foreignKeyName('projects', ['owner_id']), refTable: 'users', refColumns: ['id'], onDelete: 'CASCADE' }],
    });
  });

  it('addColumn, unique, on SQLite: the name TypeORM gave it there', () => {
    // sqlite3 .dump after runMigrations ran the sample's AddSlugToProjects:
    // CONSTRAINT "UQ_013f235b3911610f4b036b1e395" UNIQUE ("slug") (the TypeORM sweep found it).
    const ops = analyze('await queryRunner.addColumn("projects", new TableColumn({ name: "slug", type: "varchar", length: "80", isNullable: true, isUnique: true }));').operations;
    const onSqlite = ops.filter((op) => op.guards.some((guard) => guard.kind === 'engine' && guard.engines.includes('sqlite') && !guard.negated));
    expect(onSqlite).toMatchObject([{ kind: 'addIndex', table: 'projects', index: { name: 'UQ_013f235b3911610f4b036b1e395', kind: 'unique', columns: ['slug'] } }]);
  });

  it.each([
    ['createTable without foreign keys', 'await queryRunner.createTable(new Table({ name: "t", columns: [{ name: "a", type: "int" }], foreignKeys: [{ columnNames: ["a"], referencedTableName: "u", referencedColumnNames: ["id"] }] }), false, false);', [{ kind: 'createTable', foreignKeys: [] }]],
    ['dropTable', 'await queryRunner.dropTable("t", true);', [{ kind: 'dropTable', table: 't', ifExists: true }]],
    ['renameTable', 'await queryRunner.renameTable("a", "b");', [{ kind: 'renameTable', from: 'a', to: 'b' }]],
    [
      'addColumn, unique: UQ_ on PostgreSQL; on MySQL a unique index IDX_ (MysqlQueryRunner.addColumn); on SQLite UQ_ of the rebuild\'s temporary_ table',
      'await queryRunner.addColumn("t", new TableColumn({ name: "c", type: "uuid", isUnique: true }));',
      [
        { kind: 'addColumn', column: { name: 'c', type: { kind: 'uuid' } } },
        { kind: 'addIndex', index: { name: uniqueConstraintName('t', ['c']), kind: 'unique' }, guards: [{ kind: 'engine', engines: ['mysql', 'sqlite'], negated: true }] },
        { kind: 'addIndex', index: { name: indexName('t', ['c'], null), kind: 'unique' }, guards: [{ kind: 'engine', engines: ['mysql'], negated: false }] },
        { kind: 'addIndex', index: { name: uniqueConstraintName('temporary_t', ['c']), kind: 'unique', columns: ['c'] }, guards: [{ kind: 'engine', engines: ['sqlite'], negated: false }] },
      ],
    ],
    ['addColumns', 'await queryRunner.addColumns("t", [new TableColumn({ name: "a", type: "text" }), { name: "b", type: "jsonb" }]);', [{ kind: 'addColumn', column: { name: 'a' } }, { kind: 'addColumn', column: { name: 'b', type: { kind: 'json', binary: true } } }]],
    ['dropColumn', 'await queryRunner.dropColumn("t", "c");', [{ kind: 'dropColumn', table: 't', column: 'c' }]],
    ['renameColumn', 'await queryRunner.renameColumn("t", "a", "b");', [{ kind: 'renameColumn', table: 't', from: 'a', to: 'b' }]],
    ['changeColumn restates the column', 'await queryRunner.changeColumn("t", "a", new TableColumn({ name: "a", type: "varchar", length: "300" }));', [{ kind: 'changeColumn', column: { name: 'a', type: { kind: 'string', length: 300 }, nullable: false, default: null } }]],
    ['changeColumn with a new name', 'await queryRunner.changeColumn("t", "a", new TableColumn({ name: "b", type: "int", isNullable: true }));', [{ kind: 'renameColumn', from: 'a', to: 'b' }, { kind: 'changeColumn', column: { name: 'b', nullable: true } }]],
    ['createIndex, unnamed', 'await queryRunner.createIndex("t", new TableIndex({ columnNames: ["b", "a"], isUnique: true }));', [{ kind: 'addIndex', index: { name: indexName('t', ['a', 'b'], null), kind: 'unique', columns: ['b', 'a'] } }]],
    ['createIndex, named', 'await queryRunner.createIndex("t", new TableIndex({ name: "t_a", columnNames: ["a"] }));', [{ kind: 'addIndex', index: { name: 't_a', kind: 'index' } }]],
    ['dropIndex by name', 'await queryRunner.dropIndex("t", "t_a");', [{ kind: 'dropIndex', name: 't_a' }]],
    ['createForeignKey', 'await queryRunner.createForeignKey("t", new TableForeignKey({ columnNames: ["u"], referencedTableName: "users", referencedColumnNames: ["id"] }));', [{ kind: 'addForeignKey', foreignKey: { name: foreignKeyName('t', ['u']), refTable: 'users' } }]],
    ['dropForeignKey by its object', 'await queryRunner.dropForeignKey("t", new TableForeignKey({ columnNames: ["u"], referencedTableName: "users", referencedColumnNames: ["id"] }));', [{ kind: 'dropForeignKey', name: foreignKeyName('t', ['u']) }]],
    ['a Table held in a const', 'const table = new Table({ name: "t", columns: [{ name: "a", type: "int" }] }); await queryRunner.createTable(table);', [{ kind: 'createTable', table: 't' }]],
    ['a read changes nothing', 'const exists = await queryRunner.hasTable("t");', []],
    ['a column not known statically', 'await queryRunner.addColumn("t", makeColumn());', [{ kind: 'opaque' }]],
  ])('%s', (_what, body, expected) => {
    expect(analyze(body).operations).toMatchObject(expected);
  });
});

describe('guards and loops', () => {
  it.each([
    ['hasTable', 'if (!(await queryRunner.hasTable("t"))) { await queryRunner.query("CREATE TABLE t (a int)"); }', [{ kind: 'tableExists', table: 't', negated: true }]],
    ['hasColumn', 'if (await queryRunner.hasColumn("t", "c")) await queryRunner.dropColumn("t", "c");', [{ kind: 'columnExists', table: 't', column: 'c', negated: false }]],
    ['the driver type', 'if (queryRunner.connection.options.type === "postgres") await queryRunner.query("CREATE EXTENSION x");', [{ kind: 'engine', engines: ['postgres'], negated: false }]],
    ['anything else', 'if (process.env.X) await queryRunner.query("DROP TABLE t");', [{ kind: 'unknown' }]],
  ])('%s', (_what, body, guards) => {
    expect(analyze(body).operations[0]?.guards).toMatchObject(guards);
  });

  it('else branches take the negated guard', () => {
    const ops = analyze('if (queryRunner.connection.options.type === "mysql") { await queryRunner.query("A"); } else { await queryRunner.query("B"); }').operations;
    expect(ops.map((op) => op.guards[0])).toMatchObject([{ engines: ['mysql'], negated: false }, { engines: ['mysql'], negated: true }]);
  });

  it('unrolls a loop over a literal list', () => {
    const ops = analyze('for (const t of ["a", "b"]) { await queryRunner.dropTable(t); }').operations;
    expect(ops).toMatchObject([{ kind: 'dropTable', table: 'a' }, { kind: 'dropTable', table: 'b' }]);
  });

  it('stops at a throw', () => {
    const ops = analyze('await queryRunner.query("A"); throw new Error("no"); await queryRunner.query("B");').operations;
    expect(ops).toMatchObject([{ kind: 'rawSql', sql: 'A' }]);
  });
});
