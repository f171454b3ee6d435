import { beforeAll, describe, expect, it } from 'vitest';
import { runClv } from '../../../../../src/main/engine/clv/run-clv';
import { purchaseRows } from '../../../../../src/main/engine/features/purchase-rows';
import { prepareDataset, type PreparedDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { clvSpecSchema } from '../../../../../src/shared/clv';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';
import { sharedData } from '../../../../helpers/paths';

const DAY_MS = 86_400_000;
const spec = (extra: object = {}) => clvSpecSchema.parse({ model: 'clv', ...extra });

/** Per customer id (as a number), counted from the raw file: distinct purchase days and the total spend. */
function rawCustomers() {
  const out = new Map<number, { days: Set<number>; spend: number }>();
  for (const r of cdnowRows('CDNOW_master.txt', 0, 1, 3).raw) {
    const c = out.get(Number(r.id)) ?? { days: new Set<number>(), spend: 0 };
    c.days.add(r.day);
    c.spend += r.value;
    out.set(Number(r.id), c);
  }
  return out;
}

/** The value a share of customers reaches or passes, recounted here: the ⌈share·n⌉-th largest. */
const floorOf = (values: number[], share: number) =>
  [...values].sort((a, b) => b - a)[Math.ceil(share * values.length) - 1];

describe('runClv on CDNOW master (23,570 customers, 1997-01-01 to 1998-06-30; weeks)', () => {
  let prepared: PreparedDataset;
  const raw = rawCustomers();
  beforeAll(async () => {
    prepared = prepareDataset(await readTable(sharedData('CDNOW_master.txt')), {
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
    });
  }, 60_000);

  it('fitted on everything, default settings: Pareto/NBD; every one-time buyer of over a year ago is below 0.5 chance still active, none in an active segment', () => {
    const run = runClv(prepared.table, prepared.roles, spec());
    const { result, values, segmentation, summary } = run;
    expect(result.calibrationEnd).toBe('1998-06-30');
    expect(result.holdoutEnd).toBeNull();
    expect(result.customers).toBe(23_570);
    expect(result.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'default' });
    expect(result.models.map((m) => m.kind)).toEqual(['pareto']);
    // The last third of the 546 days proposed as a holdout: calibration to day 364.
    expect(result.proposedHoldout).toEqual({
      calibrationEnd: new Date(Date.UTC(1997, 0, 1) + (Math.round((546 * 2) / 3) - 1) * DAY_MS)
        .toISOString()
        .slice(0, 10),
      holdoutEnd: '1998-06-30',
    });
    expect(result.proposedHoldout!.calibrationEnd).toBe('1997-12-30');

    // One-time buyers from the raw file: one purchase day, more than 365 days before 1998-06-30.
    const end = dayNumber('19980630');
    const oneTime = [...raw].filter(([, c]) => c.days.size === 1);
    expect(oneTime).toHaveLength(12_054);
    const longAgo = new Set(oneTime.filter(([, c]) => end - [...c.days][0] > 365).map(([id]) => id));
    // Every customer's first purchase was in the first quarter of 1997: all of them are long ago.
    expect(longAgo.size).toBe(12_054);
    const ids = purchaseRows(prepared.table, prepared.roles).ids();
    const idOf = (i: number) => Number(ids[summary.customer[i]]);
    const keys = segmentation.segments.map((s) => s.key);
    let seen = 0;
    let highest = 0;
    for (let i = 0; i < summary.customer.length; i++) {
      if (!longAgo.has(idOf(i))) continue;
      seen++;
      expect(summary.frequency[i]).toBe(0);
      highest = Math.max(highest, values.pAlive[i]);
      expect(keys[segmentation.segment[i]].endsWith('_active')).toBe(false);
    }
    expect(seen).toBe(12_054);
    expect(highest).toBeLessThan(0.5);
    expect(highest).toBeLessThanOrEqual(0.298);

    // The churn-risk list, recounted: top 20 % by past revenue (all purchases) or by CLV, chance still active below 0.5.
    const revenue = Array.from(summary.customer, (_, i) => raw.get(idOf(i))!.spend);
    for (let i = 0; i < revenue.length; i++) expect(summary.revenue[i]).toBeCloseTo(revenue[i], 6);
    const revenueFloor = floorOf(revenue, 0.2);
    const clvFloor = floorOf([...values.clv], 0.2);
    const atRisk = revenue.flatMap((r, i) =>
      values.pAlive[i] < 0.5 && (r >= revenueFloor || values.clv[i] >= clvFloor) ? [i] : [],
    );
    expect(result.churn).toMatchObject({ alive: 0.5, top: 0.2, customers: atRisk.length });
    expect(result.churn.pastRevenueFloor).toBeCloseTo(revenueFloor, 9);
    expect(result.churn.clvFloor).toBe(clvFloor);
    expect([...run.churnRisk].flatMap((f, i) => (f ? [i] : []))).toEqual(atRisk);
    // Per segment, predicted value beside past revenue: the totals of every customer.
    const total = (a: number[]) => a.reduce((s, v) => s + v, 0);
    expect(total(result.segmentValues.map((s) => s.customers))).toBe(23_570);
    expect(total(result.segmentValues.map((s) => s.pastRevenue))).toBeCloseTo(total(revenue), 4);
    expect(total(result.segmentValues.map((s) => s.clv))).toBeCloseTo(result.totals.clv, 6);
  });

  it('calibrated to 1997-09-30 with a holdout to 1998-06-30: all three models with holdout errors, the smallest MAE chosen', () => {
    const { result } = runClv(
      prepared.table,
      prepared.roles,
      spec({ calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' }),
    );
    expect(result.models.map((m) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    expect(result.proposedHoldout).toBeNull();
    // Holdout purchase days made, from the raw file: days after 1997-09-30 up to 1998-06-30.
    let made = 0;
    for (const c of raw.values()) for (const d of c.days) if (d > dayNumber('19970930')) made++;
    const mae = result.models.map((m) => {
      expect(m.holdout!.actual).toBe(made);
      expect(m.byFrequency.length).toBeGreaterThan(0);
      return m.holdout!.mae;
    });
    expect(mae.map((v) => Number(v.toFixed(4)))).toEqual([0.7938, 0.8187, 0.7945]);
    expect(result.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'holdout' });
    expect(Math.min(...mae)).toBe(mae[0]);
    expect(result.validation.errors).toEqual(result.models[0].holdout);
  });
});
