import type { SegmentName } from './segment-name';
import { translatedName } from './translated-name';

/** The traits an order playbook reads from a stored persona. */
interface OrderPersonaTraits {
  numeric: readonly { field: string; difference: number }[];
  categories: readonly { field: string; value: string; share: number }[];
}

const PLACES = new Set(['region', 'province', 'country', 'continent']);

/**
 * What to do with a segment of orders, by the kind of segment its persona says it is: nearly all
 * unpaid, refunded or paid; from one place; of high or low order value; made at some hours;
 * else a first offer to try.
 */
export function orderPlaybookFor(persona: OrderPersonaTraits): SegmentName[] {
  const most = (test: (field: string) => boolean) =>
    persona.categories.find((c) => test(c.field) && c.share >= 0.9) ?? null;
  const status = most((f) => f === 'paymentStatus');
  const place = most((f) => PLACES.has(f));
  const value = persona.numeric.find((n) => n.field === 'orderValue')?.difference ?? 0;
  const time = persona.numeric.find(
    (n) => (n.field === 'hour' || n.field === 'weekday') && Math.abs(n.difference) > 0.5,
  );
  const keys: string[] = [];
  if (status?.value === 'unpaid') keys.push('unpaid');
  else if (status?.value === 'refunded') keys.push('refunded');
  if (Math.abs(value) > 0.25) keys.push('value');
  if (place) keys.push('place');
  if (time) keys.push('time');
  if (status?.value === 'paid') keys.push('paid');
  if (keys.length === 0) keys.push('other');
  return keys.map((k) => translatedName(`orderSegments.actions.${k}`));
}
