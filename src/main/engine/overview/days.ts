import { DAY_MS } from '../features/customer-features';

/**
 * UTC day numbers (days since 1970-01-01) and month numbers (year × 12 + month, 0 = January)
 * as the Overview counts them: no local time zone anywhere.
 */

/** A day number as YYYY-MM-DD. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** YYYY-MM-DD as a day number. */
export const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The month number of a day. */
export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first day of a month number. */
export const dayOfMonth = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;

/** A month number as YYYY-MM. */
export const isoOfMonth = (month: number): string => isoOfDay(dayOfMonth(month)).slice(0, 7);

/** The weekday of a day, 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The Monday of a day's ISO week. */
export const mondayOf = (day: number): number => day - weekdayOfDay(day);

/** The same day `months` months later (earlier when negative); the 31st of a shorter month is its last day. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const month = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const last = dayOfMonth(month + 1) - 1;
  return Math.min(dayOfMonth(month) + d.getUTCDate() - 1, last);
}

/** The first index of a sorted array whose value is at least `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
