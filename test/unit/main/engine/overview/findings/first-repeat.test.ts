import { describe, expect, it } from 'vitest';
import { firstRepeat } from '../../../../../../src/main/engine/overview/findings/first-repeat';
import { dayNumber, handRows, manyCustomers, type HandRow } from '../../../../../helpers/overview-rows';

// Analysis day 2024-07-01, last day 2024-06-30. First-time buyers counted: first purchase from
// 2023-04-03 to 2024-04-01 (their 90 days end by 2024-06-30); the year before: 2022-04-03 … 2023-04-02.
const A = dayNumber('2024-07-01');
const FROM = dayNumber('2022-01-01');

/** 30 first-time buyers on 2024-01-15: 10 back on day 90 (Apr 14), 2 on day 91, 3 again the same day only. */
const thisYear = (n = 30): HandRow[] =>
  manyCustomers(n, 'n', (id, i) => [
    { customer: id, day: '2024-01-15', spend: 10 },
    ...(i < 10 ? [{ customer: id, day: '2024-04-14', spend: 10 }] : []),
    ...(i >= 10 && i < 12 ? [{ customer: id, day: '2024-04-15', spend: 10 }] : []),
    ...(i >= 12 && i < 15 ? [{ customer: id, day: '2024-01-15', spend: 10 }] : []),
  ]);
/** 40 first-time buyers on 2023-01-10, 20 of them back on 2023-02-10. */
const yearBefore = manyCustomers(40, 'p', (id, i) => [
  { customer: id, day: '2023-01-10', spend: 10 },
  ...(i < 20 ? [{ customer: id, day: '2023-02-10', spend: 10 }] : []),
]);
/** First bought 2024-04-02, all back the next day: their 90 days are not all in the data, so not counted. */
const tooRecent = manyCustomers(5, 'r', (id) => [
  { customer: id, day: '2024-04-02', spend: 10 },
  { customer: id, day: '2024-04-03', spend: 10 },
]);

describe('firstRepeat', () => {
  it('10 of 30 come back within 90 days (33 %), against 20 of 40 (50 %) the year before: worse', () => {
    const finding = firstRepeat(handRows([...thisYear(), ...yearBefore, ...tooRecent]), A, FROM)!;
    expect(finding.values.share.value).toBeCloseTo(10 / 30, 12);
    expect(finding.values.buyers).toEqual({ kind: 'int', value: 30 });
    expect(finding.values.previous).toEqual({ kind: 'pct', value: 0.5 });
    expect(finding.values.days).toEqual({ kind: 'days', value: 90 });
    expect(finding.tone).toBe('bad');
    expect(finding.action).toEqual({ kind: 'playbook', playbook: 'welcome' });
  });

  it('needs 30 first-time buyers (29: none); the year before is compared only with 30 of its own', () => {
    expect(firstRepeat(handRows([...thisYear(29), ...yearBefore]), A, FROM)).toBeNull();
    const fewBefore = yearBefore.filter((r) => Number(r.customer!.slice(1)) < 29);
    const finding = firstRepeat(handRows([...thisYear(), ...fewBefore]), A, FROM)!;
    expect(finding.values.previous).toBeUndefined();
    expect(finding.tone).toBe('neutral');
  });

  it('leaves out the data’s first month, and the year before when the data do not cover it', () => {
    // Data from 2023-12-20: buyers of December 2023 (first month) are not first-time buyers here.
    const december = manyCustomers(30, 'd', (id) => [{ customer: id, day: '2023-12-21', spend: 10 }]);
    const finding = firstRepeat(handRows([...december, ...thisYear()]), A, dayNumber('2023-12-20'))!;
    expect(finding.values.buyers).toEqual({ kind: 'int', value: 30 });
    expect(finding.values.previous).toBeUndefined();
  });

  it('has nothing to say without customers', () => {
    expect(firstRepeat(handRows([{ customer: null, day: '2024-01-01', spend: 1 }]), A, FROM)).toBeNull();
  });
});
