import { describe, expect, it } from 'vitest';
import { newCustomersTrend } from '../../../../../../src/main/engine/overview/findings/new-customers-trend';
import { dayNumber, handRows, manyCustomers, type HandRow } from '../../../../../helpers/overview-rows';

// Analysis day 2024-07-01: June 2024 is the last complete month; Apr–Jun against Jan–Mar 2024.
const A = dayNumber('2024-07-01');
const FROM = dayNumber('2023-12-01');
/** `n` customers whose first purchase is on `day`. */
const newOn = (n: number, prefix: string, day: string): HandRow[] =>
  manyCustomers(n, prefix, (id) => [{ customer: id, day, spend: 5 }]);
/** 20 old customers (first bought in December 2023) who buy again in April: not new then. */
const old = manyCustomers(20, 'o', (id) => [
  { customer: id, day: '2023-12-05', spend: 5 },
  { customer: id, day: '2024-04-10', spend: 5 },
]);

describe('newCustomersTrend', () => {
  it('25 new in Apr–Jun against 20 in Jan–Mar: up 25 %', () => {
    const rows = [
      ...old,
      ...newOn(10, 'a', '2024-01-31'),
      ...newOn(10, 'b', '2024-03-01'),
      ...newOn(25, 'c', '2024-06-30'),
    ];
    expect(newCustomersTrend(handRows(rows), A, FROM)).toEqual({
      key: 'newCustomersTrend',
      tone: 'good',
      values: {
        recent: { kind: 'int', value: 25 },
        before: { kind: 'int', value: 20 },
        change: { kind: 'pct', value: 0.25 },
        from: { kind: 'month', value: '2024-04' },
        until: { kind: 'month', value: '2024-06' },
      },
      action: { kind: 'playbook', playbook: 'welcome' },
    });
  });

  it('21 against 20 is up 5 % (good); 20 against 20 steady; 15 against 20 down 25 %', () => {
    const tone = (recent: number) =>
      newCustomersTrend(handRows([...newOn(20, 'a', '2024-02-10'), ...newOn(recent, 'c', '2024-05-10')]), A, FROM)
        ?.tone;
    expect([tone(21), tone(20), tone(15)]).toEqual(['good', 'neutral', 'bad']);
  });

  it('needs 20 new customers in the earlier months (19: none)', () => {
    expect(
      newCustomersTrend(handRows([...newOn(19, 'a', '2024-02-10'), ...newOn(30, 'c', '2024-05-10')]), A, FROM),
    ).toBeNull();
  });

  it('a month the data end in partway does not count; the data’s first month is never compared', () => {
    // Last day 2024-06-29: May is the last complete month, Mar–May against Dec–Feb, and December 2023 is the first month.
    const rows = [...newOn(20, 'a', '2024-01-10'), ...newOn(30, 'c', '2024-05-10')];
    expect(newCustomersTrend(handRows(rows), dayNumber('2024-06-30'), FROM)).toBeNull();
    // With data from November 2023, Dec–Feb may be compared: 20 before, 30 in Mar–May.
    const finding = newCustomersTrend(handRows(rows), dayNumber('2024-06-30'), dayNumber('2023-11-15'))!;
    expect([finding.values.from.value, finding.values.until.value, finding.values.recent.value]).toEqual([
      '2024-03',
      '2024-05',
      30,
    ]);
  });
});
