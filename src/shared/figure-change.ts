import type { FigureKey, KeyFigure } from './overview';

/** How a key figure moved against the period before: a relative change, or points for a rate. */
export interface FigureChange {
  /** 'relative': delta is a share of the value before (0.12 = +12 %); 'points': percentage points (a rate's change × 100). */
  unit: 'relative' | 'points';
  delta: number;
  direction: 'up' | 'down' | 'flat';
  /** Whether the move is good for the business (fewer days between orders is); null when flat. */
  good: boolean | null;
}

/** How each key figure is read: a count, money in the dataset's currency, a rate (a share 0–1), an average, days. */
export const FIGURE_KINDS: Record<FigureKey, 'count' | 'money' | 'rate' | 'average' | 'days'> = {
  customers: 'count',
  activeCustomers: 'count',
  newCustomers: 'count',
  orders: 'count',
  revenue: 'money',
  aov: 'money',
  ordersPerCustomer: 'average',
  repeatRate: 'rate',
  medianDaysBetween: 'days',
  returningRevenue: 'money',
};
/** Figures where less is better. */
const LOWER_IS_BETTER: ReadonlySet<FigureKey> = new Set(['medianDaysBetween']);

/**
 * A figure's change against the period before, or null when there is nothing to compare with
 * (no period before, no value, or a relative change from zero). A move smaller than half a
 * tenth of a per cent (or point) is flat: it would be written as 0.0.
 */
export function figureChange({ key, value, previous }: KeyFigure): FigureChange | null {
  if (value === null || previous === null) return null;
  const unit = FIGURE_KINDS[key] === 'rate' ? 'points' : 'relative';
  if (unit === 'relative' && previous === 0) return null;
  const delta = unit === 'points' ? (value - previous) * 100 : value / previous - 1;
  const size = unit === 'points' ? Math.abs(delta) : Math.abs(delta) * 100;
  const direction = size < 0.05 ? 'flat' : delta > 0 ? 'up' : 'down';
  const good = direction === 'flat' ? null : (direction === 'up') !== LOWER_IS_BETTER.has(key);
  return { unit, delta, direction, good };
}
