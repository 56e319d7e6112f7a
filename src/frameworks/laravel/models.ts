/**
 * What an Eloquent model says about its key and table, for `foreignIdFor(Model::class)`
 * (Illuminate\Database\Schema\Blueprint::foreignIdFor): the column is the model's
 * getForeignKey() (`snake(class basename)_{primary key}`); an integer incrementing
 * key gives foreignId, a model using HasUlids foreignUlid, any other key
 * foreignUuid; the table is getTable() (`$table`, else the plural of the class
 * name). Read from the model's file and its ancestors, never by running it.
 */
import { type NameScope, nameScope, resolveWrittenName } from './class-names.js';
import { lineageOf } from './inheritance.js';
import { child, children, field, identifierOf, type PhpNode } from './php-ast.js';
import type { LaravelProject } from './project/project-context.js';

export interface ModelKeys {
  /** Null when the model does not set `$table`: Eloquent's default applies. */
  readonly table: string | null;
  readonly keyName: string;
  readonly keyType: 'int' | 'uuid' | 'ulid';
}

/**
 * The model's keys; a string saying why when the model cannot be read (absent, or
 * its properties not literal). `written` is the class name as the migration wrote it.
 */
export function modelKeys(written: string, scope: NameScope | null, project: LaravelProject | null): ModelKeys | string {
  if (project === null || scope === null) return `the model ${written} is read only with --app DIR`;
  const name = resolveWrittenName(written, scope);
  const loaded = project.classes.get(name.toLowerCase());
  if (loaded === undefined) return `the model ${name} is not in the application: ${project.missingClasses.get(name.toLowerCase()) ?? 'not read'}`;
  const lineage = lineageOf(loaded.node, nameScope(loaded.program), project);
  const levels = [...lineage.levels.map((level) => level.node), loaded.node];
  const properties = new Map<string, PhpNode | null>();
  const traits = new Set<string>();
  for (const level of levels) {
    for (const member of children(level, 'body')) {
      if (member.kind === 'propertystatement') {
        for (const property of children(member, 'properties')) {
          const propertyName = identifierOf(child(property, 'name'));
          if (propertyName !== null) properties.set(propertyName, child(property, 'value'));
        }
      } else if (member.kind === 'traituse') {
        for (const trait of children(member, 'traits')) traits.add((field(trait, 'name') ?? '').split('\\').at(-1)!);
      }
    }
  }
  const literal = (property: string): string | boolean | null | undefined => {
    if (!properties.has(property)) return undefined;
    const node = properties.get(property) ?? null;
    if (node?.kind === 'string') return field(node, 'value');
    if (node?.kind === 'boolean') return node['value'] === true;
    return null;
  };
  const table = literal('table');
  const keyName = literal('primaryKey');
  const keyType = literal('keyType');
  const incrementing = literal('incrementing');
  if ([table, keyName, keyType, incrementing].some((value) => value === null)) return `the model ${name} sets its table or key with something other than a literal`;
  const intKey = (keyType === undefined || keyType === 'int') && incrementing !== false && !traits.has('HasUuids') && !traits.has('HasUlids');
  return {
    table: typeof table === 'string' ? table : null,
    keyName: typeof keyName === 'string' ? keyName : 'id',
    keyType: intKey ? 'int' : traits.has('HasUlids') ? 'ulid' : 'uuid',
  };
}
