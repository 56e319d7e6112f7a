/**
 * Finds the migration class in a file: a class (declared, exported, or assigned to
 * `module.exports`) with an `up` method. Its TypeORM name is its `name` property when
 * that is a string literal, else the class's own name (MigrationExecutor.getMigrations:
 * `migration.name ?? migration.constructor.name`).
 */
import type { ClassDeclaration, ClassExpression, MethodDeclaration, SourceFile } from 'ts-morph';
import { tsMorph } from '../ts-morph.js';

export interface MigrationClass {
  /** The name TypeORM records; null when it cannot be known statically. */
  readonly name: string | null;
  readonly line: number;
  readonly up: MethodDeclaration;
}

export type FoundClass = { readonly ok: true; readonly found: MigrationClass } | { readonly ok: false; readonly message: string; readonly line: number };

export function findMigrationClass(file: SourceFile): FoundClass {
  const { Node: N, SyntaxKind } = tsMorph();
  const classes: (ClassDeclaration | ClassExpression)[] = [...file.getDescendantsOfKind(SyntaxKind.ClassDeclaration), ...file.getDescendantsOfKind(SyntaxKind.ClassExpression)];
  const withUp = classes.filter((cls) => cls.getMethod('up') !== undefined);
  const chosen = withUp.find((cls) => N.isClassDeclaration(cls) && cls.isExported()) ?? withUp[0];
  if (chosen === undefined) return { ok: false, message: 'it has no class with an up() method', line: 1 };
  const up = chosen.getMethod('up')!;
  const property = chosen.getProperty('name')?.getInitializer();
  const declared = property !== undefined && (N.isStringLiteral(property) || N.isNoSubstitutionTemplateLiteral(property)) ? property.getLiteralValue() : null;
  const name = property === undefined ? (chosen.getName() ?? assignedName(chosen)) : declared;
  return { ok: true, found: { name, line: chosen.getStartLineNumber(), up } };
}

/** `const CreateUsers1714000000000 = class { … }` gives a class expression its variable's name, as JavaScript does. */
function assignedName(cls: ClassDeclaration | ClassExpression): string | null {
  const { Node: N } = tsMorph();
  const parent = cls.getParent();
  return parent !== undefined && N.isVariableDeclaration(parent) ? parent.getName() : null;
}
