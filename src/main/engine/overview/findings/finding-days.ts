/** UTC day numbers and months as the findings count them (a month as year × 12 + month, 0 = January). */
export const DAY_MS = 86_400_000;

export const monthOfDay = (day: number): number => {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** The first day of a month. */
export const monthStart = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;

/** YYYY-MM of a month; YYYY-MM-DD of a day; a YYYY-MM-DD as a day number. */
export const isoMonth = (month: number): string =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The months wholly inside both ranges of days (both ends included): [first, last], empty when last < first. */
export function completeMonths(from: number, until: number): { first: number; last: number } {
  const first = monthStart(monthOfDay(from)) === from ? monthOfDay(from) : monthOfDay(from) + 1;
  const last = monthStart(monthOfDay(until) + 1) - 1 === until ? monthOfDay(until) : monthOfDay(until) - 1;
  return { first, last };
}
