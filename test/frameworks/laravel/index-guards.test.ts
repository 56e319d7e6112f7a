import { describe, expect, it } from 'vitest';
import { operations } from './helpers.js';

/* Laravel 11+ `Schema::hasIndex(table, name | [columns])` is a schema guard like hasTable/hasColumn. */

const addIndex = "Schema::table('t', function (Blueprint $table) { $table->index('email'); });";

describe('Schema::hasIndex guards', () => {
  it.each([
    [`if (! Schema::hasIndex('t', 't_email_index')) { ${addIndex} }`, [{ kind: 'indexExists', table: 't', index: 't_email_index', negated: true }]],
    [`if (Schema::hasIndex('t', ['email'])) { return; }\n${addIndex}`, [{ kind: 'indexExists', table: 't', index: ['email'], negated: true }]],
    [`if (Schema::hasIndex('t', ['a', 'b']) && Schema::hasTable('t')) { ${addIndex} }`, [
      { kind: 'indexExists', table: 't', index: ['a', 'b'], negated: false },
      { kind: 'tableExists', table: 't', negated: false },
    ]],
    [`if (Schema::connection('other')->hasIndex('t', 'i') === false) { ${addIndex} }`, [{ kind: 'indexExists', table: 't', index: 'i', negated: true }]],
    // The index type is not modelled: the condition stays unknown rather than half-read.
    [`if (! Schema::hasIndex('t', 'i', 'unique')) { ${addIndex} }`, [{ kind: 'unknown', text: "!(Schema::hasIndex('t', 'i', 'unique'))" }]],
    [`if (! Schema::hasIndex('t', $name)) { ${addIndex} }`, [{ kind: 'unknown', text: "!(Schema::hasIndex('t', $name))" }]],
  ])('%s', (body, guards) => {
    const ops = operations(body);
    expect(ops).toHaveLength(1);
    expect(ops[0]?.guards).toEqual(guards);
  });

  it('prefixes the table, not the index name', () => {
    expect(operations(`if (! Schema::hasIndex('t', 't_email_index')) { ${addIndex} }`, { prefix: 'p_' })[0]?.guards).toEqual([
      { kind: 'indexExists', table: 'p_t', index: 't_email_index', negated: true },
    ]);
  });
});
