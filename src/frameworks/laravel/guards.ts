/**
 * Conditions around operations: `Schema::hasTable`/`hasColumn(s)` become guards
 * the inference can decide from the dump; any other condition is kept as an
 * `unknown` guard quoting its source text.
 */
import type { DialectName, Guard } from '../../model/index.js';
import type { Analysis, Scope } from './analysis-context.js';
import { doctrineIndexCheck } from './doctrine-calls.js';
import { child, field, flattenChain, shortClassName, type PhpNode } from './php-ast.js';
import { asStringList } from './php-values.js';
import { evaluate } from './static-eval.js';

/**
 * The guards under which code runs when `test` is truthy (`positive`) or falsy.
 * A conjunction of schema checks gives several guards; a disjunction can only be
 * split when negated (`!(a || b)` is `!a && !b`), otherwise it is one unknown guard.
 */
export function conditionGuards(test: PhpNode | null, positive: boolean, scope: Scope, a: Analysis): Guard[] {
  if (!test) return [];
  const unknown = (): Guard[] => {
    const text = a.text(test);
    return [{ kind: 'unknown', text: positive ? text : `!(${text})` }];
  };
  if (test.kind === 'unary' && field(test, 'type') === '!') return conditionGuards(child(test, 'what'), !positive, scope, a);
  if (test.kind === 'bin') {
    const type = field(test, 'type');
    const left = child(test, 'left');
    const right = child(test, 'right');
    if (((type === '&&' || type === 'and') && positive) || ((type === '||' || type === 'or') && !positive)) {
      const guards = [...conditionGuards(left, positive, scope, a), ...conditionGuards(right, positive, scope, a)];
      return guards.some((guard) => guard.kind === 'unknown') ? unknown() : guards;
    }
    const engine = engineComparison(type, left, right, positive, scope, a);
    if (engine) return [engine];
    const comparison = booleanComparison(type, left, right, scope, a);
    if (comparison) return conditionGuards(comparison.subject, comparison.truthy === positive, scope, a);
    return unknown();
  }
  return schemaCheck(test, positive, scope, a) ?? doctrineIndexCheck(test, positive, scope, a) ?? unknown();
}

/** Laravel driver names and the engines whose dumps they produce; `sqlsrv` has none migstamp reads. */
const DRIVER_ENGINES: Readonly<Record<string, readonly DialectName[]>> = {
  pgsql: ['postgres'],
  mysql: ['mysql'],
  mariadb: ['mysql'],
  sqlite: ['sqlite'],
  sqlsrv: [],
};

/** `DB::getDriverName() === 'sqlite'` (or via `DB::connection()`/`Schema::getConnection()`): an engine branch. */
function engineComparison(type: string | null, left: PhpNode | null, right: PhpNode | null, positive: boolean, scope: Scope, a: Analysis): Guard | null {
  if ((type !== '===' && type !== '==' && type !== '!==' && type !== '!=') || !left || !right) return null;
  const [call, other] = isDriverNameCall(left) ? [left, right] : isDriverNameCall(right) ? [right, left] : [null, null];
  if (!call || !other) return null;
  const driver = evaluate(other, scope, a);
  if (driver?.kind !== 'string') return null;
  const engines = DRIVER_ENGINES[driver.value];
  if (engines === undefined) return null;
  const equal = type === '===' || type === '==';
  return { kind: 'engine', engines, negated: equal !== positive };
}

function isDriverNameCall(node: PhpNode): boolean {
  if (node.kind !== 'call') return false;
  const chain = flattenChain(node);
  const owner = shortClassName(chain.staticClass);
  const last = chain.links[chain.links.length - 1];
  return (owner === 'DB' || owner === 'Schema') && last?.method === 'getDriverName' && chain.links.every((link) => ['connection', 'getConnection', 'getDriverName'].includes(link.method));
}

/** `X === false`, `true == X`, `X !== true`: which truth of X the comparison means. */
function booleanComparison(
  type: string | null,
  left: PhpNode | null,
  right: PhpNode | null,
  scope: Scope,
  a: Analysis,
): { subject: PhpNode; truthy: boolean } | null {
  if (type !== '===' && type !== '==' && type !== '!==' && type !== '!=' || !left || !right) return null;
  const equal = type === '===' || type === '==';
  const rightValue = right.kind === 'boolean' ? evaluate(right, scope, a) : undefined;
  const leftValue = left.kind === 'boolean' ? evaluate(left, scope, a) : undefined;
  const literal = rightValue ?? leftValue;
  if (literal?.kind !== 'bool') return null;
  return { subject: rightValue ? left : right, truthy: literal.value === equal };
}

/** `Schema::hasTable(t)`, `Schema::hasColumn(t, c)`, `Schema::hasColumns(t, [...])`, `Schema::hasIndex(t, i)`, with or without connection(). */
function schemaCheck(test: PhpNode, positive: boolean, scope: Scope, a: Analysis): Guard[] | null {
  if (test.kind !== 'call') return null;
  const chain = flattenChain(test);
  const rootValue = chain.root.kind === 'variable' ? evaluate(chain.root, scope, a) : undefined;
  const isSchema = shortClassName(chain.staticClass) === 'Schema' || rootValue?.kind === 'schema';
  if (!isSchema) return null;
  const links = chain.links.filter((link) => link.method !== 'connection');
  const check = links[0];
  if (!check || links.length !== 1) return null;
  const table = evaluate(check.args[0] ?? null, scope, a);
  if (table?.kind !== 'string') return null;
  const name = a.table(table.value);
  if (check.method === 'hasTable') return [{ kind: 'tableExists', table: name, negated: !positive }];
  if (check.method === 'hasIndex') return indexCheck(check.args, name, positive, scope, a);
  const columns = check.method === 'hasColumn' || check.method === 'hasColumns' ? asStringList(evaluate(check.args[1] ?? null, scope, a)) : undefined;
  if (!columns || columns.length === 0) return null;
  // "not all of these columns exist" is a disjunction the model cannot hold as guards.
  if (!positive && columns.length > 1) return null;
  return columns.map((column) => ({ kind: 'columnExists', table: name, column, negated: !positive }));
}

/**
 * `Schema::hasIndex(t, 'name')` or `Schema::hasIndex(t, ['a', 'b'])` (Laravel 11+). A third
 * argument (the index type: primary, unique, fulltext, an access method) is left unknown.
 */
function indexCheck(args: readonly PhpNode[], table: string, positive: boolean, scope: Scope, a: Analysis): Guard[] | null {
  if (args.length !== 2) return null;
  const index = evaluate(args[1] ?? null, scope, a);
  if (index?.kind === 'string') return [{ kind: 'indexExists', table, index: index.value, negated: !positive }];
  const columns = asStringList(index);
  if (!columns || columns.length === 0) return null;
  return [{ kind: 'indexExists', table, index: columns, negated: !positive }];
}
