import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { CohortRow, Finding } from '../../../../shared/overview';
import { cohortSpec } from './finding-specs';
import { completeMonths, isoMonth, monthOfDay } from './finding-days';

const monthNumber = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The cohorts measured: after the data's first month, of `cohortSize` or more, whose month `cohortMonth` is complete. */
function measured(cohorts: CohortRow[], analysisDay: number, dataFrom: number) {
  const lastComplete = completeMonths(dataFrom, analysisDay - 1).last;
  return cohorts
    .map((row) => ({ row, month: monthNumber(row.month) }))
    .filter(
      ({ row, month }) =>
        month > monthOfDay(dataFrom) &&
        row.size >= T.cohortSize &&
        month + T.cohortMonth <= lastComplete &&
        row.active.length > T.cohortMonth,
    )
    .map(({ row, month }) => ({ month, size: row.size, back: row.active[T.cohortMonth] }));
}

/**
 * A cohort (customers by month of first purchase) whose share buying in their `cohortMonth`-th
 * month after is clearly above (`better`) or below the others' together (size-weighted): by
 * `cohortPoints` or more and by more than chance (a two-proportion test, |z| ≥ `cohortZ`); the
 * one furthest off. Among at least `cohortCount` measured cohorts (see measured). Next step: a
 * rules run of that cohort's customers, to see what sets them apart.
 */
export function cohortFinding(
  cohorts: CohortRow[] | null,
  analysisDay: number,
  dataFrom: number,
  better: boolean,
): Finding | null {
  const rows = cohorts ? measured(cohorts, analysisDay, dataFrom) : [];
  if (rows.length < T.cohortCount) return null;
  const size = rows.reduce((n, c) => n + c.size, 0);
  const back = rows.reduce((n, c) => n + c.back, 0);
  const p = back / size;
  let found: { month: number; size: number; share: number; others: number; diff: number } | null = null;
  for (const c of rows) {
    const share = c.back / c.size;
    const others = (back - c.back) / (size - c.size);
    const diff = better ? share - others : others - share;
    const z = diff / Math.sqrt(p * (1 - p) * (1 / c.size + 1 / (size - c.size)));
    if (diff >= T.cohortPoints - 1e-12 && z >= T.cohortZ && (!found || diff > found.diff))
      found = { month: c.month, size: c.size, share, others, diff };
  }
  if (!found) return null;
  return {
    key: better ? 'cohortBetter' : 'cohortWorse',
    tone: better ? 'good' : 'bad',
    values: {
      month: { kind: 'month', value: isoMonth(found.month) },
      customers: { kind: 'int', value: found.size },
      share: { kind: 'pct', value: found.share },
      others: { kind: 'pct', value: found.others },
      points: { kind: 'points', value: found.share - found.others },
      after: { kind: 'int', value: T.cohortMonth },
    },
    action: { kind: 'rules', spec: cohortSpec(found.month, analysisDay) },
  };
}
