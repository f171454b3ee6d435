import type { Overview } from '../../src/shared/overview';

/**
 * A hand-made Overview of a small shop (pounds): 2011 against 2010, by month, twelve cohorts,
 * concentration, two findings. Its figures are round so a test can write what the report shows.
 */
export function sampleOverview(): Overview {
  const months = Array.from({ length: 12 }, (_, i) => `2011-${String(i + 1).padStart(2, '0')}`);
  return {
    datasetId: 1,
    hasCustomers: true,
    currency: 'GBP',
    data: { from: '2010-01-04', until: '2011-12-31' },
    period: { from: '2011-01-01', until: '2011-12-31' },
    previous: { from: '2010-01-01', until: '2010-12-31' },
    figures: [
      { key: 'customers', value: 1200, previous: 800 },
      { key: 'activeCustomers', value: 900, previous: 800 },
      { key: 'newCustomers', value: 400, previous: 800 },
      { key: 'orders', value: 3000, previous: 2500 },
      { key: 'revenue', value: 150000, previous: 120000 },
      { key: 'aov', value: 50, previous: 48 },
      { key: 'ordersPerCustomer', value: 3000 / 900, previous: 3.125 },
      { key: 'repeatRate', value: 0.45, previous: 0.4 },
      { key: 'medianDaysBetween', value: 31.5, previous: 35 },
      { key: 'returningRevenue', value: 90000, previous: 0 },
    ],
    grain: 'month',
    trend: months.map((m, i) => ({
      start: `${m}-01`,
      revenue: 10000 + 500 * i,
      orders: 200 + 10 * i,
      newCustomers: 40 - i,
      returningCustomers: 100 + 5 * i,
    })),
    cohorts: months.map((m, i) => {
      const size = 50 - 2 * i;
      const reach = 12 - i;
      return {
        month: m,
        size,
        active: Array.from({ length: reach }, (_, k) => (k === 0 ? size : Math.round(size * (0.3 - 0.01 * k)))),
        revenue: Array.from({ length: reach }, (_, k) => (k === 0 ? size * 60 : size * 20)),
      };
    }),
    concentration: {
      customers: 900,
      personal: null,
      curve: Array.from({ length: 101 }, (_, i) => [i / 100, 1 - (1 - i / 100) ** 4] as [number, number]),
      top: [
        { top: 0.01, customers: 9, share: 0.12 },
        { top: 0.1, customers: 90, share: 0.42 },
        { top: 0.2, customers: 180, share: 0.71 },
      ],
      largest: [
        { id: '14646', revenue: 8000, share: 8000 / 150000, orders: 40, lastOrder: '2011-12-20' },
        { id: '18102', revenue: 6000, share: 0.04, orders: 30, lastOrder: '2011-12-08' },
      ],
    },
    places: null,
    when: { weekdayHour: null, monthOfYear: Array.from({ length: 12 }, () => 250) },
    findings: [
      {
        key: 'concentration',
        tone: 'neutral',
        values: { top: { kind: 'pct', value: 0.2 }, share: { kind: 'pct', value: 0.71 } },
        action: { kind: 'rfm' },
      },
      {
        key: 'bestMonth',
        tone: 'good',
        values: { month: { kind: 'month', value: '2011-12' }, revenue: { kind: 'money', value: 15500 } },
        action: null,
      },
    ],
  };
}
