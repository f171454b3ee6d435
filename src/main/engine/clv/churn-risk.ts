import type { ClvResult, ClvSpec } from '../../../shared/clv';

/** The value a share `top` of the customers reaches or passes: the ⌈top·n⌉-th largest. */
export function topShareFloor(values: Float64Array, top: number): number {
  const sorted = Float64Array.from(values.filter((v) => v === v)).sort((a, b) => b - a);
  if (sorted.length === 0) return Number.POSITIVE_INFINITY;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(top * sorted.length))) - 1];
}

/**
 * The churn-risk list: valuable customers — in the top share by past revenue or by predicted
 * value (ties at the floor included) — whose chance of still being active is below the threshold;
 * with what they spent in the past and are predicted to be worth, summed.
 */
export function churnRisk(
  pastRevenue: Float64Array,
  clv: Float64Array,
  pAlive: Float64Array,
  { alive, top }: ClvSpec['churn'],
): { flags: Uint8Array; churn: ClvResult['churn'] } {
  const pastRevenueFloor = topShareFloor(pastRevenue, top);
  const clvFloor = topShareFloor(clv, top);
  const flags = new Uint8Array(pAlive.length);
  let customers = 0;
  let revenue = 0;
  let value = 0;
  for (let i = 0; i < flags.length; i++) {
    if (pAlive[i] < alive && (pastRevenue[i] >= pastRevenueFloor || clv[i] >= clvFloor)) {
      flags[i] = 1;
      customers++;
      if (pastRevenue[i] === pastRevenue[i]) revenue += pastRevenue[i];
      if (clv[i] === clv[i]) value += clv[i];
    }
  }
  return {
    flags,
    churn: { alive, top, pastRevenueFloor, clvFloor, customers, pastRevenue: revenue, clv: value },
  };
}

/** Per segment: its customers, the sum and mean of their predicted values, and their past revenue. */
export function segmentValues(
  segment: Int32Array,
  segments: number,
  clv: Float64Array,
  pastRevenue: Float64Array,
): ClvResult['segmentValues'] {
  const out = Array.from({ length: segments }, () => ({ customers: 0, clv: 0, meanClv: 0, pastRevenue: 0 }));
  for (let i = 0; i < segment.length; i++) {
    const s = out[segment[i]];
    s.customers++;
    s.clv += clv[i];
    if (pastRevenue[i] === pastRevenue[i]) s.pastRevenue += pastRevenue[i];
  }
  for (const s of out) s.meanClv = s.customers > 0 ? s.clv / s.customers : 0;
  return out;
}

// The holdout proposal is shared with the run form, which proposes the same dates before a run.
export { PROPOSE_HOLDOUT_MIN_DAYS, proposeHoldout } from '../../../shared/propose-holdout';
