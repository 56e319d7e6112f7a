/**
 * What TypeORM's QueryRunner.renameTable and renameColumn do to the keys and
 * indexes named by DefaultNamingStrategy: each one whose name is the default for
 * the old table or column is renamed to the default for the new one. Which kinds
 * follow differs per driver (typeorm 1.1.1, compiled `driver/*`):
 *
 * - PostgresQueryRunner.renameTable and .renameColumn (through changeColumn, when
 *   the type and length stay) rename the primary key, unique constraints,
 *   indices and foreign keys (and the sequences of `increment` columns, which the
 *   replay holds no fact for).
 * - MysqlQueryRunner.renameTable and .changeColumn rename indices (DROP INDEX, ADD
 *   INDEX) and foreign keys (DROP FOREIGN KEY, ADD CONSTRAINT). A unique
 *   constraint is a unique index named `UQ_…` there, and the test
 *   `index.name !== namingStrategy.indexName(…)` skips it: it keeps its old name.
 *   The primary key is `PRIMARY` whatever the table.
 * - AbstractSqliteQueryRunner.renameTable and .changeColumns rename unique
 *   constraints, foreign keys and indices, then rebuild the table with them.
 *
 * A partial index's default name hashes its `where` too, which the neutral index
 * does not keep: such an index is not recognised as default-named, so its old name
 * is looked for and the renaming migration is at worst judged partial, never stamped wrongly.
 */
import type { DefaultNameOnRename, DialectName, RenamedKey } from '../../model/index.js';
import { foreignKeyName, indexName, primaryKeyName, uniqueConstraintName } from './naming-strategy.js';

type Rule = 'primary' | 'unique' | 'index' | 'foreignKey';

/** The kinds each engine's rename carries along. */
const RENAMED: Readonly<Record<DialectName, ReadonlySet<Rule>>> = {
  postgres: new Set(['primary', 'unique', 'index', 'foreignKey']),
  mysql: new Set(['index', 'foreignKey']),
  sqlite: new Set(['unique', 'index', 'foreignKey']),
};

const NAMES: Readonly<Record<Rule, (table: string, columns: readonly string[]) => string>> = {
  primary: primaryKeyName,
  unique: uniqueConstraintName,
  index: (table, columns) => indexName(table, columns, null),
  foreignKey: foreignKeyName,
};

/**
 * Which default name a key carries: a TableIndex (unique or not) is named by
 * `indexName`, a unique constraint by `uniqueConstraintName`; both are unique
 * indexes to migstamp, so the name tells them apart.
 */
function ruleOf(key: RenamedKey): Rule | null {
  const candidates: readonly Rule[] = key.kind === 'foreignKey' ? ['foreignKey'] : key.kind === 'primary' ? ['primary'] : key.kind === 'unique' ? ['unique', 'index'] : ['index'];
  return candidates.find((rule) => NAMES[rule](key.before.table, key.before.columns) === key.name) ?? null;
}

/** The name TypeORM's rename leaves `key` with on `dialect`, or null when it keeps its own. */
export const typeormDefaultNameOnRename: DefaultNameOnRename = (dialect, key) => {
  const rule = ruleOf(key);
  if (rule === null || !RENAMED[dialect].has(rule)) return null;
  return NAMES[rule](key.after.table, key.after.columns);
};
