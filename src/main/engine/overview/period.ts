import { AppError } from '../../../shared/errors';
import type { Grain, OverviewPeriod } from '../../../shared/overview';
import { addMonths, dayOfIso, isoOfDay } from './days';

/** A range of day numbers, both ends included. */
export interface Days {
  from: number;
  until: number;
}

export interface ResolvedPeriod {
  period: Days;
  /** The period before, of the same length; null unless the data cover all of it (never for the whole history). */
  previous: Days | null;
  grain: Grain;
}

/** The 12 months that end on `until`: from the day after the same day a year earlier. */
const twelveMonthsTo = (until: number): Days => ({ from: addMonths(until, -12) + 1, until });

/** The range before `p` of the same length: the 12 months before for a 12-month period, else as many days. */
function before(p: Days, months: boolean): Days {
  if (months) return twelveMonthsTo(p.from - 1);
  const length = p.until - p.from + 1;
  return { from: p.from - length, until: p.from - 1 };
}

/** A day of the calendar (2011-02-30 is none): its day number; E_BAD_SPEC for a day that does not exist. */
export function calendarDay(iso: string): number {
  const day = dayOfIso(iso);
  if (!(day === day && isoOfDay(day) === iso))
    throw new AppError('E_BAD_SPEC', `There is no day ${iso} in the calendar.`, { day: iso });
  return day;
}

/** How finely a period's trend is cut: by day up to 62 days, by ISO week up to 26 weeks, else by month. */
export function grainOf(p: Days): Grain {
  const length = p.until - p.from + 1;
  return length <= 62 ? 'day' : length <= 26 * 7 ? 'week' : 'month';
}

/** A range asked for (a missing end is the data's own), checked: real days, the first on or before the last. */
export function askedRange(asked: { from: string | null; until: string | null }, data: Days): Days {
  const period = {
    from: asked.from === null ? data.from : calendarDay(asked.from),
    until: asked.until === null ? data.until : calendarDay(asked.until),
  };
  if (!(period.from <= period.until))
    throw new AppError(
      'E_BAD_SPEC',
      `The period must start on or before its last day (from ${isoOfDay(period.from)} until ${isoOfDay(period.until)}).`,
      { from: isoOfDay(period.from), until: isoOfDay(period.until) },
    );
  return period;
}

/**
 * The period asked for, on data whose order days run from `data.from` to `data.until`: the
 * whole history, the last 12 months, a range (a missing end is the data's own), or auto (the
 * last 12 months when the data also cover the 12 before, else everything).
 */
export function resolvePeriod(asked: OverviewPeriod, data: Days): ResolvedPeriod {
  const covered = (p: Days | null) => (p && p.from >= data.from ? p : null);
  const resolved = (period: Days, previous: Days | null): ResolvedPeriod => ({
    period,
    previous: covered(previous),
    grain: grainOf(period),
  });
  if (asked.kind === 'all') return resolved(data, null);
  if (asked.kind === 'last12' || asked.kind === 'auto') {
    const period = twelveMonthsTo(data.until);
    const previous = covered(before(period, true));
    if (asked.kind === 'auto' && !previous) return resolved(data, null);
    return resolved(period, previous);
  }
  const period = askedRange(asked, data);
  return resolved(period, before(period, false));
}
