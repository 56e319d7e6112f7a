/**
 * Names a migration module binds at its top level that up() may use: constants
 * (`const TABLE = 'users'`, lists, objects), and Sequelize itself
 * (`const { DataTypes } = require('sequelize')`, `import { DataTypes } from 'sequelize'`).
 */
import { evaluate, UNKNOWN, type Value } from './static-values.js';
import { morph, type Node } from './ts-source.js';

const SEQUELIZE_MODULES = new Set(['sequelize', '@sequelize/core']);

export function moduleBindings(tree: Node): Map<string, Value> {
  const { Node: N, VariableDeclarationKind } = morph();
  const env = new Map<string, Value>();
  for (const statement of tree.getChildSyntaxList()?.getChildren() ?? []) {
    if (N.isImportDeclaration(statement) && SEQUELIZE_MODULES.has(statement.getModuleSpecifierValue())) {
      const bound = [statement.getDefaultImport(), statement.getNamespaceImport(), ...statement.getNamedImports().map((named) => named.getAliasNode() ?? named.getNameNode())];
      for (const name of bound) if (name !== undefined) env.set(name.getText(), { kind: 'library' });
    }
    // Only constants: a `let` may be reassigned before up() runs.
    if (N.isVariableStatement(statement) && statement.getDeclarationKind() === VariableDeclarationKind.Const) {
      for (const declaration of statement.getDeclarations()) {
        const init = declaration.getInitializer();
        if (init === undefined) continue;
        const value = evaluate(init, env);
        const name = declaration.getNameNode();
        if (N.isIdentifier(name)) env.set(name.getText(), value);
        else if (N.isObjectBindingPattern(name)) {
          for (const element of name.getElements()) {
            const key = element.getPropertyNameNode()?.getText() ?? element.getName();
            env.set(element.getName(), value.kind === 'library' ? value : value.kind === 'object' ? (value.entries.get(key) ?? UNKNOWN(key)) : UNKNOWN(key));
          }
        }
      }
    }
  }
  return env;
}
