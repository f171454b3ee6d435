// The purchase models' fit times (issue 25, item 4): 10^6 customers simulated from each model and,
// given its path, CDNOW master (calibration to 1997-09-30, weeks). For `npm run bench` (measure clv)
// and scripts/clv-fit-times.mjs.
import { readFileSync } from 'node:fs';
import { fitBgNbd } from '../engine/clv/bgnbd';
import { fitParetoNbd } from '../engine/clv/fit-pareto-nbd';
import { groupSummary } from '../engine/clv/group-summary';
import { fitMbgNbd } from '../engine/clv/mbgnbd';
import { simulateBgNbd, simulateMbgNbd, simulateParetoNbd } from '../engine/clv/simulate';
import { summarizePurchases, type PurchaseRows } from '../engine/clv/summary';
import { seededRandom } from '../engine/cluster/seeded-random';

type Data = { x: Float64Array; tx: Float64Array; T: Float64Array };
type Fitter = (
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
) => {
  params: object;
  logLikelihood: number;
  evaluations: number;
};
const FITS: Record<string, Fitter> = { 'BG/NBD': fitBgNbd, 'MBG/NBD': fitMbgNbd, 'Pareto/NBD': fitParetoNbd };

export interface ClvFitTime {
  data: string;
  model: string;
  customers: number;
  groups: number;
  /** The whole fit, grouping included. */
  seconds: number;
  /** Likelihood evaluations on all the data (a subsample's counted as its share). */
  evaluations: number;
  logLikelihood: number;
  params: object;
}

function timeFit(data: string, model: string, { x, tx, T }: Data): ClvFitTime {
  const groups = groupSummary(x, tx, T).x.length;
  const t0 = performance.now();
  const fit = FITS[model](x, tx, T);
  const seconds = (performance.now() - t0) / 1000;
  return { data, model, customers: x.length, groups, seconds, ...fit };
}

/** A yyyymmdd date as a UTC day number. */
export const dayOfYmd = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8)) / 86_400_000;

/** CDNOW master's purchases (customer, day, spend), its header line skipped. */
export function cdnowMasterRows(path: string): PurchaseRows {
  const fields = readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => /^\d{8}$/.test(f[1]));
  const ids = new Map<string, number>();
  for (const f of fields) if (!ids.has(f[0])) ids.set(f[0], ids.size);
  return {
    customer: Int32Array.from(fields, (f) => ids.get(f[0])!),
    day: Float64Array.from(fields, (f) => dayOfYmd(f[1])),
    spend: Float64Array.from(fields, (f) => Number(f[3])),
    customers: ids.size,
  };
}

/** CDNOW master's calibration summary (to 1997-09-30, weeks). */
function cdnowMaster(path: string): Data {
  const s = summarizePurchases(cdnowMasterRows(path), { calibrationEnd: dayOfYmd('19970930'), unit: 'weeks' });
  return { x: s.frequency, tx: s.recency, T: s.T };
}

/** Each model fitted to 10^6 customers drawn from it (days, watched up to a year; seeded), then to CDNOW master if given. */
export function clvFitTimes(masterPath?: string): ClvFitTime[] {
  const n = 1_000_000;
  const times = [
    timeFit(
      '10^6 simulated',
      'BG/NBD',
      simulateBgNbd(n, { r: 0.243, alpha: 31, a: 0.793, b: 2.426 }, 365, seededRandom(1)),
    ),
    timeFit(
      '10^6 simulated',
      'MBG/NBD',
      simulateMbgNbd(n, { r: 0.5, alpha: 20, a: 0.8, b: 2.5 }, 365, seededRandom(1)),
    ),
    timeFit(
      '10^6 simulated',
      'Pareto/NBD',
      simulateParetoNbd(n, { r: 0.55, alpha: 75, s: 0.6, beta: 80 }, 365, seededRandom(1)),
    ),
  ];
  if (masterPath) {
    const master = cdnowMaster(masterPath);
    for (const model of Object.keys(FITS)) times.push(timeFit('CDNOW master', model, master));
  }
  return times;
}

/** One line per fit, for the console. */
export function formatClvFitTime(t: ClvFitTime): string {
  const params = Object.entries(t.params).map(([k, v]) => `${k} ${(v as number).toPrecision(4)}`);
  return `${t.model.padEnd(10)} fit, ${t.data.padEnd(14)} (${t.customers.toLocaleString('en-US')} customers, ${t.groups.toLocaleString('en-US')} (x, tx, T))  ${t.seconds.toFixed(3)} s  ${t.evaluations} evaluations  LL ${t.logLikelihood.toFixed(2)}  ${params.join(', ')}`;
}
