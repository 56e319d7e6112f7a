import type {
  CheckSnapshot,
  ColumnSnapshot,
  Dialect,
  DialectName,
  ForeignKeySnapshot,
  IndexSnapshot,
  RoutineKind,
  RoutineSnapshot,
  SchemaSnapshot,
  SequenceSnapshot,
  TableSnapshot,
  TriggerSnapshot,
} from '../model/index.js';

/**
 * Finds a table by the name a migration uses, as the engine would: exactly
 * first, then by the dialect's identifier rules (MySQL and SQLite ignore case,
 * PostgreSQL truncates long names).
 */
export function findTable(snapshot: SchemaSnapshot, name: string, dialect: Dialect): TableSnapshot | undefined {
  const exact = snapshot.tables.get(name);
  if (exact !== undefined) return exact;
  for (const table of snapshot.tables.values()) {
    if (dialect.identifiersEqual(table.name, name)) return table;
  }
  return undefined;
}

/** Finds a column of a dumped table by the name a migration uses. */
export function findColumn(table: TableSnapshot, name: string, dialect: Dialect): ColumnSnapshot | undefined {
  return table.columns.find((column) => column.name === name) ?? table.columns.find((column) => dialect.identifiersEqual(column.name, name));
}

/**
 * Finds an index of a dumped table: a primary key by its kind (engines name it
 * themselves: `t_pkey`, `PRIMARY`), any other index by the dialect's name rules.
 */
export function findIndex(table: TableSnapshot, name: string, primary: boolean, dialect: Dialect): IndexSnapshot | undefined {
  return primary ? table.indexes.find((index) => index.kind === 'primary') : table.indexes.find((index) => dialect.identifiersEqual(index.name, name));
}

/**
 * Finds an index the way Laravel's `Schema::hasIndex` does: by name, or by its
 * columns in order when given a list (the primary key included, whatever its kind).
 */
export function findIndexLike(table: TableSnapshot, index: string | readonly string[], dialect: Dialect): IndexSnapshot | undefined {
  if (typeof index === 'string') return table.indexes.find((candidate) => dialect.identifiersEqual(candidate.name, index));
  return table.indexes.find((candidate) => candidate.columns.length === index.length && candidate.columns.every((column, i) => column === index[i]));
}

/** Finds a foreign key of a dumped table by name. */
export function findForeignKey(table: TableSnapshot, name: string, dialect: Dialect): ForeignKeySnapshot | undefined {
  return table.foreignKeys.find((fk) => dialect.identifiersEqual(fk.name, name));
}

/** Finds a check constraint of a dumped table by name. */
export function findCheck(table: TableSnapshot, name: string, dialect: Dialect): CheckSnapshot | undefined {
  return table.checks.find((check) => dialect.identifiersEqual(check.name, name));
}

/** Finds a trigger by name on a table (on any table when `table` is '', as MySQL's and SQLite's DROP TRIGGER name it). */
export function findTrigger(snapshot: SchemaSnapshot, table: string, name: string, dialect: Dialect): TriggerSnapshot | undefined {
  return snapshot.triggers.find((trigger) => dialect.identifiersEqual(trigger.name, name) && (table === '' || dialect.identifiersEqual(trigger.table, table)));
}

/** Finds a function or procedure by name (of either kind when `kind` is null). */
export function findRoutine(snapshot: SchemaSnapshot, name: string, kind: RoutineKind | null, dialect: Dialect): RoutineSnapshot | undefined {
  return snapshot.routines.find((routine) => (kind === null || routine.kind === kind) && dialect.identifiersEqual(routine.name, name));
}

export function findSequence(snapshot: SchemaSnapshot, name: string, dialect: Dialect): SequenceSnapshot | undefined {
  return snapshot.sequences.find((sequence) => dialect.identifiersEqual(sequence.name, name));
}

/**
 * Does the dumped column fill itself from a counter (a serial's `nextval` default or an
 * identity on PostgreSQL, AUTO_INCREMENT on MySQL)? Null on SQLite, whose dump does not
 * say: every INTEGER PRIMARY KEY is the rowid.
 */
export function hasCounter(column: ColumnSnapshot, dialect: DialectName): boolean | null {
  switch (dialect) {
    case 'postgres':
      return column.identity !== null || (column.default?.startsWith('nextval(') ?? false);
    case 'mysql':
      return column.identity !== null;
    case 'sqlite':
      return null;
  }
}
