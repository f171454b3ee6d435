import type { OverviewPeriod } from '../../../shared/overview';
import { dayOfMonth, monthOfDay } from '../overview/days';
import { askedRange, type Days } from '../overview/period';

/** Whole months, both ends included (month numbers). */
export interface Months {
  first: number;
  last: number;
}

/** A period of a summary: whole months, and their days within the data. */
export interface SummaryPeriod {
  months: Months;
  days: Days;
}

export interface ResolvedSummaryPeriod {
  period: SummaryPeriod;
  /** The months before, as many; null unless the data cover all of them (never for the whole history). */
  previous: SummaryPeriod | null;
}

/**
 * The period asked for, on a summary whose orders run from `data.from` to `data.until`, in whole
 * months (a summary keeps months, not days): the whole history; the last 12 months (the month of
 * the last order and the 11 before); a range (from the first of the month it starts in to the end
 * of the month it ends in); auto (the last 12 months when the data also cover the 12 before, else
 * everything). Days are cut to the data's.
 */
export function resolveSummaryPeriod(asked: OverviewPeriod, data: Days): ResolvedSummaryPeriod {
  const firstMonth = monthOfDay(data.from);
  const lastMonth = monthOfDay(data.until);
  const of = (first: number, last: number): SummaryPeriod => ({
    months: { first, last },
    days: { from: Math.max(dayOfMonth(first), data.from), until: Math.min(dayOfMonth(last + 1) - 1, data.until) },
  });
  const before = (m: Months) => {
    const length = m.last - m.first + 1;
    return m.first - length >= firstMonth ? of(m.first - length, m.first - 1) : null;
  };
  if (asked.kind === 'all') return { period: of(firstMonth, lastMonth), previous: null };
  if (asked.kind === 'last12' || asked.kind === 'auto') {
    const period = of(lastMonth - 11, lastMonth);
    const previous = before(period.months);
    if (asked.kind === 'auto' && !previous) return { period: of(firstMonth, lastMonth), previous: null };
    return { period, previous };
  }
  const { from, until } = askedRange(asked, data);
  const period = of(monthOfDay(from), monthOfDay(until));
  return { period, previous: before(period.months) };
}
