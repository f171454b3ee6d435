import type { Table } from 'apache-arrow';
import type { ClvResult, ClvSpec } from '../../../shared/clv';
import type { RoleMapping } from '../../../shared/roles';
import { DAY_MS } from '../features/customer-features';
import { purchaseRows } from '../features/purchase-rows';
import type { Segmentation } from '../models/rfm';
import { fitBgNbd } from './bgnbd';
import { clvSegments } from './clv-segments';
import { customerValues, type CustomerValues } from './customer-value';
import { fitGammaGamma } from './gamma-gamma';
import { summarizePurchases, type PurchaseRows, type PurchaseSummary } from './summary';
import { pAliveMatrix, validateBgNbd } from './validation';

/** A frequency–spend correlation at least this strong is pointed out (Gamma-Gamma assumes none). */
export const CORRELATION_WARNING = 0.3;

const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface ClvRun {
  segmentation: Segmentation;
  result: ClvResult;
  summary: PurchaseSummary;
  values: CustomerValues;
  /** The analysis day (UTC ms): the day after the calibration period, before which the run's features are counted. */
  analysisDate: number;
}

/** The last day of the calibration period: the spec's, or the last purchase's day. */
function calibrationEndOf(spec: ClvSpec, rows: PurchaseRows): number {
  if (spec.calibrationEnd) return dayOfIso(spec.calibrationEnd);
  let last = -Infinity;
  for (const d of rows.day) if (d > last) last = d;
  return last;
}

/**
 * The CLV model run: purchases summarised for the calibration period (and the holdout), BG/NBD
 * and Gamma-Gamma fitted, every customer valued, the validation drawn up, and the customers
 * put into value tiers (× activity bands). Customers come out in customerFeatures' order.
 */
export function runClv(
  table: Table,
  roles: RoleMapping,
  spec: ClvSpec,
  progress: (fraction: number) => void = () => undefined,
): ClvRun {
  const rows = purchaseRows(table, roles);
  const calibrationEnd = calibrationEndOf(spec, rows);
  const holdoutEnd = spec.holdoutEnd ? dayOfIso(spec.holdoutEnd) : undefined;
  const summary = summarizePurchases(rows, { calibrationEnd, holdoutEnd, unit: spec.timeUnit });
  progress(0.1);
  const bg = fitBgNbd(summary.frequency, summary.recency, summary.T);
  progress(0.5);
  const gg = fitGammaGamma(summary.frequency, summary.monetary);
  progress(0.7);
  const values = customerValues(summary, bg.params, gg.params, {
    margin: spec.margin,
    monthlyDiscount: spec.discountRate,
    horizonMonths: spec.horizon,
  });
  const validation = validateBgNbd(summary, bg.params);
  progress(0.9);
  const { segmentation, tierFloors } = clvSegments(values.clv, values.pAlive, spec);
  let maxT = 0;
  let maxX = 0;
  for (let i = 0; i < summary.T.length; i++) {
    maxT = Math.max(maxT, summary.T[i]);
    maxX = Math.max(maxX, summary.frequency[i]);
  }
  const warnings: ClvResult['warnings'] = [];
  if (Math.abs(gg.correlation) >= CORRELATION_WARNING) warnings.push({ code: 'correlation', value: gg.correlation });
  if (gg.nonPositive > 0) warnings.push({ code: 'nonPositive', value: gg.nonPositive });
  if (bg.noDropout) warnings.push({ code: 'noDropout', value: 0 });
  if (!bg.converged || !gg.converged) warnings.push({ code: 'notConverged', value: bg.converged ? 2 : 1 });
  const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
  const result: ClvResult = {
    unit: spec.timeUnit,
    calibrationEnd: isoOfDay(calibrationEnd),
    holdoutEnd: holdoutEnd === undefined ? null : isoOfDay(holdoutEnd),
    customers: summary.frequency.length,
    repeatCustomers: summary.frequency.reduce((s, x) => s + (x > 0 ? 1 : 0), 0),
    bgnbd: { ...bg.params, logLikelihood: bg.logLikelihood, converged: bg.converged },
    gammaGamma: {
      ...gg.params,
      logLikelihood: gg.logLikelihood,
      customers: gg.customers,
      nonPositive: gg.nonPositive,
      correlation: Number.isFinite(gg.correlation) ? gg.correlation : null,
      converged: gg.converged,
    },
    settings: { margin: spec.margin, discountRate: spec.discountRate, horizon: spec.horizon },
    totals: { clv: sum(values.clv), expectedPurchases: sum(values.expectedPurchases) },
    tierFloors,
    warnings,
    validation: {
      byFrequency: validation.byFrequency,
      cumulative: validation.cumulative.map((p) => ({
        t: p.t,
        day: isoOfDay(p.day),
        actual: p.actual,
        expected: p.expected,
      })),
      errors: validation.errors
        ? {
            ...validation.errors,
            relativeError: Number.isFinite(validation.errors.relativeError) ? validation.errors.relativeError : null,
          }
        : null,
    },
    pAlive: { T: maxT, ...pAliveMatrix(bg.params, maxT, Math.min(Math.max(maxX, 1), 20), 20) },
  };
  return { segmentation, result, summary, values, analysisDate: (calibrationEnd + 1) * DAY_MS };
}
