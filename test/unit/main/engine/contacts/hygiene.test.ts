import { describe, expect, it } from 'vitest';
import { NOT_CHOSEN, presetHygiene, WRITTEN } from '../../../../../src/main/engine/contacts/hygiene';

// Ten members in segments 0..2; member 9 is in segment 2, which is not chosen.
const segmentOf = [0, 0, 1, 1, 0, 1, 0, 0, 1, 2];
const emails = ['a@x', 'b@x', null, 'a@x', 'c@x', 'd@x', 'e@x', 'c@x', 'b@x', 'f@x'];
const base = {
  size: 10,
  segmentOf,
  chosen: (row: number) => segmentOf[row] !== 2,
  excludedSegments: new Set<number>(),
  control: null,
  suppressed: null,
  identity: (row: number) => emails[row],
  spend: null,
};
// Fate codes: 1 excludedSegment, 2 control, 3 suppressed, 4 noContact, 5 duplicate.
describe('presetHygiene', () => {
  it('drops members without the contact and keeps the first of those sharing one in member order', () => {
    const { fate, counts } = presetHygiene(base);
    expect(Array.from(fate)).toEqual([WRITTEN, WRITTEN, 4, 5, WRITTEN, WRITTEN, WRITTEN, 5, 5, NOT_CHOSEN]);
    expect(counts).toEqual({
      chosen: 9,
      written: 5,
      dropped: { excludedSegment: 0, control: 0, suppressed: 0, noContact: 1, duplicate: 3 },
    });
  });

  it('keeps the customer with the highest spend of those sharing an identifier (ties: the first)', () => {
    const spend = [10, 5, 0, 30, 7, 1, 1, 7, 50, 0];
    const { fate } = presetHygiene({ ...base, spend });
    // a@x: member 3 (30 > 10); b@x: member 8 (50 > 5); c@x: 7 ties 4, member 4 kept.
    expect(Array.from(fate)).toEqual([5, 5, 4, WRITTEN, WRITTEN, WRITTEN, WRITTEN, 5, WRITTEN, NOT_CHOSEN]);
  });

  it('checks the reasons in order: excluded segment, control, suppressed, no contact, duplicate', () => {
    const control = [0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const suppressed = [0, 1, 0, 0, 1, 0, 0, 0, 0, 1];
    const { fate, counts } = presetHygiene({
      ...base,
      excludedSegments: new Set([1]),
      control,
      suppressed,
    });
    // 2, 3, 5, 8 in segment 1 (excluded, before control for 2); 1 control (before suppressed);
    // 4 suppressed, and 7 shares its address (c@x), so it is suppressed too; 9 not chosen though suppressed.
    expect(Array.from(fate)).toEqual([WRITTEN, 2, 1, 1, 3, 1, WRITTEN, 3, 1, NOT_CHOSEN]);
    expect(counts).toEqual({
      chosen: 9,
      written: 2,
      dropped: { excludedSegment: 4, control: 1, suppressed: 2, noContact: 0, duplicate: 0 },
    });
  });

  it('leaves out a chosen customer who shares the address of a suppressed or control customer, chosen or not', () => {
    // Member 9 (not chosen) is suppressed by id and has member 6's address; member 1 is in the
    // control group and member 8 (chosen, segment 1) has its address b@x.
    const identity = (row: number) => (row === 9 ? 'e@x' : emails[row]);
    const suppressed = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const control = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const { fate, counts } = presetHygiene({ ...base, identity, suppressed, control });
    expect(Array.from(fate)).toEqual([WRITTEN, 2, 4, 5, WRITTEN, WRITTEN, 3, 5, 2, NOT_CHOSEN]);
    expect(counts.dropped).toEqual({ excludedSegment: 0, control: 2, suppressed: 1, noContact: 1, duplicate: 2 });
    // Excluding a segment leaves out its records only: member 3 (segment 1, a@x) excluded, member 0 (a@x) written.
    const excluded = presetHygiene({ ...base, excludedSegments: new Set([1]) });
    expect(excluded.fate[0]).toBe(WRITTEN);
    expect(excluded.fate[3]).toBe(1);
  });
});
