/**
 * The derived values of one order, from its cells. Dates are UTC ms of the time as written in the
 * file (the importer reads naive times so), so weekday and hour are read in UTC: as written.
 */

const MINUTE_MS = 60_000;

/** Minutes from creation to payment; NaN when the order is unpaid (no payment time) or has no creation time. */
export function paymentDelayMinutes(created: number, paid: number): number {
  return created === created && paid === paid ? (paid - created) / MINUTE_MS : Number.NaN;
}

/** An order's status: refunded (refund amount > 0) before paid (a payment time) before unpaid. */
export function paymentStatus(paid: number, refund: number): 'paid' | 'unpaid' | 'refunded' {
  if (refund > 0) return 'refunded';
  return paid === paid ? 'paid' : 'unpaid';
}

/** The weekday as written, 1 = Monday … 7 = Sunday; NaN without a time. */
export function weekdayOf(ms: number): number {
  if (ms !== ms) return Number.NaN;
  const day = new Date(ms).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The hour as written, 0–23; NaN without a time. */
export function hourOf(ms: number): number {
  return ms === ms ? new Date(ms).getUTCHours() : Number.NaN;
}
