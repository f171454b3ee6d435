/**
 * In-process timings for `npm run bench` (scripts/bench.mjs builds and runs this file).
 *   measure import <file> <workspace>   the app's import job, end to end (parse, type, check, store, commit)
 *   measure preview <file>              the wizard's re-parse of the first 1,000 rows, 5 times
 *   measure grid <workspace>            pages of dataset 1 served as the worker serves them (plain, then sorted)
 *   measure rfm <workspace> [times]     features + RFM + 11 segments + summary on dataset 1, 3 times (or [times])
 *   measure summarise <file> <ws>       the import summarised per customer by DuckDB (measure-summary.ts)
 *   measure compare <ws> <summary ws>   every customer's features and RFM run, whole import against summary
 *   measure overview <workspace>        the whole Overview of dataset 1: the job cold, then from the dataset in memory
 *   measure basket <workspace> <by> <s> basket rules of dataset 1 at minimum support s (measure-basket.ts)
 *   measure clv [CDNOW_master.txt]      BG/NBD, MBG/NBD, Pareto/NBD fitted to 10^6 customers simulated from each (seeded), and to CDNOW master
 *   measure kmeans <features.csv>       k-means (k = 6, k-means++, one init, ≤ 50 iterations, tol 1e-4) on the z-scaled
 *                                       10^6 × 8 features, seeds 0–9; k-means++ alone and the silhouette of a
 *                                       20,000-row sample, 3 times each
 * Prints one JSON line.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW_ROWS } from '../../shared/import-settings';
import { prepareDataset } from '../engine/io/prepare-dataset';
import { readTable } from '../engine/io/read-table';
import { WorkspaceStore } from '../store/workspace-store';
import { datasetPage } from '../worker/jobs/dataset-page';
import { importDataset } from '../worker/jobs/import-dataset';
import { readSource } from '../worker/jobs/read-source';
import { insertDataset } from '../store/insert-dataset';
import { openWorkspaceConnection } from '../store/open-workspace-connection';
import { warmPartReader } from '../worker/part-reader-thread';
import type { JobContext } from '../worker/protocol';
import { loadDataset } from '../worker/dataset-cache';
import { customerFeatures } from '../engine/features/customer-features';
import { featuresFromCustomers } from '../engine/features/features-from-customers';
import { SUMMARY_FEATURE_COLUMNS } from '../worker/jobs/summary-table';
import { runRfm } from '../engine/models/rfm';
import { summarizeSegments } from '../engine/models/segment-summary';
import { rfmSpecSchema } from '../../shared/segments';
import { readFileSync } from 'node:fs';
import { kmeans } from '../engine/cluster/kmeans';
import { kmeansPlusPlus } from '../engine/cluster/kmeans-plus-plus';
import { KernelSpace } from '../engine/cluster/kernel-space';
import { sampleRows, takeRows } from '../engine/cluster/sample-rows';
import { scaleColumn } from '../engine/cluster/scale-column';
import { seededRandom } from '../engine/cluster/seeded-random';
import { clvFitTimes } from './clv-fit-times';
import { clvRunTimes } from './clv-run-times';
import { silhouette } from '../engine/evaluate/silhouette';
import { kernelRows, warmKernelThread } from '../worker/kernel-pool';
import { measureOverview } from './measure-overview';
import { measureBasket } from './measure-basket';
import { measureCompare, measureSummarise } from './measure-summary';

// The part reader is built next to this file (scripts/bench.mjs), as part-thread.js is next to worker.js in the app.
const partReaderPath = fileURLToPath(new URL('./part-thread.mjs', import.meta.url));
const kernelThreadPath = fileURLToPath(new URL('./kernel-thread.mjs', import.meta.url));
const digestThreadPath = fileURLToPath(new URL('./digest-thread.mjs', import.meta.url));
const ctx: JobContext = {
  progress: () => undefined,
  isCancelled: () => false,
  throwIfCancelled: () => undefined,
  config: { partReaderPath, digestThreadPath },
};
const [mode, file, workspace] = process.argv.slice(2);

async function measureImport(): Promise<unknown> {
  // The app's main process holds the workspace open while the worker imports (so the
  // worker's commit ends the import; the WAL is checkpointed later, on close): so does this.
  const store = WorkspaceStore.create(workspace, { overwrite: true });
  // As in the app's worker, the part reader waits loaded for the import (it starts with the worker).
  await warmPartReader(partReaderPath);
  const t0 = performance.now();
  const dataset = await importDataset(
    { workspacePath: workspace, filePath: file, settings: {}, now: Date.now(), fallbackCurrency: 'USD' },
    ctx,
  );
  const seconds = (performance.now() - t0) / 1000;
  store.close();
  return {
    task: 'import',
    file: basename(file),
    seconds,
    rowsRead: dataset.quality.rowsRead,
    rowsKept: dataset.rowCount,
  };
}
async function measurePhases(): Promise<unknown> {
  // The import job's steps timed one by one (read, prepare, store): where the time goes.
  const store = WorkspaceStore.create(workspace, { overwrite: true });
  const t0 = performance.now();
  const raw = await readSource(file, {}, ctx, 1);
  const t1 = performance.now();
  const prepared = prepareDataset(raw, { now: Date.now(), fallbackCurrency: 'USD' });
  const t2 = performance.now();
  const db = openWorkspaceConnection(workspace, ctx.config);
  await insertDataset(db, {
    name: 'bench',
    sourceName: basename(file),
    source: { format: 'csv', compression: null, encoding: null, delimiter: null, header: true, sheet: null },
    ...prepared,
  });
  db.close();
  const t3 = performance.now();
  store.close();
  return { task: 'phases', read: (t1 - t0) / 1000, prepare: (t2 - t1) / 1000, store: (t3 - t2) / 1000 };
}
async function measureRfm(): Promise<unknown> {
  // Customer features + RFM quintiles + the 11 segments + their summary, on the imported
  // dataset already in memory (as pandas' groupby + qcut runs on a loaded DataFrame).
  const ws = file;
  const { table, info } = loadDataset(ws, 1, ctx.config);
  const spec = rfmSpecSchema.parse({ model: 'rfm' });
  const runs: number[] = [];
  let customers = 0;
  const times = workspace ? Number(workspace) : 3; // `measure rfm <workspace> [times]`
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const features =
      info.kind === 'customers'
        ? featuresFromCustomers(table, info.roles, { summary: SUMMARY_FEATURE_COLUMNS })
        : customerFeatures(table, info.roles);
    const rfm = runRfm(features, spec);
    summarizeSegments(rfm, features);
    runs.push((performance.now() - t0) / 1000);
    customers = features.ids.length;
  }
  return { task: 'rfm', runs, customers };
}
async function measureKmeans(): Promise<unknown> {
  // Reading and scaling are not timed (as in peers.py); the fit and the sampled silhouette are.
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);
  const n = lines.length;
  const d = 8;
  const columns = Array.from({ length: d }, () => new Float64Array(n));
  lines.forEach((line, i) => {
    const cells = line.split(',');
    for (let j = 0; j < d; j++) columns[j][i] = Number(cells[j + 1]);
  });
  const scaled = columns.map((c) => scaleColumn(c, 'zscore').values);
  const values = new Float64Array(new SharedArrayBuffer(n * d * 8));
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) values[i * d + j] = scaled[j][i];
  const points = { values, n, d };
  // A full fit as the app runs one (as KMeans.fit): the points copied into a kernel space, the
  // tolerance's variance, k-means++ starting centres, Lloyd iterations, the inertia. Seeds 0–9
  // (a start's luck decides the number of iterations, so one seed says little). k-means++ alone
  // is timed apart, on a kept space.
  const inits: number[] = [];
  const fits: number[] = [];
  const iterations: number[] = [];
  const sils: number[] = [];
  let labels: Int32Array = new Int32Array(0);
  let inertia = 0;
  let score = 0;
  // The app's worker starts its kernel thread when it starts: so does this.
  await warmKernelThread(kernelThreadPath);
  const parallel = kernelRows(kernelThreadPath);
  // The first fit in the process (JIT cold, kernel memory new: its page faults) warms both threads; timed apart.
  const cold = performance.now();
  kmeans(points, { k: 6, nInit: 1, seed: 99, maxIter: 50, tol: 1e-4, parallel });
  const first = (performance.now() - cold) / 1000;
  for (let r = 0; r < 10; r++) {
    const t0 = performance.now();
    const result = kmeans(points, { k: 6, nInit: 1, seed: r, maxIter: 50, tol: 1e-4, parallel });
    fits.push((performance.now() - t0) / 1000);
    iterations.push(result.iterations);
    labels = result.labels;
    inertia = result.inertia;
  }
  const space = KernelSpace.create(points, 6)!;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    kmeansPlusPlus(space.points, 6, seededRandom(r), parallel, space);
    inits.push((performance.now() - t0) / 1000);
    const t1 = performance.now();
    const rows = sampleRows(n, 20_000, seededRandom(r));
    score = silhouette(
      { values: takeRows(values, d, rows), n: rows.length, d },
      Int32Array.from(rows, (x) => labels[x]),
      parallel,
    );
    sils.push((performance.now() - t1) / 1000);
  }
  return { task: 'kmeans', first, inits, fits, iterations, silhouettes: sils, inertia, silhouette: score };
}
async function measureClv(): Promise<unknown> {
  // BG/NBD, MBG/NBD and Pareto/NBD on 10^6 customers drawn from each model, and on CDNOW master when given.
  return { task: 'clv', fits: clvFitTimes(file), runs: clvRunTimes(file) };
}
async function measurePreview(): Promise<unknown> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const raw = await readTable(file, { maxRows: PREVIEW_ROWS });
    prepareDataset(raw, { now: Date.now(), fallbackCurrency: 'USD', allowMissingRoles: true });
    runs.push((performance.now() - t0) / 1000);
  }
  return { task: 'preview', runs };
}
async function measureGrid(): Promise<unknown> {
  const ws = file;
  const time = async (query: Parameters<typeof datasetPage>[0]['query']) => {
    const t0 = performance.now();
    await datasetPage({ workspacePath: ws, datasetId: 1, query }, ctx);
    return (performance.now() - t0) / 1000;
  };
  const first = await time({ offset: 0, limit: 50 });
  const pages: number[] = [];
  for (let i = 0; i < 20; i++) pages.push(await time({ offset: ((i * 7919) % 19999) * 50, limit: 50 }));
  // A new sort's first page (a partial sort), then a page far down it (the whole order, made once).
  const firstSorted = await time({ offset: 0, limit: 50, sortColumn: 'amount', sortDesc: true });
  const deepSorted = await time({ offset: 500_000, limit: 50, sortColumn: 'amount', sortDesc: true });
  const sorted: number[] = [];
  for (let i = 0; i < 20; i++)
    sorted.push(await time({ offset: ((i * 7919) % 19999) * 50, limit: 50, sortColumn: 'amount', sortDesc: true }));
  return { task: 'grid', first, pages, firstSorted, deepSorted, sorted };
}

const MODES: Record<string, () => Promise<unknown>> = {
  import: measureImport,
  phases: measurePhases,
  rfm: measureRfm,
  kmeans: measureKmeans,
  clv: measureClv,
  preview: measurePreview,
  grid: measureGrid,
  overview: () => measureOverview(file, ctx),
  // measure summarise <file> <workspace> · measure compare <whole.segdesk> <summary.segdesk>
  summarise: () => measureSummarise(file, workspace, ctx),
  compare: () => measureCompare(file, workspace, ctx),
  // measure basket <workspace> <product|category> <minSupport> [customerDay]
  basket: () =>
    measureBasket(
      file,
      workspace as 'product' | 'category',
      Number(process.argv[5]),
      ctx,
      process.argv[6] === 'customerDay',
    ),
};

async function main(): Promise<unknown> {
  // The app's worker starts its helper thread when it starts, long before an import: so does this.
  await warmPartReader(partReaderPath);
  const measure = MODES[mode];
  if (!measure) throw new Error(`unknown mode ${mode}`);
  return measure();
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
