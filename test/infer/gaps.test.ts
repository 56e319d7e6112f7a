import { describe, expect, it } from 'vitest';
import { holdStampsAfterGap } from '../../src/infer/index.js';
import type { InferenceResult, Verdict, VerdictKind } from '../../src/model/index.js';

function verdict(migration: string, kind: VerdictKind, stamp: boolean): Verdict {
  return { migration, file: null, kind, reason: kind, evidence: [], batch: kind === 'tracked' ? 1 : null, stamp, next: null, preconditions: [] };
}

/** `T` tracked, `S` stamped (applied), `P` pending, `U` unknown, `O` orphan. */
function history(letters: string): InferenceResult {
  const kinds: Record<string, [VerdictKind, boolean]> = { T: ['tracked', false], S: ['applied', true], P: ['pending', false], U: ['unknown', false], O: ['orphan', false] };
  return { verdicts: [...letters].map((letter, index) => verdict(`m${index + 1}`, ...kinds[letter]!)), highestBatch: 1, expected: new Map(), unclaimedTables: [] };
}

const rule = (liftedByOutOfOrder: boolean) => () => ({ consequence: 'hides it', liftedByOutOfOrder });
const stamped = (result: InferenceResult): string => result.verdicts.filter((v) => v.stamp).map((v) => v.migration).join(' ');

describe('holdStampsAfterGap', () => {
  it.each([
    ['no gap', 'TTSSS', 'm3 m4 m5'],
    ['a pending migration stops the stamps after it', 'TSPSS', 'm2'],
    ['an unknown one too', 'SUS', 'm1'],
    ['the gap may be the first migration', 'PSS', ''],
    ['an orphan row is no gap', 'TOS', 'm3'],
    ['tracked rows after the gap are left as they are', 'SPTS', 'm1'],
  ])('%s: %s stamps %s', (_why, letters, expected) => {
    expect(stamped(holdStampsAfterGap(history(letters), rule(false), false))).toBe(expected);
  });

  it('says why, and keeps the verdict kind', () => {
    const held = holdStampsAfterGap(history('PS'), rule(false), false).verdicts[1]!;
    expect(held.kind).toBe('applied');
    expect(held.reason).toBe('applied, but not stamped: m1, before it, is pending and gets no row, and a row for this one hides it');
    expect(held.evidence[0]).toMatchObject({ code: 'E-AFTER-GAP', status: 'note', subject: 'm1' });
    expect(held.next?.kind).toBe('unpredictable');
  });

  it.each([
    [true, true, 'm2'],
    [true, false, ''],
    [false, true, ''],
  ])('out of order %s, rule lifted by it %s: stamps %s', (outOfOrder, lifted, expected) => {
    expect(stamped(holdStampsAfterGap(history('PS'), rule(lifted), outOfOrder))).toBe(expected);
  });

  // Drizzle compares journal times, which a journal may hold out of order (usekaneo/kaneo: 0025 and 0026 are older than 0023).
  it.each([
    ['a stamp newer than a later-listed gap is withdrawn', 'SSSP', [1, 2, 4, 3], 'm1 m2'],
    ['stamps older than the gap stay', 'SSPS', [1, 3, 2, 4], 'm1'],
    ['a stamp as old as the gap is withdrawn: the runner runs only what is newer than its newest row', 'SSP', [1, 2, 2], 'm1'],
    ['a migration with no place in that order is no gap', 'SPS', [1, Infinity, 3], 'm1 m3'],
  ])('in the runner\'s order: %s', (_why, letters, places, expected) => {
    const place = (migration: string) => places[Number(migration.slice(1)) - 1]!;
    expect(stamped(holdStampsAfterGap(history(letters), rule(false), false, place))).toBe(expected);
  });

  it('says where a gap listed after the stamp stands', () => {
    const held = holdStampsAfterGap(history('SP'), rule(false), false, (migration) => (migration === 'm1' ? 2 : 1)).verdicts[0]!;
    expect(held.reason).toBe('applied, but not stamped: m2, listed after it but before it in the order the runner compares, is pending and gets no row, and a row for this one hides it');
  });

  it('changes nothing without a rule', () => {
    const result = history('PSS');
    expect(holdStampsAfterGap(result, undefined, false)).toBe(result);
  });
});
