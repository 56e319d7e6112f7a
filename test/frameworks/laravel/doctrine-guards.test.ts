import { describe, expect, it } from 'vitest';
import { operations } from './helpers.js';

/*
 * Laravel 8–10 migrations check indexes through Doctrine's schema manager
 * (pixelfed: `array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))`).
 * Reading the list changes nothing, and that check is a hasIndex guard.
 */

const dropUnique = "Schema::table('avatars', function (Blueprint $table) { $table->dropUnique('avatars_cdn_url_unique'); });";
const manager = '$sm = Schema::getConnection()->getDoctrineSchemaManager();';
const exists = { kind: 'indexExists', table: 'avatars', index: 'avatars_cdn_url_unique', negated: false };

describe('Doctrine index checks', () => {
  it.each([
    ['the list in a variable', `${manager}\n$found = $sm->listTableIndexes('avatars');\nif (array_key_exists('avatars_cdn_url_unique', $found)) { ${dropUnique} }`, [exists]],
    ['the list read in the condition', `${manager}\nif (array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))) { ${dropUnique} }`, [exists]],
    ['DB::connection() and a negated check', `$sm = DB::connection()->getDoctrineSchemaManager();\nif (! array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))) { return; }\n${dropUnique}`, [exists]],
    ['one chain', `if (array_key_exists('avatars_cdn_url_unique', DB::getDoctrineSchemaManager()->listTableIndexes('avatars'))) { ${dropUnique} }`, [exists]],
    // Doctrine keys the list by lower-cased name and calls the primary key `primary`: those checks stay unknown.
    ['a name in upper case', `${manager}\nif (array_key_exists('Avatars_Unique', $sm->listTableIndexes('avatars'))) { ${dropUnique} }`, [{ kind: 'unknown', text: "array_key_exists('Avatars_Unique', $sm->listTableIndexes('avatars'))" }]],
    ['the primary key', `${manager}\nif (array_key_exists('primary', $sm->listTableIndexes('avatars'))) { ${dropUnique} }`, [{ kind: 'unknown', text: "array_key_exists('primary', $sm->listTableIndexes('avatars'))" }]],
    // Another connection's manager answers about another database.
    ['another connection', `$sm = DB::connection('other')->getDoctrineSchemaManager();\nif (array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))) { ${dropUnique} }`, [{ kind: 'unknown', text: "array_key_exists('avatars_cdn_url_unique', $sm->listTableIndexes('avatars'))" }]],
  ])('%s', (_name, body, guards) => {
    const ops = operations(body);
    expect(ops.map((op) => op.kind)).toEqual(['dropIndex']);
    expect(ops[0]?.guards).toEqual(guards);
  });

  it('the table is the engine name: Doctrine adds no prefix', () => {
    const ops = operations(`${manager}\nif (array_key_exists('p_avatars_x_unique', $sm->listTableIndexes('p_avatars'))) { ${dropUnique} }`, { prefix: 'p_' });
    expect(ops[0]?.guards).toEqual([{ kind: 'indexExists', table: 'p_avatars', index: 'p_avatars_x_unique', negated: false }]);
  });

  it('a schema manager call that may change the schema stays opaque', () => {
    const ops = operations(`${manager}\n$sm->dropIndex('i', 'avatars');`);
    expect(ops).toEqual([expect.objectContaining({ kind: 'opaque', reason: 'Doctrine schema manager dropIndex() with unknown effect' })]);
  });
});
