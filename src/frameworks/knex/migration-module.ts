/**
 * Finds what a migration file exports, in the forms Knex loads (knex 3.3
 * lib/migrations/migrate/sources/fs-migrations.js `getMigration` imports the file
 * and reads `up`, `down` and `config` from it, or from its default export):
 * `exports.up = …`, `module.exports = { up, down }`, `module.exports.up = …`,
 * `export async function up(knex)`, `export const up = …`, `export default { up }`.
 */
import { type Analysis, type Scope } from './analysis.js';
import { evaluate, moduleScope, propertyName } from './evaluate.js';
import { type JsValue, property } from './js-values.js';
import { type Ts, typescript } from './ts-source.js';

export interface MigrationExports {
  /** The `up` function, or null when the file exports none the reader can find. */
  readonly up: Ts.FunctionLikeDeclaration | null;
  /** The exported `config` object (`{ transaction: false }`), when there is one. */
  readonly config: JsValue | null;
}

export function findExports(sf: Ts.SourceFile, a: Analysis): MigrationExports {
  const ts = typescript();
  const scope: Scope = moduleScope(a.modules.root);
  const found = new Map<string, JsValue>();
  const take = (name: string, value: JsValue): void => {
    if (name === 'up' || name === 'config') found.set(name, value);
  };
  for (const statement of sf.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined && isExported(statement)) {
      take(statement.name.text, { kind: 'function', node: statement });
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined) take(declaration.name.text, evaluate(declaration.initializer, scope, a));
      }
    } else if (ts.isExportAssignment(statement)) {
      takeAll(evaluate(statement.expression, scope, a), take);
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = exportTarget(statement.expression.left);
      const value = evaluate(statement.expression.right, scope, a);
      if (target === '') takeAll(value, take);
      else if (target !== null) take(target, value);
    }
  }
  const up = found.get('up');
  return { up: up?.kind === 'function' ? up.node : null, config: found.get('config') ?? null };
}

function takeAll(value: JsValue, take: (name: string, value: JsValue) => void): void {
  for (const name of ['up', 'config']) {
    const member = property(value, name);
    if (member !== undefined) take(name, member);
  }
}

/** `exports.up` / `module.exports.up` → 'up'; `module.exports` → ''; anything else → null. */
function exportTarget(node: Ts.Expression): string | null {
  const ts = typescript();
  const text = node.getText().replace(/\s+/g, '');
  if (text === 'module.exports') return '';
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const owner = node.expression.getText().replace(/\s+/g, '');
    if (owner !== 'exports' && owner !== 'module.exports') return null;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    return ts.isStringLiteral(node.argumentExpression) ? propertyName(node.argumentExpression) : null;
  }
  return null;
}

function isExported(node: Ts.FunctionDeclaration | Ts.VariableStatement): boolean {
  const ts = typescript();
  return (ts.getCombinedModifierFlags(node as unknown as Ts.Declaration) & ts.ModifierFlags.Export) !== 0 || (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false);
}
