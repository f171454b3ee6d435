import type { Table } from 'apache-arrow';
import type { ClvSpec } from '../../../shared/clv';
import { AppError } from '../../../shared/errors';
import { DAY_MS } from '../features/customer-features';
import { roleNumbers } from '../features/role-numbers';
import { dayOfIso, isoOfDay } from '../overview/days';
import { unitDays, type PurchaseSummary } from './summary';

/** The columns of a customers table summarised from order lines that the CLV models read. */
export interface SummaryPurchaseColumns {
  firstPurchase: string;
  lastPurchase: string;
  purchaseDays: string;
  spend: string;
  firstDaySpend: string;
}

/**
 * The CLV models' summary (x, t_x, T, the repeat purchases' mean spend) of a customers table
 * summarised from order lines on import, row by row, as `summarizePurchases` makes it from the
 * order lines: x = purchase days − 1, t_x = last − first purchase day, T = calibration end − first
 * purchase day, monetary = (spend − the first day's spend) ÷ x; the repeat purchases per day from
 * the summary's days (`days`: [day, customers who bought, customers whose first purchase day it
 * was]). The calibration period ends on the last order's day or later (the summary holds every
 * order: an earlier end, or a holdout, would need the order lines).
 */
export function summaryPurchases(
  table: Table,
  columns: SummaryPurchaseColumns,
  days: number[][],
  spec: ClvSpec,
): PurchaseSummary {
  const column = (name: string) => {
    const values = roleNumbers(table, name, 'revenue');
    if (!values)
      throw new AppError(
        'E_SUMMARY_NOT_SUPPORTED',
        `The summary has no column "${name}": import the file again (summarised) to model its lifetime value.`,
        { column: name },
      );
    return values;
  };
  const [first, last, purchaseDays, spend, firstDaySpend] = [
    column(columns.firstPurchase),
    column(columns.lastPurchase),
    column(columns.purchaseDays),
    column(columns.spend),
    column(columns.firstDaySpend),
  ];
  const calibrationEnd = summaryCalibrationEnd(spec, days);
  const minDay = days[0][0];
  const per = unitDays(spec.timeUnit);
  const n = table.numRows;
  const out = {
    customer: Int32Array.from({ length: n }, (_, i) => i),
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    firstDay: new Float64Array(n),
    revenue: Float64Array.from(spend),
  };
  for (let i = 0; i < n; i++) {
    const f = Math.floor(first[i] / DAY_MS);
    const x = purchaseDays[i] - 1;
    out.frequency[i] = x;
    out.recency[i] = (Math.floor(last[i] / DAY_MS) - f) / per;
    out.T[i] = (calibrationEnd - f) / per;
    out.monetary[i] = x > 0 ? (spend[i] - firstDaySpend[i]) / x : Number.NaN;
    out.firstDay[i] = f;
  }
  const counts = new Float64Array(calibrationEnd - minDay + 1);
  for (const [day, customers, fresh] of days) counts[day - minDay] = customers - fresh;
  return {
    ...out,
    holdoutFrequency: new Float64Array(n),
    holdoutSpend: new Float64Array(n),
    holdoutLength: 0,
    repeatsByDay: { start: minDay, counts },
    unit: spec.timeUnit,
    calibrationEnd,
    holdoutEnd: null,
  };
}

/**
 * The calibration period's last day for a summary with these days: the spec's (on or after the
 * last order's day), else the last order's; E_BAD_SPEC, saying why, for an earlier one or a holdout.
 */
export function summaryCalibrationEnd(spec: ClvSpec, days: number[][]): number {
  if (days.length === 0) throw new AppError('E_TOO_FEW_CUSTOMERS', 'The summary has no purchase.', { customers: 0 });
  const lastDay = days[days.length - 1][0];
  const summarised = `This dataset was summarised per customer on import, with every order up to ${isoOfDay(lastDay)}`;
  if (spec.holdoutEnd)
    throw new AppError(
      'E_BAD_SPEC',
      `${summarised}: its lifetime value is modelled on all of them, without a holdout period. Import the file whole to check the model on a holdout.`,
      { holdoutEnd: spec.holdoutEnd },
    );
  if (!spec.calibrationEnd) return lastDay;
  const end = dayOfIso(spec.calibrationEnd);
  if (end < lastDay)
    throw new AppError('E_BAD_SPEC', `${summarised}: the calibration period can end on that day or later.`, {
      calibrationEnd: spec.calibrationEnd,
      lastOrder: isoOfDay(lastDay),
    });
  return end;
}
