// The purchase models' fit times (issue 25, item 4), printed: 10^6 customers simulated from each
// model and CDNOW master (calibration to 1997-09-30, weeks). Run by scripts/clv-fit-times.mjs.
import { readFileSync } from 'node:fs';
import { fitBgNbd } from '../engine/clv/bgnbd';
import { groupSummary } from '../engine/clv/group-summary';
import { fitMbgNbd } from '../engine/clv/mbgnbd';
import { fitParetoNbd } from '../engine/clv/fit-pareto-nbd';
import { simulateBgNbd, simulateMbgNbd, simulateParetoNbd } from '../engine/clv/simulate';
import { summarizePurchases } from '../engine/clv/summary';
import { seededRandom } from '../engine/cluster/seeded-random';

type Data = { x: Float64Array; tx: Float64Array; T: Float64Array };
type Fit = { params: object; logLikelihood: number; evaluations?: number };
const fits: [string, (x: Float64Array, tx: Float64Array, T: Float64Array) => Fit][] = [
  ['BG/NBD', fitBgNbd],
  ['MBG/NBD', fitMbgNbd],
  ['Pareto/NBD', fitParetoNbd],
];

function time(label: string, model: string, data: Data): void {
  const fit = fits.find(([name]) => name === model)![1];
  const t0 = performance.now();
  const groups = groupSummary(data.x, data.tx, data.T).x.length;
  const grouping = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const result = fit(data.x, data.tx, data.T);
  const seconds = (performance.now() - t1) / 1000;
  const params = Object.entries(result.params).map(([k, v]) => `${k} ${(v as number).toPrecision(4)}`);
  console.log(
    `${label.padEnd(34)} ${model.padEnd(11)} ${groups.toString().padStart(7)} groups  group ${grouping.toFixed(3)} s  fit ${seconds.toFixed(3)} s  ${String(result.evaluations ?? '?').padStart(5)} evals  LL ${result.logLikelihood.toFixed(2)}  ${params.join(', ')}`,
  );
}

const [master] = process.argv.slice(2);
const n = 1_000_000;
time(
  '10^6 simulated BG/NBD',
  'BG/NBD',
  simulateBgNbd(n, { r: 0.243, alpha: 31, a: 0.793, b: 2.426 }, 365, seededRandom(1)),
);
time(
  '10^6 simulated MBG/NBD',
  'MBG/NBD',
  simulateMbgNbd(n, { r: 0.5, alpha: 20, a: 0.8, b: 2.5 }, 365, seededRandom(1)),
);
time(
  '10^6 simulated Pareto/NBD',
  'Pareto/NBD',
  simulateParetoNbd(n, { r: 0.55, alpha: 75, s: 0.6, beta: 80 }, 365, seededRandom(1)),
);
if (master) {
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8)) / 86_400_000;
  const lines = readFileSync(master, 'utf8').trim().split(/\r?\n/);
  const ids = new Map<string, number>();
  const fields = lines.map((l) => l.trim().split(/\s+/));
  for (const f of fields) if (!ids.has(f[0])) ids.set(f[0], ids.size);
  const rows = {
    customer: Int32Array.from(fields, (f) => ids.get(f[0])!),
    day: Float64Array.from(fields, (f) => day(f[1])),
    spend: Float64Array.from(fields, (f) => Number(f[3])),
    customers: ids.size,
  };
  const s = summarizePurchases(rows, { calibrationEnd: day('19970930'), unit: 'weeks' });
  for (const [model] of fits) time('CDNOW master (23,570)', model, { x: s.frequency, tx: s.recency, T: s.T });
}
