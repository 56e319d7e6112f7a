/**
 * SequelizeMeta as the script writes it: `name` alone, and with sequelize-cli's
 * `migrationStorageTableTimestamps` the NOT NULL createdAt/updatedAt the
 * storage fills when it logs a migration, when the dump's table has them.
 */
import { describe, expect, it } from 'vitest';
import { sequelizeTrackingTable as spec } from '../../../src/frameworks/sequelize/tracking-table.js';

describe('SequelizeMeta rows', () => {
  it.each([
    [[], [{ column: 'name', value: { kind: 'text', value: '20240101-a.js' } }]],
    [['name'], [{ column: 'name', value: { kind: 'text', value: '20240101-a.js' } }]],
    [
      ['name', 'createdAt', 'updatedAt'],
      [
        { column: 'name', value: { kind: 'text', value: '20240101-a.js' } },
        { column: 'createdAt', value: { kind: 'now' } },
        { column: 'updatedAt', value: { kind: 'now' } },
      ],
    ],
  ])('with the dump\'s columns %j', (columns, cells) => {
    const writer = spec.forRows!([], { extension: null, files: new Map(), columns });
    expect(writer.spec.rowFor('20240101-a.js', 1)).toEqual(cells);
    expect(writer.warnings).toEqual([]);
  });

  it('refuses --extension: its names are the files as they are', () => {
    expect(spec.namesCarryExtension).toBeUndefined();
  });
});
