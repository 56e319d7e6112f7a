import { describe, expect, it } from 'vitest';
import { typeorm } from '../../../src/frameworks/typeorm/index.js';
import { typeormDefaultNameOnRename } from '../../../src/frameworks/typeorm/default-name-renames.js';
import { foreignKeyName, indexName, primaryKeyName, uniqueConstraintName } from '../../../src/frameworks/typeorm/naming-strategy.js';
import { replay, replayEngine } from '../../../src/infer/replay.js';
import type { DialectName, Operation } from '../../../src/model/index.js';
import { testDialect } from '../../support/builders.js';

/*
 * QueryRunner.renameColumn and renameTable rename the keys DefaultNamingStrategy named
 * after the old table or column, each driver its own kinds (PostgresQueryRunner,
 * MysqlQueryRunner, AbstractSqliteQueryRunner .renameTable/.renameColumn/.changeColumn(s)).
 */

const ENGINES: readonly DialectName[] = ['postgres', 'mysql', 'sqlite'];

/** The `up()` bodies of a migration history, read by the adapter. */
function operationsOf(...bodies: string[]): Operation[][] {
  return bodies.map((body, n) => {
    const name = `M${1714000000000 + n}`;
    const source = `import { QueryRunner, Table, TableIndex, TableForeignKey } from "typeorm";
export class ${name} { async up(queryRunner: QueryRunner) { ${body} } }`;
    return typeorm.analyze(name, `${name}.ts`, source, { tablePrefix: '' }).operations as Operation[];
  });
}

/** The names of the indexes and foreign keys the replay ends with, `table:name`, sorted. */
function keysAfter(engine: DialectName, history: Operation[][]): string[] {
  const result = replay(history.length, replayEngine({ ...testDialect, name: engine }, typeormDefaultNameOnRename), (i) => history[i] ?? null);
  return [...result.facts.values()]
    .flatMap((entry) => (entry.fact.kind === 'index' ? [`${entry.fact.table}:${entry.fact.index.name}`] : entry.fact.kind === 'foreignKey' ? [`${entry.fact.table}:${entry.fact.foreignKey.name}`] : []))
    .sort();
}

const CREATE = `await queryRunner.createTable(new Table({
  name: "tasks",
  columns: [
    { name: "id", type: "integer", isPrimary: true, isGenerated: true },
    { name: "owner_id", type: "integer" },
    { name: "code", type: "varchar", length: "20", isUnique: true },
    { name: "status", type: "varchar", length: "20" },
  ],
  indices: [{ columnNames: ["owner_id", "status"] }, { name: "tasks_status_named", columnNames: ["status"] }],
  foreignKeys: [{ columnNames: ["owner_id"], referencedTableName: "users", referencedColumnNames: ["id"] }],
}));`;

const sorted = (keys: string[]): string[] => [...keys].sort();

describe('renameColumn renames the keys named after the old column', () => {
  const history = operationsOf(CREATE, 'await queryRunner.renameColumn("tasks", "owner_id", "assignee_id");');
  const kept = ['tasks:tasks_status_named', `tasks:${primaryKeyName('tasks', ['id'])}`, `tasks:${uniqueConstraintName('tasks', ['code'])}`];
  it.each(ENGINES)('%s', (engine) => {
    expect(keysAfter(engine, history)).toEqual(
      sorted([...kept, `tasks:${indexName('tasks', ['assignee_id', 'status'], null)}`, `tasks:${foreignKeyName('tasks', ['assignee_id'])}`]),
    );
  });
});

describe('renameColumn of a unique column: the UQ_ constraint follows on PostgreSQL and SQLite, not on MySQL', () => {
  const history = operationsOf(CREATE, 'await queryRunner.renameColumn("tasks", "code", "ref");');
  const common = ['tasks:tasks_status_named', `tasks:${primaryKeyName('tasks', ['id'])}`, `tasks:${indexName('tasks', ['owner_id', 'status'], null)}`, `tasks:${foreignKeyName('tasks', ['owner_id'])}`];
  it.each([
    ['postgres', uniqueConstraintName('tasks', ['ref'])],
    ['mysql', uniqueConstraintName('tasks', ['code'])],
    ['sqlite', uniqueConstraintName('tasks', ['ref'])],
  ] as const)('%s', (engine, unique) => {
    expect(keysAfter(engine, history)).toEqual(sorted([...common, `tasks:${unique}`]));
  });
});

describe('renameTable renames the keys named after the old table', () => {
  const history = operationsOf(CREATE, 'await queryRunner.renameTable("tasks", "jobs");');
  it.each([
    ['postgres', uniqueConstraintName('jobs', ['code'])],
    ['mysql', uniqueConstraintName('tasks', ['code'])],
    ['sqlite', uniqueConstraintName('jobs', ['code'])],
  ] as const)('%s', (engine, unique) => {
    // Primary keys are found by kind, whatever their name; PostgreSQL renames them too.
    const primary = engine === 'postgres' ? primaryKeyName('jobs', ['id']) : primaryKeyName('tasks', ['id']);
    expect(keysAfter(engine, history)).toEqual(
      sorted([
        'jobs:tasks_status_named',
        `jobs:${primary}`,
        `jobs:${unique}`,
        `jobs:${indexName('jobs', ['owner_id', 'status'], null)}`,
        `jobs:${foreignKeyName('jobs', ['owner_id'])}`,
      ]),
    );
  });
});

describe('what keeps its name', () => {
  it.each(ENGINES)('%s: a rename written as SQL (no renamesDefaultNames) renames no key; a key that only references the renamed table keeps its name', (engine) => {
    const [create, users, rename, renameUsers] = operationsOf(
      CREATE,
      'await queryRunner.createTable(new Table({ name: "users", columns: [{ name: "id", type: "integer", isPrimary: true }] }));',
      'await queryRunner.renameColumn("tasks", "owner_id", "assignee_id");',
      'await queryRunner.renameTable("users", "people");',
    );
    const asSql = rename!.map((operation) => (operation.kind === 'renameColumn' ? { ...operation, renamesDefaultNames: false } : operation));
    const keys = keysAfter(engine, [create!, users!, asSql, renameUsers!]);
    expect(keys).toContain(`tasks:${foreignKeyName('tasks', ['owner_id'])}`);
    expect(keys).toContain(`tasks:${indexName('tasks', ['owner_id', 'status'], null)}`);
  });

  it.each([
    ['a name of its own', { kind: 'index', name: 'tasks_status_named', before: { table: 'tasks', columns: ['status'] }, after: { table: 'tasks', columns: ['state'] } }],
    ['a partial index (its where is part of the default name)', { kind: 'index', name: indexName('tasks', ['status'], 'status IS NOT NULL'), before: { table: 'tasks', columns: ['status'] }, after: { table: 'tasks', columns: ['state'] } }],
    ['a unique constraint on MySQL', { kind: 'unique', name: uniqueConstraintName('tasks', ['code']), before: { table: 'tasks', columns: ['code'] }, after: { table: 'tasks', columns: ['ref'] } }],
  ] as const)('%s', (_what, key) => {
    expect(typeormDefaultNameOnRename('mysql', key)).toBeNull();
  });
});
