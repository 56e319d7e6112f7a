/**
 * What a Blueprint closure has asked for so far, before it is turned into
 * operations. Items keep the phase Laravel executes them in (see `blueprint.ts`).
 */
import type { ColumnDefault, Guard, IndexKind, LogicalType } from '../../model/index.js';
import type { Analysis, OperationBody } from './analysis-context.js';
import { defaultIndexName, type IndexNameType } from './index-names.js';
import type { PhpNode } from './php-ast.js';

/**
 * Laravel 8–10 build an ALTER's statements as: changed columns, added columns, then
 * the explicit commands in call order, then the indexes declared fluently on columns
 * (`->unique()`), which `addFluentIndexes()` appends last.
 */
export type Phase = 'change' | 'add' | 'command' | 'fluent';

export interface BlueprintItem {
  readonly phase: Phase;
  readonly body: OperationBody;
  readonly node: PhpNode;
  /** All guards in force at the call, the Schema call's own included. */
  readonly guards: readonly Guard[];
}

export class BlueprintState {
  readonly items: BlueprintItem[] = [];
  temporary = false;

  constructor(
    /** Table name as the migration wrote it (Laravel's Blueprint keeps it unprefixed). */
    readonly table: string,
    readonly creating: boolean,
    readonly analysis: Analysis,
  ) {}

  /** Prefixed table name, as it appears in the database. */
  get fullTable(): string {
    return this.analysis.table(this.table);
  }

  indexName(columns: readonly string[], type: IndexNameType): string {
    return defaultIndexName(this.analysis.indexPrefix, this.table, columns, type);
  }

  push(phase: Phase, body: OperationBody, node: PhpNode, guards: readonly Guard[]): void {
    this.items.push({ phase, body, node, guards });
  }

  opaque(reason: string, node: PhpNode, guards: readonly Guard[]): void {
    this.push('command', { kind: 'opaque', reason }, node, guards);
  }
}

/** A column being built by a chain such as `$t->string('a', 40)->nullable()->default('x')`. */
export interface ColumnDraft {
  name: string;
  type: LogicalType;
  /** Null until `nullable()` or a column kind says; an added column then defaults to NOT NULL. */
  nullable: boolean | null;
  default: ColumnDefault | undefined;
  autoIncrement: boolean;
  generated: { readonly kind: 'stored' | 'virtual'; readonly expression: string } | null;
  comment: string | null;
  change: boolean;
  /** Fluent index modifiers: `true` for the default name, a string for a given one, false to drop. */
  readonly fluentIndexes: Map<FluentIndex, string | boolean>;
  readonly node: PhpNode;
}

/** The column modifiers that declare an index, in the order Laravel checks them. */
export const FLUENT_INDEXES = ['primary', 'unique', 'index', 'fulltext', 'fullText', 'spatialIndex'] as const;
export type FluentIndex = (typeof FLUENT_INDEXES)[number];

export function fluentIndexKind(modifier: FluentIndex): { kind: IndexKind; nameType: IndexNameType } {
  switch (modifier) {
    case 'primary':
      return { kind: 'primary', nameType: 'primary' };
    case 'unique':
      return { kind: 'unique', nameType: 'unique' };
    case 'index':
      return { kind: 'index', nameType: 'index' };
    case 'fulltext':
    case 'fullText':
      return { kind: 'fulltext', nameType: 'fulltext' };
    case 'spatialIndex':
      return { kind: 'spatial', nameType: 'spatialindex' };
  }
}

export function newDraft(name: string, type: LogicalType, node: PhpNode): ColumnDraft {
  return {
    name,
    type,
    nullable: null,
    default: undefined,
    autoIncrement: false,
    generated: null,
    comment: null,
    change: false,
    fluentIndexes: new Map(),
    node,
  };
}
