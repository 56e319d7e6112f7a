import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeorm } from '../../../src/frameworks/typeorm/index.js';
import { indexName } from '../../../src/frameworks/typeorm/naming-strategy.js';
import type { Operation } from '../../../src/model/index.js';

/*
 * Names and helpers that migrations import from the application's other modules,
 * read statically from those files (never run), one helper level deep.
 */

const app = mkdtempSync(join(tmpdir(), 'typeorm2-imports-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

const modules: Record<string, string> = {
  'src/schema-names.ts': `export const TICKETS = "tickets";
export const PREFIX = "app";
export const WIDTH = 120;
export const AUDIT = \`\${PREFIX}_audit\`;
export enum Tables { Labels = "labels", Comments = "comments" }
export enum Sizes { Small = 40, Medium, Large }
const hidden = "hidden_table";
export { hidden as RENAMED };
export let mutable = "mutable";
`,
  'src/names/index.ts': `export * from "../schema-names";\nexport { TICKETS as TICKET_TABLE } from "../schema-names";\n`,
  'src/db/helpers.ts': `import { QueryRunner, TableColumn } from "typeorm";
import { PREFIX } from "../schema-names";

export async function addTimestamps(queryRunner: QueryRunner, table: string, precision = 3): Promise<void> {
    await queryRunner.addColumn(table, new TableColumn({ name: "created_at", type: "timestamp", precision, default: "CURRENT_TIMESTAMP" }));
    await queryRunner.query(\`CREATE INDEX \${PREFIX}_\${table}_created ON \${table} (created_at)\`);
}

export const dropIfThere = async (runner: QueryRunner, table: string) => {
    if (await runner.hasTable(table)) await runner.dropTable(table);
};

export async function deeper(queryRunner: QueryRunner, table: string) {
    await other(queryRunner, table);
}

async function other(queryRunner: QueryRunner, table: string) {
    await queryRunner.dropTable(table);
}
`,
};
for (const [file, text] of Object.entries(modules)) {
  mkdirSync(join(app, file, '..'), { recursive: true });
  writeFileSync(join(app, file), text);
}

/** A migration in src/migrations with `imports` at the top and `body` as its up(). */
function operations(imports: string, body: string): Operation[] {
  const file = join(app, 'src', 'migrations', '1714000000000-M.ts');
  const source = `import { MigrationInterface, QueryRunner } from "typeorm";
${imports}
export class M1714000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    ${body}
  }
}
`;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, source);
  const migration = typeorm.analyze('M1714000000000', file, source, { tablePrefix: '' });
  expect(migration.error).toBeNull();
  return migration.operations as Operation[];
}

describe('constants across imports', () => {
  it.each([
    ['a const', 'import { TICKETS } from "../schema-names";', 'await queryRunner.dropTable(TICKETS);', { kind: 'dropTable', table: 'tickets' }],
    ['an alias', 'import { TICKETS as T } from "../schema-names";', 'await queryRunner.dropTable(T);', { kind: 'dropTable', table: 'tickets' }],
    ['a template literal of imported consts', 'import { AUDIT } from "../schema-names";', 'await queryRunner.dropTable(AUDIT);', { kind: 'dropTable', table: 'app_audit' }],
    ['a template literal here over imports', 'import { PREFIX, WIDTH } from "../schema-names";', 'await queryRunner.query(`ALTER TABLE ${PREFIX}_x ADD c varchar(${WIDTH})`);', { kind: 'rawSql', sql: 'ALTER TABLE app_x ADD c varchar(120)' }],
    ['a string enum member', 'import { Tables } from "../schema-names";', 'await queryRunner.dropTable(Tables.Labels);', { kind: 'dropTable', table: 'labels' }],
    ['a numeric enum member counted up', 'import { Sizes } from "../schema-names";', 'await queryRunner.query(`ALTER TABLE t ADD c varchar(${Sizes.Large})`);', { kind: 'rawSql', sql: 'ALTER TABLE t ADD c varchar(42)' }],
    ['a namespace import', 'import * as names from "../schema-names";', 'await queryRunner.dropTable(names.TICKETS);', { kind: 'dropTable', table: 'tickets' }],
    ['a renamed export', 'import { RENAMED } from "../schema-names";', 'await queryRunner.dropTable(RENAMED);', { kind: 'dropTable', table: 'hidden_table' }],
    ['through an index module (export *)', 'import { Tables } from "../names";', 'await queryRunner.dropTable(Tables.Comments);', { kind: 'dropTable', table: 'comments' }],
    ['through a re-export with an alias', 'import { TICKET_TABLE } from "../names/index.js";', 'await queryRunner.dropTable(TICKET_TABLE);', { kind: 'dropTable', table: 'tickets' }],
  ])('%s', (_what, imports, body, expected) => {
    expect(operations(imports, body)).toMatchObject([expected]);
  });

  it.each([
    ['a let', 'import { mutable } from "../schema-names";', 'await queryRunner.dropTable(mutable);'],
    ['a module that is not there', 'import { TICKETS } from "../nowhere";', 'await queryRunner.dropTable(TICKETS);'],
    ['a package', 'import { TICKETS } from "some-package";', 'await queryRunner.dropTable(TICKETS);'],
  ])('%s stays opaque, with its line', (_what, imports, body) => {
    expect(operations(imports, body)).toMatchObject([{ kind: 'opaque', at: { line: 5 } }]);
  });
});

describe('helpers handed the QueryRunner', () => {
  it('an imported helper: its calls with the parameters bound, the default filled, placed at the call', () => {
    const ops = operations('import { addTimestamps } from "../db/helpers";\nimport { TICKETS } from "../schema-names";', 'await addTimestamps(queryRunner, TICKETS);');
    expect(ops).toMatchObject([
      { kind: 'addColumn', table: 'tickets', column: { name: 'created_at', type: { kind: 'timestamp', precision: 3 } }, at: { line: 6 } },
      { kind: 'rawSql', sql: 'CREATE INDEX app_tickets_created ON tickets (created_at)', at: { line: 6 } },
    ]);
  });

  it('an arrow-function helper with its own guard and parameter name', () => {
    expect(operations('import { dropIfThere } from "../db/helpers";', 'await dropIfThere(queryRunner, "old");')).toMatchObject([
      { kind: 'dropTable', table: 'old', guards: [{ kind: 'tableExists', table: 'old', negated: false }] },
    ]);
  });

  it('a helper in the migration file itself', () => {
    const ops = operations('async function index(queryRunner: QueryRunner, table: string) { await queryRunner.query(`CREATE INDEX ${table}_i ON ${table} (a)`); }', 'await index(queryRunner, "t");');
    expect(ops).toMatchObject([{ kind: 'rawSql', sql: 'CREATE INDEX t_i ON t (a)' }]);
  });

  it('one level only: a helper calling another is opaque at the call, naming the helper file and line', () => {
    const [op] = operations('import { deeper } from "../db/helpers";', 'await deeper(queryRunner, "t");');
    expect(op).toMatchObject({ kind: 'opaque', at: { line: 5 } });
    expect(op?.kind === 'opaque' && op.reason).toContain('(in deeper, ../db/helpers.ts:14)');
  });

  it('an argument not known statically leaves the calls that need it opaque', () => {
    const ops = operations('import { addTimestamps } from "../db/helpers";', 'await addTimestamps(queryRunner, process.env.T!);');
    expect(ops.map((op) => op.kind)).toEqual(['opaque', 'opaque']);
  });

  it('keeps default names computed from bound values', () => {
    const ops = operations('import { TICKETS } from "../schema-names";', 'await queryRunner.createIndex(TICKETS, { columnNames: ["a"] });');
    expect(ops).toMatchObject([{ kind: 'addIndex', table: 'tickets', index: { name: indexName('tickets', ['a'], null) } }]);
  });
});
