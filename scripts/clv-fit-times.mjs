#!/usr/bin/env node
// The purchase models' fit times, printed (not a test): node scripts/clv-fit-times.mjs
// Builds src/main/bench/clv-fit-times.ts with Vite (as scripts/bench.mjs builds its measure) and
// runs it on 10^6 simulated customers per model and on ../shared/data/CDNOW_master.txt.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'clv-fit-times');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      input: {
        times: join(root, 'src', 'main', 'bench', 'clv-fit-times.ts'),
        runs: join(root, 'src', 'main', 'bench', 'clv-run-times.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const { clvFitTimes, formatClvFitTime } = await import(pathToFileURL(join(outDir, 'times.mjs')).href);
for (const t of clvFitTimes(resolve(root, '..', 'shared', 'data', 'CDNOW_master.txt')))
  console.log(formatClvFitTime(t));
const { clvRunTimes, formatClvRunTime } = await import(pathToFileURL(join(outDir, 'runs.mjs')).href);
for (const t of clvRunTimes(resolve(root, '..', 'shared', 'data', 'CDNOW_master.txt')))
  console.log(formatClvRunTime(t));
