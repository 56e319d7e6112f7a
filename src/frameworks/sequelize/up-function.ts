/**
 * Finds a migration's `up`: sequelize-cli's `module.exports = { async up(queryInterface, Sequelize) {…} }`
 * (also `up: (queryInterface, Sequelize) => …`, `exports.up = …`, `export default {…}`,
 * `export async function up`) and umzug's `async ({ context: queryInterface }) => …`.
 * umzug v2 (sequelize-cli) calls `up(...params)` with `params: [queryInterface, Sequelize]`
 * (sequelize-cli src/core/migrator.js); umzug v3 calls `up({ name, path, context })`.
 */
import type { FunctionLikeDeclaration } from './up-types.js';
import { propertyKey, type Value } from './static-values.js';
import { morph, type Node } from './ts-source.js';

/** The up function and the arguments the runner calls it with. */
export interface UpFunction {
  readonly node: FunctionLikeDeclaration;
  readonly args: readonly Value[];
}

/** The up function of a module, or null when it has none this reader can find. */
export function findUp(tree: Node): UpFunction | null {
  for (const statement of tree.getChildSyntaxList()?.getChildren() ?? []) {
    const candidate = upOf(statement);
    if (candidate !== null) return { node: candidate, args: argumentsFor(candidate) };
  }
  return null;
}

function upOf(statement: Node): FunctionLikeDeclaration | null {
  const { Node: N } = morph();
  if (N.isFunctionDeclaration(statement) && statement.getName() === 'up' && statement.isExported()) return statement;
  if (N.isVariableStatement(statement) && statement.isExported()) {
    for (const declaration of statement.getDeclarations()) {
      if (declaration.getName() === 'up') return functionOf(declaration.getInitializer());
    }
  }
  if (N.isExportAssignment(statement)) return fromObject(statement.getExpression());
  if (N.isExpressionStatement(statement)) {
    const expression = statement.getExpression();
    if (!N.isBinaryExpression(expression) || expression.getOperatorToken().getKind() !== morph().SyntaxKind.EqualsToken) return null;
    const target = expression.getLeft().getText().replace(/\s+/g, '');
    if (target === 'module.exports' || target === 'exports.default' || target === 'module.exports.default') return fromObject(expression.getRight());
    if (target === 'exports.up' || target === 'module.exports.up') return functionOf(expression.getRight());
  }
  return null;
}

function fromObject(node: Node): FunctionLikeDeclaration | null {
  const { Node: N } = morph();
  const object = N.isParenthesizedExpression(node) ? node.getExpression() : node;
  if (!N.isObjectLiteralExpression(object)) return null;
  for (const property of object.getProperties()) {
    if (N.isMethodDeclaration(property) && propertyKey(property.getNameNode(), new Map()) === 'up') return property;
    if (N.isPropertyAssignment(property) && propertyKey(property.getNameNode(), new Map()) === 'up') return functionOf(property.getInitializer());
  }
  return null;
}

function functionOf(node: Node | undefined): FunctionLikeDeclaration | null {
  const { Node: N } = morph();
  if (node === undefined) return null;
  if (N.isArrowFunction(node) || N.isFunctionExpression(node)) return node;
  return null;
}

/**
 * The arguments the runner passes, shaped by the first parameter: umzug v3's one
 * object (`({ context: queryInterface })`), or sequelize-cli's `(queryInterface, Sequelize)`.
 */
function argumentsFor(fn: FunctionLikeDeclaration): readonly Value[] {
  const { Node: N } = morph();
  const first = fn.getParameters()[0]?.getNameNode();
  if (first !== undefined && N.isObjectBindingPattern(first)) return [{ kind: 'object', entries: new Map([['context', { kind: 'queryInterface' }]]) }];
  return [{ kind: 'queryInterface' }, { kind: 'library' }];
}
