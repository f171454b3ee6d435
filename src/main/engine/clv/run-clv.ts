import type { Table } from 'apache-arrow';
import type { ClvResult, ClvSpec } from '../../../shared/clv';
import type { RoleMapping } from '../../../shared/roles';
import { DAY_MS } from '../features/customer-features';
import { purchaseRows } from '../features/purchase-rows';
import type { Segmentation } from '../models/rfm';
import { chooseModel, fittedModelResult } from './choose-model';
import { churnRisk, proposeHoldout, segmentValues } from './churn-risk';
import { clvSegments } from './clv-segments';
import { customerValues, MONTH_DAYS, type CustomerValues } from './customer-value';
import { fitGammaGamma, type GammaGammaFit } from './gamma-gamma';
import type { FittedModel } from './purchase-models';
import { summarizePurchases, type PurchaseRows, type PurchaseSummary } from './summary';
import { pAliveMatrix } from './validation';

/** A frequency–spend correlation at least this strong is pointed out (Gamma-Gamma assumes none). */
export const CORRELATION_WARNING = 0.3;

const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface ClvRun {
  segmentation: Segmentation;
  result: ClvResult;
  summary: PurchaseSummary;
  values: CustomerValues;
  /** 1 for a customer on the churn-risk list. */
  churnRisk: Uint8Array;
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

/** Things the user should know about the fits: a frequency–spend correlation, spends left out, no dropout, a fit that stopped early. */
function clvWarnings(gg: GammaGammaFit, model: FittedModel): ClvResult['warnings'] {
  const warnings: ClvResult['warnings'] = [];
  if (Math.abs(gg.correlation) >= CORRELATION_WARNING) warnings.push({ code: 'correlation', value: gg.correlation });
  if (gg.nonPositive > 0) warnings.push({ code: 'nonPositive', value: gg.nonPositive });
  if (model.noDropout) warnings.push({ code: 'noDropout', value: 0 });
  if (!model.converged || !gg.converged) warnings.push({ code: 'notConverged', value: model.converged ? 2 : 1 });
  return warnings;
}

/** The Gamma-Gamma fit as the result stores it. */
function gammaGammaResult(gg: GammaGammaFit): ClvResult['gammaGamma'] {
  const { params, logLikelihood, customers, nonPositive, correlation, converged } = gg;
  const r = Number.isFinite(correlation) ? correlation : null;
  return { ...params, logLikelihood, customers, nonPositive, correlation: r, converged };
}

/** The chosen model's P(alive) at the longest T, by frequency (up to 20) and recency. */
function pAliveGrid(summary: PurchaseSummary, model: FittedModel): ClvResult['pAlive'] {
  let maxT = 0;
  let maxX = 0;
  for (let i = 0; i < summary.T.length; i++) {
    maxT = Math.max(maxT, summary.T[i]);
    maxX = Math.max(maxX, summary.frequency[i]);
  }
  return { T: maxT, ...pAliveMatrix(model, maxT, Math.min(Math.max(maxX, 1), 20), 20) };
}

/**
 * The CLV model run: purchases summarised for the calibration period (and the holdout), the
 * purchase models fitted and one chosen (by the holdout, the user, or the default), Gamma-Gamma
 * fitted, every customer valued, the validation drawn up, the customers put into value tiers
 * (× activity bands), and the churn-risk list. Customers come out in customerFeatures' order.
 * `progress` may throw to cancel: it is called between the optimisers' steps.
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
  const choice = chooseModel(summary, spec, (f) => progress(0.1 + 0.5 * f));
  const model = choice.chosen.model;
  const gg = fitGammaGamma(summary.frequency, summary.monetary);
  progress(0.7);
  const values = customerValues(
    summary,
    model,
    gg.params,
    {
      margin: spec.margin,
      monthlyDiscount: spec.discountRate,
      horizonMonths: spec.horizon,
    },
    (f) => progress(0.7 + 0.2 * f),
  );
  const { segmentation, tierFloors } = clvSegments(values.clv, values.pAlive, spec);
  const risk = churnRisk(summary.revenue, values.clv, values.pAlive, spec.churn);
  const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
  const chosen = fittedModelResult(choice.chosen);
  const horizonDays = Math.round(spec.horizon * MONTH_DAYS);
  const result: ClvResult = {
    unit: spec.timeUnit,
    calibrationEnd: isoOfDay(calibrationEnd),
    holdoutEnd: holdoutEnd === undefined ? null : isoOfDay(holdoutEnd),
    customers: summary.frequency.length,
    repeatCustomers: summary.frequency.reduce((s, x) => s + (x > 0 ? 1 : 0), 0),
    purchaseModel: { kind: model.kind, chosenBy: choice.chosenBy },
    models: choice.compared.map(fittedModelResult),
    modelFailures: choice.failures,
    proposedHoldout:
      holdoutEnd === undefined ? proposeHoldout(summary.repeatsByDay.start, calibrationEnd, isoOfDay) : null,
    gammaGamma: gammaGammaResult(gg),
    settings: { margin: spec.margin, discountRate: spec.discountRate, horizon: spec.horizon },
    totals: { clv: sum(values.clv), expectedPurchases: sum(values.expectedPurchases) },
    tierFloors,
    segmentValues: segmentValues(segmentation.segment, segmentation.segments.length, values.clv, summary.revenue),
    churn: risk.churn,
    nextPurchase: { horizonDays, withinHorizon: values.nextPurchaseDays.reduce((s, d) => s + (d === d ? 1 : 0), 0) },
    warnings: clvWarnings(gg, model),
    validation: {
      byFrequency: chosen.byFrequency,
      cumulative: choice.chosen.validation.cumulative.map((p) => ({
        t: p.t,
        day: isoOfDay(p.day),
        actual: p.actual,
        expected: p.expected,
      })),
      errors: chosen.holdout,
    },
    pAlive: pAliveGrid(summary, model),
  };
  return {
    segmentation,
    result,
    summary,
    values,
    churnRisk: risk.flags,
    analysisDate: (calibrationEnd + 1) * DAY_MS,
  };
}
