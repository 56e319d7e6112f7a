/** ts-morph node types the walk handles, named once. */
import type { ArrowFunction, FunctionDeclaration, FunctionExpression, MethodDeclaration } from 'ts-morph';

/** A function whose body the walk reads. */
export type FunctionLikeDeclaration = ArrowFunction | FunctionExpression | FunctionDeclaration | MethodDeclaration;
