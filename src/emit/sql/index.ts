import type { DialectName } from '../../model/index.js';
import { mysqlScript } from './mysql-script.js';
import { postgresScript } from './postgres-script.js';
import { sqliteScript } from './sqlite-script.js';
import type { ScriptDialect } from './script-dialect.js';

export { renderStampScript, evidenceLine, type InputFile, type ScriptInput } from './stamp-script.js';
export type { ScriptDialect, TrackingTarget } from './script-dialect.js';

/** Script dialects by engine; a new engine is one file and one line here. */
const scriptDialects: Readonly<Record<DialectName, ScriptDialect>> = {
  mysql: mysqlScript,
  postgres: postgresScript,
  sqlite: sqliteScript,
};

export function scriptDialectFor(name: DialectName): ScriptDialect {
  return scriptDialects[name];
}
