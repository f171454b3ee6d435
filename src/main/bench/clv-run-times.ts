// The whole CLV run's time (issue 25, item 4): purchases summarised, the purchase models fitted (three
// with a holdout), Gamma-Gamma, every customer's value and next-purchase day, segments and the
// churn list — on CDNOW master and on 10^6 customers simulated from Pareto/NBD. For `npm run bench`
// (measure clv) and scripts/clv-fit-times.mjs.
import { clvSpecSchema } from '../../shared/clv';
import { clvOfSummary } from '../engine/clv/run-clv';
import { gammaDraw, simulateParetoNbd } from '../engine/clv/simulate';
import { summarizePurchases, type PurchaseRows, type TimeUnit } from '../engine/clv/summary';
import { seededRandom } from '../engine/cluster/seeded-random';
import { cdnowMasterRows, dayOfYmd } from './clv-fit-times';

export interface ClvRunTime {
  data: string;
  customers: number;
  /** The chosen model, why, and how many were fitted. */
  model: string;
  chosenBy: string;
  fitted: number;
  /** The whole run, and its parts: summary, purchase-model fits (with their validation), Gamma-Gamma, customer values (with next-purchase days), the rest (segments, churn list, result). */
  seconds: number;
  parts: { summary: number; fits: number; gammaGamma: number; values: number; rest: number };
  withinHorizon: number;
}

function timeRun(
  data: string,
  rows: PurchaseRows,
  options: { calibrationEnd: number; holdoutEnd?: number; unit: TimeUnit },
): ClvRunTime {
  const spec = clvSpecSchema.parse({ model: 'clv', timeUnit: options.unit });
  const t0 = performance.now();
  const summary = summarizePurchases(rows, options);
  const t1 = performance.now();
  // The first moment the run's progress reaches each mark: fits end at 0.6, Gamma-Gamma at 0.7, values at 0.9.
  const marks = [0.6, 0.7, 0.9];
  const reached = marks.map(() => Number.NaN);
  const run = clvOfSummary(summary, spec, (f) => {
    marks.forEach((m, k) => {
      if (f >= m - 1e-12 && Number.isNaN(reached[k])) reached[k] = performance.now();
    });
  });
  const t2 = performance.now();
  const s = (ms: number) => ms / 1000;
  return {
    data,
    customers: run.result.customers,
    model: run.result.purchaseModel.kind,
    chosenBy: run.result.purchaseModel.chosenBy,
    fitted: run.result.models.length,
    seconds: s(t2 - t0),
    parts: {
      summary: s(t1 - t0),
      fits: s(reached[0] - t1),
      gammaGamma: s(reached[1] - reached[0]),
      values: s(reached[2] - reached[1]),
      rest: s(t2 - reached[2]),
    },
    withinHorizon: run.result.nextPurchase.withinHorizon,
  };
}

/**
 * Purchases of n customers drawn from Pareto/NBD (days, watched up to a year; seeded): each one's
 * first purchase T days before day 20,000, its x repeat days spread evenly over its first tₓ days,
 * spends drawn from Gamma-Gamma (p 6, q 4, γ 15: a mean spend of 30).
 */
function simulatedRows(n: number): PurchaseRows {
  const { x, tx, T } = simulateParetoNbd(n, { r: 0.55, alpha: 75, s: 0.6, beta: 80 }, 365, seededRandom(1));
  const random = seededRandom(2);
  const count = x.reduce((s, v) => s + v + 1, 0);
  const rows = {
    customer: new Int32Array(count),
    day: new Float64Array(count),
    spend: new Float64Array(count),
    customers: n,
  };
  let r = 0;
  for (let i = 0; i < n; i++) {
    const first = 20_000 - T[i];
    const nu = gammaDraw(random, 4, 1 / 15);
    for (let k = 0; k <= x[i]; k++, r++) {
      rows.customer[r] = i;
      rows.day[r] = first + (k === 0 ? 0 : Math.round((k * tx[i]) / x[i]));
      rows.spend[r] = gammaDraw(random, 6, 1 / nu);
    }
  }
  return rows;
}

/** CDNOW master with the holdout (three fits) and fitted on everything, when given; then 10^6 simulated customers. */
export function clvRunTimes(masterPath?: string): ClvRunTime[] {
  const times: ClvRunTime[] = [];
  if (masterPath) {
    const rows = cdnowMasterRows(masterPath);
    const [calibrationEnd, holdoutEnd] = [dayOfYmd('19970930'), dayOfYmd('19980630')];
    times.push(timeRun('CDNOW master, holdout', rows, { calibrationEnd, holdoutEnd, unit: 'weeks' }));
    times.push(timeRun('CDNOW master, all', rows, { calibrationEnd: holdoutEnd, unit: 'weeks' }));
  }
  times.push(timeRun('10^6 simulated', simulatedRows(1_000_000), { calibrationEnd: 20_000, unit: 'days' }));
  return times;
}

/** One line per run, for the console. */
export function formatClvRunTime(t: ClvRunTime): string {
  const p = t.parts;
  const parts = `summary ${p.summary.toFixed(3)}, fits ${p.fits.toFixed(3)}, Gamma-Gamma ${p.gammaGamma.toFixed(3)}, values and next purchases ${p.values.toFixed(3)}, segments and churn list ${p.rest.toFixed(3)}`;
  return `CLV run, ${t.data.padEnd(22)} (${t.customers.toLocaleString('en-US')} customers; ${t.fitted} model${t.fitted > 1 ? 's' : ''} fitted, ${t.model} by ${t.chosenBy})  ${t.seconds.toFixed(3)} s  (${parts} s)`;
}
