/** The shortest history a holdout is proposed for, in days. */
export const PROPOSE_HOLDOUT_MIN_DAYS = 90;

const DAY_MS = 86_400_000;

/** A UTC day number (days since 1970-01-01) as YYYY-MM-DD. */
export const isoOfUtcDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** YYYY-MM-DD as its UTC day number. */
export const utcDayOfIso = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * The holdout proposed when none is set: the last third of the history (from the first purchase
 * to the calibration end) held back, as ISO days; null for a history shorter than 90 days.
 */
export function proposeHoldout(firstDay: number, lastDay: number, isoOfDay: (day: number) => string = isoOfUtcDay) {
  const span = lastDay - firstDay + 1;
  if (span < PROPOSE_HOLDOUT_MIN_DAYS) return null;
  return { calibrationEnd: isoOfDay(firstDay + Math.round((span * 2) / 3) - 1), holdoutEnd: isoOfDay(lastDay) };
}
