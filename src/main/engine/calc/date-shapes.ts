import type { CalcDefinition } from '../../../shared/calc/calculated-column';
import type { ColumnSpec } from '../../../shared/column-spec';
import { DAY_MS, dayText, numbersOf, type CalcSource } from './calc-inputs';

type DateShape = Extract<CalcDefinition, { shape: 'daysBetween' | 'daysToAnalysis' | 'year' }>;

const INTEGER: ColumnSpec = { kind: 'integer', number: { decimal: '.', percent: false, currency: null } };

/** The day after the latest date of a column (YYYY-MM-DD), or null when it has none. */
export function dayAfterLast(dates: Float64Array): string | null {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < dates.length; i++) if (dates[i] > last) last = dates[i];
  return last === Number.NEGATIVE_INFINITY ? null : dayText(last + DAY_MS);
}

/**
 * Whole calendar days between dates, days to the analysis day, or the year. Dates are UTC
 * calendar milliseconds, so the machine's time zone does not matter; a time of day is ignored.
 */
export function dateShape(
  source: CalcSource,
  d: DateShape,
): { values: Float64Array; spec: ColumnSpec; day: string | null } {
  const n = source.table.numRows;
  const out = new Float64Array(n);
  if (d.shape === 'daysBetween') {
    const from = numbersOf(source, d.from, 'date');
    const to = numbersOf(source, d.to, 'date');
    for (let i = 0; i < n; i++) out[i] = Math.floor(to[i] / DAY_MS) - Math.floor(from[i] / DAY_MS);
    return { values: out, spec: INTEGER, day: null };
  }
  const dates = numbersOf(source, d.column, 'date');
  if (d.shape === 'year') {
    for (let i = 0; i < n; i++) out[i] = dates[i] === dates[i] ? new Date(dates[i]).getUTCFullYear() : Number.NaN;
    return { values: out, spec: INTEGER, day: null };
  }
  const day = d.day ?? dayAfterLast(dates);
  const end = day === null ? Number.NaN : Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  for (let i = 0; i < n; i++) out[i] = end - Math.floor(dates[i] / DAY_MS);
  return { values: out, spec: INTEGER, day };
}
