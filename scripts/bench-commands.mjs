// Whole commands as a user meets them (npm run bench): `node bin/segmentdesk.cjs import …` and
// `… analyze …` from start to exit, the workspace complete on disk, next to a node process that
// imports the same file with DuckDB into a database file and checkpoints it
// (scripts/duckdb-import-peer.mjs) and a python process running pandas read_csv. Alternating,
// each run after `sync`, medians. The import's phases (SEGMENTDESK_PHASES=1) are laid out on the
// process's time line: where its time goes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a process to its end: wall seconds from spawn to exit, its phase marks (ms from spawn). */
function timed(command, argv, env = {}) {
  const start = performance.timeOrigin + performance.now();
  const r = spawnSync(command, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const end = performance.timeOrigin + performance.now();
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed: ${r.stderr || r.error}`);
  const phases = new Map();
  for (const m of (r.stderr ?? '').matchAll(/^phase (\S+) ([\d.]+)$/gm)) phases.set(m[1], Number(m[2]) - start);
  return { seconds: (end - start) / 1000, phases };
}

/**
 * @param {{ root: string, csv: string, work: string, reps: number, settle: () => void, duckDeps: string }} o
 * @returns {string[]} the lines to print
 */
export function benchCommands({ root, csv, work, reps, settle, duckDeps }) {
  const bin = join(root, 'bin', 'segmentdesk.cjs');
  const duckPeer = join(root, 'scripts', 'duckdb-import-peer.mjs');
  const haveDuck = existsSync(join(duckDeps, 'node_modules', '@duckdb', 'node-api'));
  const pandasOk = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
  const runs = { import: [], analyze: [], duck: [], pandas: [] };
  const phaseRuns = [];
  mkdirSync(work, { recursive: true });
  const workspace = join(work, 'cli-import.segdesk');
  const duckFile = join(work, 'cli-import.duckdb');
  const analyzeDir = join(work, 'cli-analyze');
  for (let round = 0; round < Math.max(3, reps); round++) {
    rmSync(workspace, { force: true });
    spawnSync(process.execPath, [bin, 'workspace', 'create', workspace]);
    settle();
    const ours = timed(process.execPath, [bin, 'import', csv, '--workspace', workspace], { SEGMENTDESK_PHASES: '1' });
    runs.import.push(ours.seconds);
    phaseRuns.push(ours.phases);
    if (haveDuck) {
      settle();
      runs.duck.push(timed(process.execPath, [duckPeer, csv, duckFile, duckDeps]).seconds);
    }
    if (pandasOk) {
      settle();
      runs.pandas.push(
        timed('/usr/bin/python3', ['-c', `import pandas; pandas.read_csv(${JSON.stringify(csv)})`]).seconds,
      );
    }
    settle();
    runs.analyze.push(
      timed(process.execPath, [bin, 'analyze', csv, '--out', analyzeDir, '--no-pdf', '--lang', 'en']).seconds,
    );
  }
  for (const f of [workspace, duckFile, `${duckFile}.wal`]) rmSync(f, { force: true });
  rmSync(analyzeDir, { recursive: true, force: true });

  const fmt = (s) => (s === null ? '   n/a' : s.toFixed(3).padStart(6));
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : 'n/a');
  const imp = median(runs.import);
  const duck = runs.duck.length ? median(runs.duck) : null;
  const pandas = runs.pandas.length ? median(runs.pandas) : null;
  const analyze = median(runs.analyze);
  const lines = [
    `# whole processes, ${runs.import.length} rounds alternating, each after sync, medians (all runs: ours ${runs.import.map((s) => s.toFixed(2)).join(', ')}; DuckDB ${runs.duck.map((s) => s.toFixed(2)).join(', ') || 'n/a'})`,
    `segmentdesk import 10^6 rows, whole process vs DuckDB process (typed, checkpointed)  ${fmt(imp)}   ${fmt(duck)}  ${ratio(imp, duck)}  (target <= 1.0x)`,
    `  … vs a python process running pandas read_csv (parse only)                        ${fmt(imp)}   ${fmt(pandas)}  ${ratio(imp, pandas)}`,
    `segmentdesk analyze 10^6 rows (import, RFM, lists, report HTML) vs the DuckDB import  ${fmt(analyze)}   ${fmt(duck)}  ${ratio(analyze, duck)}  (target <= 2.0x)`,
  ];
  if (!haveDuck) lines.push(`# DuckDB peer not installed in ${duckDeps} (see ../shared/bench/README.md)`);
  // The phases: the median time at which each was reached, and the step from the one before.
  const names = [...phaseRuns[0].keys()];
  let before = 0;
  const steps = names.map((name) => {
    const at = median(phaseRuns.map((p) => p.get(name) ?? Number.NaN));
    const step = `${name} ${(at - before).toFixed(0)} ms`;
    before = at;
    return step;
  });
  lines.push(`  import's phases (ms since the one before; medians): start → ${steps.join(' → ')}`);
  return lines;
}
