import { describe, expect, it } from 'vitest';
import { chooseModel } from '../../../../../src/main/engine/clv/choose-model';
import { proposeHoldout } from '../../../../../src/main/engine/clv/churn-risk';
import { modelFunctions } from '../../../../../src/main/engine/clv/purchase-models';
import { summarizePurchases } from '../../../../../src/main/engine/clv/summary';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';

const rows = cdnowRows('CDNOW_master.txt', 0, 1, 3);
const calibrationEnd = dayNumber('19970930');
const holdoutEnd = dayNumber('19980630');

/** Per customer, counted here from the raw rows: purchase days up to the calibration end, and in the holdout. */
function countDays() {
  const days = new Map<string, Set<number>>();
  for (const r of rows.raw) days.set(r.id, (days.get(r.id) ?? new Set()).add(r.day));
  return [...days.values()].map((set) => {
    const calibration = [...set].filter((d) => d <= calibrationEnd).sort((a, b) => a - b);
    const holdout = [...set].filter((d) => d > calibrationEnd && d <= holdoutEnd).length;
    const first = calibration[0];
    const last = calibration[calibration.length - 1];
    return { x: calibration.length - 1, tx: (last - first) / 7, T: (calibrationEnd - first) / 7, holdout };
  });
}

describe('chooseModel on CDNOW master (23,570 customers; weeks; calibration to 1997-09-30)', () => {
  const withHoldout = summarizePurchases(rows, { calibrationEnd, holdoutEnd, unit: 'weeks' });

  it('with a holdout to 1998-06-30: fits all three, and auto takes the smallest mean absolute error per customer (Pareto/NBD 0.7938)', () => {
    const choice = chooseModel(withHoldout, { purchaseModel: 'auto' });
    expect(choice.compared.map((c) => c.model.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    expect(choice.failures).toEqual([]);
    const customers = countDays();
    expect(customers).toHaveLength(23_570);
    // Holdout purchase days, counted from the raw rows.
    const made = customers.reduce((s, c) => s + c.holdout, 0);
    const weeks = (holdoutEnd - calibrationEnd) / 7;
    expect(weeks).toBe(39);
    const mae: Record<string, number> = {};
    for (const { model, validation } of choice.compared) {
      // Each model's own E[Y(39 weeks) | x, tₓ, T] at its fitted parameters, against the days made.
      const expected = modelFunctions(model.kind, model.params);
      let absolute = 0;
      let total = 0;
      for (const c of customers) {
        const e = expected.expectedPurchases(weeks, c.x, c.tx, c.T);
        absolute += Math.abs(c.holdout - e);
        total += e;
      }
      mae[model.kind] = absolute / customers.length;
      expect(validation.errors!.actual).toBe(made);
      expect(validation.errors!.expected).toBeCloseTo(total, 6);
      expect(validation.errors!.mae).toBeCloseTo(mae[model.kind], 10);
    }
    expect(mae.pareto).toBeCloseTo(0.7938, 4);
    expect(mae.bgnbd).toBeCloseTo(0.8187, 4);
    expect(mae.mbgnbd).toBeCloseTo(0.7945, 4);
    const smallest = Object.entries(mae).sort((a, b) => a[1] - b[1])[0][0];
    expect(smallest).toBe('pareto');
    expect(choice.chosen.model.kind).toBe(smallest);
    expect(choice.chosenBy).toBe('holdout');
  });

  it('the user’s model is taken whatever its holdout error: BG/NBD, chosen by the user, the other two still fitted beside it', () => {
    const choice = chooseModel(withHoldout, { purchaseModel: 'bgnbd' });
    expect(choice.compared.map((c) => c.model.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    expect(choice.chosen.model.kind).toBe('bgnbd');
    expect(choice.chosenBy).toBe('user');
    const [pareto, bgnbd] = choice.compared.map((c) => c.validation.errors!.mae);
    expect(bgnbd).toBeGreaterThan(pareto);
  });

  it('without a holdout: only the default, Pareto/NBD, is fitted; the user’s choice alone otherwise', () => {
    const noHoldout = summarizePurchases(rows, { calibrationEnd: holdoutEnd, unit: 'weeks' });
    const auto = chooseModel(noHoldout, { purchaseModel: 'auto' });
    expect(auto.compared.map((c) => c.model.kind)).toEqual(['pareto']);
    expect(auto.chosenBy).toBe('default');
    expect(auto.chosen.validation.errors).toBeNull();
    const mbg = chooseModel(noHoldout, { purchaseModel: 'mbgnbd' });
    expect(mbg.compared.map((c) => c.model.kind)).toEqual(['mbgnbd']);
    expect(mbg.chosenBy).toBe('user');
  });

  it('proposes the last third of the history as a holdout: 546 days from 1997-01-01 to 1998-06-30, the first 364 kept', () => {
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    let first = Number.POSITIVE_INFINITY;
    for (const r of rows.raw) first = Math.min(first, r.day);
    expect(iso(first)).toBe('1997-01-01');
    const span = holdoutEnd - first + 1;
    expect(span).toBe(546);
    // Two thirds of 546 days is 364: calibration from day 0 to day 363.
    expect(proposeHoldout(first, holdoutEnd, iso)).toEqual({
      calibrationEnd: iso(first + 363),
      holdoutEnd: '1998-06-30',
    });
    expect(iso(first + 363)).toBe('1997-12-30');
    // Under 90 days of history nothing is proposed.
    expect(proposeHoldout(first, first + 88, iso)).toBeNull();
    expect(proposeHoldout(first, first + 89, iso)).not.toBeNull();
  });
});
