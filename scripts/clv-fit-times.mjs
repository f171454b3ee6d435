#!/usr/bin/env node
// The purchase models' fit times, printed (not a test): node scripts/clv-fit-times.mjs
// Builds src/main/bench/clv-fit-times.ts with Vite (as scripts/bench.mjs does) and runs it.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      input: { times: join(root, 'src', 'main', 'bench', 'clv-fit-times.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const master = resolve(root, '..', 'shared', 'data', 'CDNOW_master.txt');
execFileSync(process.execPath, [join(outDir, 'times.mjs'), master], { stdio: 'inherit' });
