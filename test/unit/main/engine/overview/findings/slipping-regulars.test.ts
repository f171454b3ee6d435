import { describe, expect, it } from 'vitest';
import { slippingRegulars } from '../../../../../../src/main/engine/overview/findings/slipping-regulars';
import { dayNumber, handRows, type HandRow } from '../../../../../helpers/overview-rows';

// Analysis day 2024-07-01: the window is the 365 days 2023-07-02 … 2024-06-30 (2024 is a leap year).
const A = dayNumber('2024-07-01');
let order = 0;
const orders = (customer: string, days: string[], spend: number): HandRow[] =>
  days.map((day) => ({ customer, day, spend, order: order++ }));

const rows: HandRow[] = [
  // R1: Jan 10, Feb 9, Mar 10 — 30 + 30 days apart (gap 30), last 113 days before Jul 1; its first order in two rows.
  { customer: 'R1', day: '2024-01-10', spend: 60, order: 1000 },
  { customer: 'R1', day: '2024-01-10', spend: 40, order: 1000 },
  ...orders('R1', ['2024-02-09', '2024-03-10'], 100),
  ...orders('R2', ['2024-01-10', '2024-02-09', '2024-03-10'], 100),
  // R3: the same, and an order after the analysis day, which the run does not see.
  ...orders('R3', ['2024-01-10', '2024-02-09', '2024-03-10', '2024-07-05'], 100),
  // R4: the window's first day counts (gap 30).
  ...orders('R4', ['2023-07-02', '2023-08-01', '2023-08-31'], 50),
  // R5: last order Apr 2, exactly 90 days before Jul 1 (Feb 2 → Mar 3 → Apr 2: gap 30).
  ...orders('R5', ['2024-02-02', '2024-03-03', '2024-04-02'], 10),
  // Not taken: gap exactly 31 (Jan 1 → Feb 1 → Mar 3 is 62 days), last order 89 days before,
  // two orders only, still buying, and one whose first order is a day before the window (2 left in it).
  ...orders('G31', ['2024-01-01', '2024-02-01', '2024-03-03'], 1000),
  ...orders('R89', ['2024-02-03', '2024-03-04', '2024-04-03'], 1000),
  ...orders('TWO', ['2024-01-10', '2024-02-09'], 1000),
  ...orders('ACTIVE', ['2024-04-15', '2024-05-15', '2024-06-15'], 1000),
  ...orders('OUT', ['2023-07-01', '2023-07-31', '2023-08-30'], 1000),
  // Rows without a customer count for no one.
  { customer: null, day: '2024-01-10', spend: 1000, order: 2000 },
];

describe('slippingRegulars', () => {
  it('counts R1–R5 and their spend in the year: 300 + 300 + 300 + 150 + 30 = 1,080', () => {
    const finding = slippingRegulars(handRows(rows), A)!;
    expect(finding.values).toEqual({
      customers: { kind: 'int', value: 5 },
      days: { kind: 'days', value: 90 },
      spend: { kind: 'money', value: 1080 },
    });
    expect(finding.tone).toBe('bad');
    // The next step is the rules run of exactly this definition, at the same analysis day and window.
    expect(finding.action).toEqual({
      kind: 'rules',
      spec: {
        model: 'rules',
        analysisDate: '2024-07-01',
        windowDays: 365,
        frequency: 'orders',
        rules: [
          {
            key: 'slipping_regulars',
            name: { en: 'Regulars slipping away', 'zh-CN': '渐渐不来的老主顾' },
            when: {
              all: [
                { field: 'frequency', op: 'range', min: 3, max: null },
                { field: 'gap', op: 'range', min: null, max: 31 },
                { field: 'recency', op: 'range', min: 90, max: null },
              ],
            },
          },
        ],
      },
    });
  });

  it('needs 5 of them: without R5 (4 left) there is none', () => {
    expect(slippingRegulars(handRows(rows.filter((r) => r.customer !== 'R5')), A)).toBeNull();
  });

  it('without an order id each row is an order: R1’s two rows on Jan 10 make 4 orders, gap 60 / 3 = 20', () => {
    const noOrders = rows.map((r) => ({ ...r, order: undefined }));
    expect(slippingRegulars(handRows(noOrders), A)?.values.customers).toEqual({ kind: 'int', value: 5 });
  });

  it('measures the gap with the time of day, as the run does: Jan 1 12:00 → Mar 3 00:00 is 61.5 days, gap 30.75', () => {
    const timed = (id: string): HandRow[] => [
      { customer: id, day: '2024-01-01', spend: 10, order: order++, minute: 720 },
      { customer: id, day: '2024-02-01', spend: 10, order: order++, minute: 0 },
      { customer: id, day: '2024-03-03', spend: 10, order: order++, minute: 0 },
    ];
    const five = ['T1', 'T2', 'T3', 'T4', 'T5'].flatMap(timed);
    expect(slippingRegulars(handRows(five), A)?.values.spend).toEqual({ kind: 'money', value: 150 });
    // Without the times the same days are 62 days apart: gap 31, not under 31.
    expect(slippingRegulars(handRows(five.map((r) => ({ ...r, minute: undefined }))), A)).toBeNull();
  });
});
