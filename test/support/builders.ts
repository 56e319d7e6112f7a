import type {
  ColumnChange,
  ColumnSnapshot,
  ColumnSpec,
  Dialect,
  Guard,
  IndexSnapshot,
  LogicalType,
  Migration,
  Operation,
  SchemaSnapshot,
  TableSnapshot,
} from '../../src/model/index.js';

/** Small builders for inference tests: migrations and snapshots written as data. */
const at = { file: 'm.php', line: 1 };

export function column(name: string, type: LogicalType = { kind: 'string', length: 255, fixed: false }, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { name, type, nullable: false, default: undefined, autoIncrement: false, generated: null, comment: null, at, ...extra };
}

type Op = Operation;
export const op = {
  create: (table: string, columns: string[], guards: Guard[] = []): Op => ({
    kind: 'createTable', table, columns: columns.map((c) => column(c)), indexes: [], foreignKeys: [], checks: [], ifNotExists: false, temporary: false, at, guards,
  }),
  drop: (table: string): Op => ({ kind: 'dropTable', table, ifExists: false, at, guards: [] }),
  rename: (from: string, to: string): Op => ({ kind: 'renameTable', from, to, at, guards: [] }),
  addColumn: (table: string, name: string, spec: Partial<ColumnSpec> = {}): Op => ({ kind: 'addColumn', table, column: column(name, undefined, spec), at, guards: [] }),
  changeColumn: (table: string, name: string, change: Partial<ColumnChange>): Op => ({ kind: 'changeColumn', table, column: { name, type: null, nullable: null, default: undefined, autoIncrement: null, at, ...change }, at, guards: [] }),
  dropColumn: (table: string, name: string): Op => ({ kind: 'dropColumn', table, column: name, at, guards: [] }),
  renameColumn: (table: string, from: string, to: string): Op => ({ kind: 'renameColumn', table, from, to, at, guards: [] }),
  addIndex: (table: string, name: string, columns: string[], kind: 'unique' | 'index' = 'index'): Op => ({ kind: 'addIndex', table, index: { name, kind, columns, at }, at, guards: [] }),
  addCheck: (table: string, name: string, literals: string[]): Op => ({ kind: 'addCheck', table, check: { name, column: null, expression: '', literals, at }, at, guards: [] }),
  dropCheck: (table: string, name: string): Op => ({ kind: 'dropCheck', table, name, ifExists: false, at, guards: [] }),
  createTrigger: (table: string, name: string, orReplace = false): Op => ({ kind: 'createTrigger', table, name, orReplace, ifNotExists: false, at, guards: [] }),
  dropTrigger: (table: string, name: string): Op => ({ kind: 'dropTrigger', table, name, ifExists: false, at, guards: [] }),
  renameTrigger: (table: string, from: string, to: string): Op => ({ kind: 'renameTrigger', table, from, to, at, guards: [] }),
  createRoutine: (name: string, routine: 'function' | 'procedure' = 'function', orReplace = false): Op => ({ kind: 'createRoutine', name, routine, orReplace, ifNotExists: false, at, guards: [] }),
  dropRoutine: (name: string, routine: 'function' | 'procedure' | null = 'function'): Op => ({ kind: 'dropRoutine', name, routine, ifExists: false, at, guards: [] }),
  createSequence: (name: string): Op => ({ kind: 'createSequence', name, ifNotExists: false, at, guards: [] }),
  dropSequence: (name: string): Op => ({ kind: 'dropSequence', name, ifExists: false, at, guards: [] }),
  renameSequence: (from: string, to: string): Op => ({ kind: 'renameSequence', from, to, at, guards: [] }),
  comment: (table: string, column: string, comment: string | null): Op => ({ kind: 'setColumnComment', table, column, comment, at, guards: [] }),
  insert: (table: string, rows: Record<string, string | number | boolean | null>[]): Op => ({ kind: 'insertRows', table, rows, at, guards: [] }),
  update: (table: string): Op => ({ kind: 'dataChange', table, description: `updates ${table}`, at, guards: [] }),
  opaque: (): Op => ({ kind: 'opaque', reason: 'dynamic table name', at, guards: [] }),
};

export function migration(name: string, operations: Op[], extra: Partial<Migration> = {}): Migration {
  return { name, file: `${name}.php`, connection: null, operations, error: null, warnings: [], ...extra };
}

export function dumpColumn(name: string, type = 'character varying(255)', extra: Partial<ColumnSnapshot> = {}): ColumnSnapshot {
  return { name, type, rawType: type, nullable: false, default: null, identity: null, generated: null, comment: null, line: 10, ...extra };
}

export interface TableShape {
  columns: (string | ColumnSnapshot)[];
  indexes?: Partial<IndexSnapshot>[];
  checks?: { name: string; literals: string[] }[];
}

export function snapshot(
  tables: Record<string, TableShape>,
  options: {
    tracked?: [string, number][];
    rows?: Record<string, Record<string, string | null>[]>;
    hasData?: boolean;
    unread?: string[];
    /** Triggers as `table.name`. */
    triggers?: string[];
    routines?: { name: string; kind: 'function' | 'procedure' }[];
    sequences?: string[];
  } = {},
): SchemaSnapshot {
  const tableMap = new Map<string, TableSnapshot>();
  let line = 1;
  for (const [name, shape] of Object.entries(tables)) {
    tableMap.set(name, {
      name,
      columns: shape.columns.map((c) => (typeof c === 'string' ? dumpColumn(c) : c)),
      indexes: (shape.indexes ?? []).map((i) => ({ name: 'idx', kind: 'index', columns: [], constraint: false, where: null, method: null, line: 5, ...i })),
      foreignKeys: [],
      checks: (shape.checks ?? []).map((c) => ({ name: c.name, expression: '', literals: c.literals, line: 7 })),
      partitioned: false,
      line: line++,
    });
  }
  const rows = new Map(Object.entries(options.rows ?? {}).map(([table, list]) => [table, { table, rows: list.map((values, i) => ({ values, line: 100 + i })), truncated: false }]));
  return {
    dialect: 'postgres',
    schema: 'public',
    file: 'dump.sql',
    tables: tableMap,
    views: new Map(),
    enumTypes: new Map(),
    triggers: (options.triggers ?? []).map((qualified) => ({ table: qualified.split('.')[0]!, name: qualified.split('.')[1]!, line: 30 })),
    routines: (options.routines ?? []).map((routine) => ({ ...routine, line: 40 })),
    sequences: (options.sequences ?? []).map((name) => ({ name, line: 50 })),
    tracking: { name: 'migrations', schema: 'public', columns: ['id', 'migration', 'batch'], rows: (options.tracked ?? []).map(([migration, batch]) => ({ migration, batch, line: 1 })), line: 1 },
    rows,
    hasData: options.hasData ?? rows.size > 0,
    unreadNames: new Set(options.unread ?? []),
    warnings: [],
  };
}

/** A dialect whose types are compared by their rendered text: enough for inference tests. */
export const testDialect: Dialect = {
  name: 'postgres',
  transactionalDdl: true,
  addsForeignKeysToExistingTables: true,
  retypingAutoIncrementKeepsPrimaryKey: true,
  showsColumnComments: true,
  load: () => Promise.resolve(),
  detect: () => false,
  read: () => Promise.reject(new Error('not used')),
  lowerSql: (sql, where, guards) => [{ kind: 'opaque', reason: `raw SQL: ${sql}`, at: where, guards }],
  typeMatches: (expected, actual) => renderTestType(expected) === actual.type,
  renderType: (type) => renderTestType(type),
  defaultMatches: (expected, actual) => (expected.kind === 'literal' ? String(expected.value) : expected.sql) === actual.default,
  identifiersEqual: (dumped, expected) => dumped === expected,
  enumCheck: () => null,
};

function renderTestType(type: LogicalType): string {
  switch (type.kind) {
    case 'string':
      return `character varying(${type.length ?? 255})`;
    case 'integer':
      return 'bigint';
    default:
      return type.kind;
  }
}
