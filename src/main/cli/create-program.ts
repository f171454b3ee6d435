import { Command, CommanderError } from 'commander';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError, toErrorData } from '../../shared/errors';
import type { WorkspaceInfo } from '../../shared/schemas';
import { ENCODINGS, importSettingsSchema, type ImportSettings } from '../../shared/import-settings';
import { WorkspaceService, type PrintPdf } from '../workspace/workspace-service';
import { checkModel, positiveInt, readSpec, unitShare } from './cli-args';
import { sampleSize } from '../engine/stats/ab-test';
import { splitGroups } from '../engine/stats/control-group';
import { membership } from '../engine/monitor/migration';
import { writeAtomically } from '../engine/report/write-atomically';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { RunResult } from '../../shared/segments';
import { csvCell, csvText, type Cell } from '../engine/report/csv-text';
import { addClusterCommands } from './cluster-commands';
import { addExportCommands } from './export-commands';
import type { CliIo } from './cli-io';

function noDialogs(): never {
  throw new AppError('E_USAGE', 'The command line takes file paths as arguments.');
}

export function createService(io: CliIo, printPdf?: PrintPdf): WorkspaceService {
  return new WorkspaceService({
    printPdf,
    stateDir: join(tmpdir(), 'segmentdesk-cli'),
    resourcesDir: resolve(io.mainDir, '..', '..', 'resources'),
    workerPath: join(io.mainDir, 'worker.js'),
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    appVersion: io.version,
    platform: process.platform,
    dialogs: {
      chooseNewWorkspace: noDialogs,
      chooseWorkspace: noDialogs,
      chooseDataFile: noDialogs,
      chooseSaveFile: noDialogs,
    },
    emit: (event, payload) => {
      if (event === 'job:progress' && process.stderr.isTTY) {
        const p = payload as { fraction: number };
        process.stderr.write(`\r${(p.fraction * 100).toFixed(0).padStart(3)}%`);
      }
    },
    rememberRecent: false,
    program: 'SegmentDesk CLI',
  });
}

interface ReadFlags {
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  skipRows?: string;
}

function readSettings(opts: ReadFlags): Record<string, unknown> {
  const delimiter = opts.delimiter === 'tab' || opts.delimiter === '\\t' ? '\t' : opts.delimiter;
  const skipRows =
    opts.skipRows === undefined ? undefined : /^\d+$/.test(opts.skipRows) ? Number(opts.skipRows) : opts.skipRows;
  return { sheet: opts.sheet, encoding: opts.encoding?.toLowerCase(), delimiter, skipRows };
}

/** "a=b,c=d" → { a: 'b', c: 'd' } */
function pairs(text: string, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const at = part.indexOf('=');
    if (at < 1) throw new AppError('E_USAGE', `${flag} takes name=value pairs separated by commas, got "${part}"`);
    out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** Checks command-line settings with the same schema the app's IPC uses. */
function parseSettings(raw: Record<string, unknown>): ImportSettings {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = importSettingsSchema.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_USAGE', `invalid ${issue.path.join('.') || 'option'}: ${issue.message}`);
  }
  return parsed.data;
}

function describeInspect(r: {
  format: string;
  encoding: string | null;
  delimiter: string | null;
  rowCount: number;
  columns: { name: string; type: string; missing: number }[];
  issues: { code: string; count: number }[];
}): string {
  const lines = [
    `${r.format}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''}: ${r.rowCount} rows`,
  ];
  for (const c of r.columns) lines.push(`  ${c.name}: ${c.type}${c.missing ? ` (${c.missing} missing)` : ''}`);
  for (const i of r.issues) lines.push(`  issue ${i.code}: ${i.count}`);
  return `${lines.join('\n')}\n`;
}

function describe(info: WorkspaceInfo): string {
  const lines = [`${info.name} (${info.path})`, `schema version ${info.schemaVersion}, created ${info.createdAt}`];
  lines.push(`${info.datasets.length} datasets:`);
  for (const d of info.datasets)
    lines.push(`  #${d.id} ${d.name}: ${d.rowCount} rows, ${d.columns.length} columns (${d.sourceName})`);
  lines.push(`${info.runs.length} runs:`);
  for (const r of info.runs) lines.push(`  #${r.id} ${r.name}: ${r.model}, ${r.customerCount} customers`);
  return lines.join('\n');
}

/** A clustering run's figures, as `run --json` prints them. */
function clusterFacts(c: NonNullable<RunResult['cluster']>) {
  return {
    k: c.k,
    seed: c.seed,
    inertia: c.objective,
    iterations: c.iterations,
    silhouette: c.silhouette,
    silhouetteSample: c.silhouetteSample,
    calinskiHarabasz: c.calinskiHarabasz,
    daviesBouldin: c.daviesBouldin,
    stability: c.stability?.mean ?? null,
    rulesAgreement: c.tree.agreement,
    centroids: c.centroids.map((centre) => ({
      ...Object.fromEntries(c.features.map((f, j) => [f.field, centre.values[j]])),
      ...Object.fromEntries(c.categoryFields.map((name, j) => [name, centre.modes[j]])),
    })),
  };
}

/** A CLV run's fits and validation figures, as `run --json` prints them. */
function clvFacts(c: NonNullable<RunResult['clv']>) {
  const { r, alpha, a, b, logLikelihood } = c.bgnbd;
  const { p, q, gamma, customers, nonPositive, correlation } = c.gammaGamma;
  return {
    calibrationEnd: c.calibrationEnd,
    holdoutEnd: c.holdoutEnd,
    timeUnit: c.unit,
    customers: c.customers,
    repeatCustomers: c.repeatCustomers,
    bgnbd: { r, alpha, a, b, logLikelihood },
    gammaGamma: { p, q, gamma, logLikelihood: c.gammaGamma.logLikelihood, customers, nonPositive, correlation },
    totals: c.totals,
    holdout: c.validation.errors,
    warnings: c.warnings,
  };
}

/**
 * The `segmentdesk` command line: the same workspace service as the app, for scripts and
 * big batch jobs. Errors print `error: CODE: message` to stderr and exit non-zero.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('segmentdesk')
    .description('SegmentDesk: offline customer segmentation workbench (command line)')
    .version(io.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined });

  /** Runs an action against the service, always closing it; errors become the CLI's error line. */
  const withService =
    <A extends unknown[]>(
      fn: (service: WorkspaceService, ...args: A) => Promise<void>,
      printer?: (...args: A) => PrintPdf | undefined,
    ) =>
    async (...args: A) => {
      const service = createService(io, printer?.(...args));
      try {
        await fn(service, ...args);
      } finally {
        await service.dispose();
      }
    };

  const workspace = program.command('workspace').description('create and inspect workspace files (*.segdesk)');
  workspace
    .command('create <file>')
    .description('create a new, empty workspace file')
    .option('--force', 'replace an existing file')
    .option('--json', 'print the workspace as JSON')
    .action(
      withService(async (service, file: string, opts: { force?: boolean; json?: boolean }) => {
        const info = await service.createAt(resolve(file), { overwrite: opts.force ?? false });
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `created ${info.path}\n`);
      }),
    );
  workspace
    .command('copy <file> <target>')
    .description('copy a workspace into a new file (consistent even while another connection writes)')
    .option('--force', 'replace an existing file')
    .action(
      withService(async (service, file: string, target: string, opts: { force?: boolean }) => {
        if (!opts.force && existsSync(resolve(target)))
          throw new AppError('E_WORKSPACE_EXISTS', `A file already exists at ${resolve(target)}`);
        await service.openAt(resolve(file));
        io.out(`copied to ${await service.copyWorkspaceTo(resolve(target))}\n`);
      }),
    );
  workspace
    .command('info <file>')
    .description('show what a workspace holds')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: { json?: boolean }) => {
        const info = await service.openAt(resolve(file));
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `${describe(info)}\n`);
      }),
    );

  program
    .command('inspect <file>')
    .description(
      'read a file (CSV/TSV/TXT, XLSX/XLS, Parquet, Arrow; also .gz or .zip) and report what an import would do',
    )
    .option('--sheet <sheet>', 'workbook sheet')
    .option('--encoding <encoding>', `text encoding: ${ENCODINGS.join(', ')}`)
    .option('--delimiter <delimiter>', 'field delimiter: , ; tab | whitespace')
    .option('--skip-rows <n>', 'title lines above the header (default: detected)')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: ReadFlags & { json?: boolean }) => {
        const { token } = service.registerFile(resolve(file));
        const r = await service.inspectImport(token, parseSettings(readSettings(opts)), undefined, null);
        const out = {
          format: r.format,
          encoding: r.encoding,
          delimiter: r.delimiter,
          sheet: r.sheet,
          headerRow: r.headerLine,
          rowCount: r.rowsRead,
          columns: r.columns.map((c) => ({ name: c.name, type: c.spec.kind, missing: c.missing })),
          issues: r.quality.issues.map((i) => ({ code: i.code, count: i.count })),
        };
        io.out(opts.json ? `${JSON.stringify(out)}\n` : describeInspect(out));
      }),
    );

  program
    .command('import <file>')
    .description('import a file into a workspace as a dataset, with the quality policies applied')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .option('--role <kind>', 'one row is an order line (transactions) or a customer (customers)')
    .option('--map <role=Column,...>', 'which column holds each role, e.g. customerId=CustomerID,orderDate=InvoiceDate')
    .option('--policy <code=policy,...>', 'drop | keep | flag per issue code, e.g. duplicate_row=drop')
    .option('--name <name>', 'dataset name (default: the file name)')
    .option('--sheet <sheet>', 'workbook sheet')
    .option('--encoding <encoding>', 'text encoding')
    .option('--delimiter <delimiter>', 'field delimiter: , ; tab | whitespace')
    .option('--skip-rows <n>', 'title lines above the header (default: detected)')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          file: string,
          opts: ReadFlags & {
            workspace: string;
            role?: string;
            map?: string;
            policy?: string;
            name?: string;
            json?: boolean;
          },
        ) => {
          const settings = parseSettings({
            ...readSettings(opts),
            kind: opts.role,
            roles: opts.map ? pairs(opts.map, '--map') : undefined,
            policies: opts.policy ? pairs(opts.policy, '--policy') : undefined,
            name: opts.name,
          });
          await service.openAt(resolve(opts.workspace));
          const d = await service.importFile(resolve(file), settings);
          if (process.stderr.isTTY) process.stderr.write('\r');
          const out = {
            datasetId: d.id,
            rowsRead: d.quality.rowsRead,
            rowsKept: d.quality.rowsKept,
            issues: d.quality.issues.map((i) => ({ code: i.code, count: i.count, policy: i.policy })),
          };
          io.out(
            opts.json
              ? `${JSON.stringify(out)}\n`
              : `imported #${d.id} ${d.name}: ${d.quality.rowsKept} of ${d.quality.rowsRead} rows kept\n`,
          );
        },
      ),
    );

  program
    .command('append <file>')
    .description("append a newer export of the same columns to a transactions dataset (next month's file)")
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--dataset <id>', 'the transactions dataset')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: { workspace: string; dataset: string; json?: boolean }) => {
        await service.openAt(resolve(opts.workspace));
        const { token } = service.registerFile(resolve(file));
        const d = await service.appendImport(token, positiveInt(opts.dataset, '--dataset'), {});
        if (process.stderr.isTTY) process.stderr.write('\r');
        io.out(
          opts.json
            ? `${JSON.stringify({ datasetId: d.id, rowCount: d.rowCount })}\n`
            : `appended to #${d.id} ${d.name}: ${d.rowCount} rows now\n`,
        );
      }),
    );

  const dataset = program.command('dataset').description('datasets of a workspace');
  dataset
    .command('list')
    .description('list the datasets of a workspace')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, opts: { workspace: string; json?: boolean }) => {
        const info = await service.openAt(resolve(opts.workspace));
        io.out(
          opts.json
            ? `${JSON.stringify(info.datasets)}\n`
            : info.datasets
                .map((d) => `#${d.id}\t${d.name}\t${d.rowCount} rows\t${d.columns.length} columns\n`)
                .join(''),
        );
      }),
    );
  /** A stored run, as `run` and `reapply` print it. */
  const printRun = (
    run: { id: number; name: string; model: string },
    result: RunResult,
    json?: boolean,
    extra: object = {},
  ) => {
    if (process.stderr.isTTY) process.stderr.write('\r');
    const cuts = (b: { lower: (number | null)[] } | undefined) => (b ? b.lower.slice(1) : []);
    const out = {
      runId: run.id,
      model: run.model,
      analysisDate: result.analysisDate,
      ...extra,
      segments: result.segments.map((seg, id) => ({
        id,
        key: seg.key,
        name: seg.name.en,
        nameZh: seg.name['zh-CN'],
        customers: seg.customers,
        orders: seg.orders,
        revenue: seg.revenue,
      })),
      thresholds: result.bins
        ? {
            recency: cuts(result.bins.recency),
            frequency: cuts(result.bins.frequency),
            monetary: cuts(result.bins.monetary),
          }
        : null,
      ...(result.cluster ? clusterFacts(result.cluster) : {}),
      ...(result.clv ? clvFacts(result.clv) : {}),
    };
    io.out(
      json
        ? `${JSON.stringify(out)}\n`
        : `run #${run.id} ${run.name}: ${result.customers} customers\n${out.segments.map((g) => `  ${g.name}\t${g.customers}\t${g.revenue}\n`).join('')}`,
    );
  };

  program
    .command('run')
    .description('segment the customers of a dataset and store the run in the workspace')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--dataset <id>', 'the dataset (see dataset list)')
    .option('--model <model>', 'rfm, rules, kmeans, kprototypes or clv', 'rfm')
    .option('--spec <file>', 'the model settings as JSON (see the README); defaults when left out')
    .option('--name <name>', 'the run name')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: { workspace: string; dataset: string; model: string; spec?: string; name?: string; json?: boolean },
        ) => {
          const model = checkModel(opts.model);
          if (model !== 'rfm' && model !== 'clv' && !opts.spec)
            throw new AppError(
              'E_USAGE',
              `--model ${model} needs --spec (${model === 'rules' ? 'the rules' : 'the fields to cluster on'})`,
            );
          const spec = readSpec(opts.spec, model);
          await service.openAt(resolve(opts.workspace));
          const { run, result } = await service.createRun(positiveInt(opts.dataset, '--dataset'), spec, {
            name: opts.name,
          });
          printRun(run, result, opts.json);
        },
      ),
    );

  program
    .command('reapply')
    .description("apply a run's segmentation to another analysis day, a window of days or another (appended) dataset")
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--run <id>', 'the run to re-apply')
    .option('--dataset <id>', "the dataset (default: the run's own, as it is now)")
    .option('--analysis-date <day>', 'the new analysis day, YYYY-MM-DD (default: the day after the last transaction)')
    .option('--window-days <n>', 'only the last N days before the analysis day')
    .option('--recompute', "RFM: compute new cut points rather than keep the run's")
    .option('--name <name>', 'the new run name')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: {
            workspace: string;
            run: string;
            dataset?: string;
            analysisDate?: string;
            windowDays?: string;
            recompute?: boolean;
            name?: string;
            json?: boolean;
          },
        ) => {
          await service.openAt(resolve(opts.workspace));
          const runId = positiveInt(opts.run, '--run');
          if (opts.analysisDate && !/^\d{4}-\d{2}-\d{2}$/.test(opts.analysisDate))
            throw new AppError('E_USAGE', `--analysis-date takes YYYY-MM-DD, got "${opts.analysisDate}"`);
          const { run, result } = await service.reapplyRun(runId, {
            datasetId: opts.dataset ? positiveInt(opts.dataset, '--dataset') : undefined,
            analysisDate: opts.analysisDate,
            windowDays: opts.windowDays ? positiveInt(opts.windowDays, '--window-days') : undefined,
            recompute: opts.recompute,
            name: opts.name,
          });
          printRun(run, result, opts.json, { basedOn: runId });
        },
      ),
    );

  program
    .command('compare')
    .description("compare two runs: the migration between their segments and the segments' KPIs before and after")
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--from <id>', 'the first run')
    .requiredOption('--to <id>', 'the second run')
    .option('--export <file>', "write one row's customers as CSV (with --row, and --move)")
    .option('--row <key>', 'a first-run segment key, or "(new)"')
    .option('--move <move>', 'up, down, stayed, new or gone (default: all of the row)')
    .option('--lang <lang>', 'zh-CN or en, for the segment names in the file', 'en')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: {
            workspace: string;
            from: string;
            to: string;
            export?: string;
            row?: string;
            move?: string;
            lang: string;
            json?: boolean;
          },
        ) => {
          await service.openAt(resolve(opts.workspace));
          if (opts.export) {
            if (!opts.row) throw new AppError('E_USAGE', '--export needs --row (a first-run segment key, or "(new)")');
            const moves = ['up', 'down', 'stayed', 'new', 'gone'] as const;
            if (opts.move && !(moves as readonly string[]).includes(opts.move))
              throw new AppError('E_USAGE', `--move takes ${moves.join(', ')}, got "${opts.move}"`);
            const written = await service.exportMoves(
              positiveInt(opts.from, '--from'),
              positiveInt(opts.to, '--to'),
              opts.row,
              (opts.move as (typeof moves)[number] | undefined) ?? null,
              opts.lang === 'zh-CN' ? 'zh-CN' : 'en',
              resolve(opts.export),
            );
            io.out(
              opts.json ? `${JSON.stringify(written)}\n` : `wrote ${written!.path} (${written!.rows} customers)\n`,
            );
            return;
          }
          const c = await service.comparison(positiveInt(opts.from, '--from'), positiveInt(opts.to, '--to'));
          const matrix = c.rows
            .flatMap((from, r) => c.cols.map((to, k) => ({ from, to, customers: c.counts[r][k] })))
            .filter((cell) => cell.customers > 0);
          const moves = c.moves;
          const kpis = c.kpis;
          const out = {
            matrix,
            moves,
            periods: c.periods
              ? {
                  before: { from: c.periods.before[0], until: c.periods.before[1] },
                  after: { from: c.periods.after[0], until: c.periods.after[1] },
                }
              : null,
            kpis,
          };
          if (opts.json) io.out(`${JSON.stringify(out)}\n`);
          else {
            const lines = [
              `${matrix.reduce((n, cell) => n + cell.customers, 0)} customers: ${Object.entries(moves)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}`,
            ];
            for (const k of kpis)
              lines.push(
                `  ${k.segment}\tretention ${k.retention === null ? '—' : (k.retention * 100).toFixed(1) + ' %'}\trevenue ${k.revenueBefore.toFixed(2)} → ${k.revenueAfter.toFixed(2)}`,
              );
            io.out(`${lines.join('\n')}\n`);
          }
        },
      ),
    );

  program
    .command('sample-size')
    .description(
      "customers per group to detect an absolute uplift in a response rate (two-sided test, normal approximation, Cohen's h)",
    )
    .requiredOption('--baseline <rate>', "the control group's response rate, e.g. 0.05")
    .requiredOption('--uplift <points>', 'the smallest absolute uplift worth detecting, e.g. 0.01 (5 % → 6 %)')
    .option('--alpha <level>', 'significance level', '0.05')
    .option('--power <power>', 'power', '0.8')
    .option('--json', 'print JSON')
    .action((opts: { baseline: string; uplift: string; alpha: string; power: string; json?: boolean }) => {
      const baseline = unitShare(opts.baseline, '--baseline');
      const uplift = Number(opts.uplift);
      if (!(uplift > 0 && baseline + uplift < 1))
        throw new AppError(
          'E_USAGE',
          `--uplift takes a positive share that keeps the rate below 1, got "${opts.uplift}"`,
        );
      const r = sampleSize(baseline, uplift, unitShare(opts.alpha, '--alpha'), unitShare(opts.power, '--power'));
      io.out(
        opts.json
          ? `${JSON.stringify({ perGroup: r.perGroup, total: r.total, effectSize: r.h, n: r.n })}\n`
          : `${r.perGroup} customers per group, ${r.total} in all (Cohen's h ${r.h.toFixed(4)})\n`,
      );
    });

  program
    .command('campaign')
    .description(
      "a campaign's results per segment of a run: response rates, uplift with 95 % intervals, z-test, chi-square, revenue (Welch)",
    )
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--run <id>', 'the run whose segments to report by')
    .requiredOption(
      '--results <file>',
      'one row per customer: id, group (test/control), responded (1/0), revenue (optional)',
    )
    .option('--map <pairs>', 'columns by name: customerId=…,group=…,responded=…,revenue=…')
    .option('--save', 'keep the results with the run (the Campaign page and the report show them)')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: { workspace: string; run: string; results: string; map?: string; save?: boolean; json?: boolean },
        ) => {
          await service.openAt(resolve(opts.workspace));
          const columns: Record<string, string> = {};
          for (const pair of (opts.map ?? '').split(',').filter(Boolean)) {
            const [role, column] = pair.split('=');
            if (!['customerId', 'group', 'responded', 'revenue'].includes(role) || !column)
              throw new AppError('E_USAGE', `--map takes customerId=…,group=…,responded=…,revenue=…, got "${pair}"`);
            columns[role] = column;
          }
          const runId = positiveInt(opts.run, '--run');
          const out = opts.save
            ? (await service.saveCampaign(runId, resolve(opts.results), columns)).results
            : await service.campaignResults(runId, resolve(opts.results), columns);
          if (opts.json) io.out(`${JSON.stringify(out)}\n`);
          else {
            const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
            const lines = out.segments.map(
              (s) =>
                `  ${s.segment}\ttest ${pct(s.test.rate)} (${s.test.customers})\tcontrol ${pct(s.control.rate)} (${s.control.customers})\tuplift ${pct(s.uplift)}\tp ${s.zTest ? s.zTest.p.toPrecision(3) : '—'}`,
            );
            io.out(
              `${lines.join('\n')}\n${out.unmatched ? `${out.unmatched} campaign customers are not in the run\n` : ''}`,
            );
          }
        },
      ),
    );

  program
    .command('control-group')
    .description('draw a seeded control group within each chosen segment of a run; writes test.csv and control.csv')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--run <id>', 'the run')
    .requiredOption('--out <dir>', 'the folder for test.csv and control.csv')
    .option('--segments <keys>', 'segment keys (default: every segment)')
    .option('--share <share>', 'the share of each segment held out as control', '0.5')
    .option('--seed <seed>', 'the random seed (the same seed gives the same lists)', '42')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: {
            workspace: string;
            run: string;
            out: string;
            segments?: string;
            share: string;
            seed: string;
            json?: boolean;
          },
        ) => {
          await service.openAt(resolve(opts.workspace));
          const runId = positiveInt(opts.run, '--run');
          const { result } = service.runDetails(runId);
          const run = membership(service.runMembers(runId), result);
          const keys = opts.segments ? opts.segments.split(',').map((k) => k.trim()) : run.keys.slice();
          const unknown = keys.filter((k) => !run.keys.includes(k));
          if (unknown.length)
            throw new AppError(
              'E_USAGE',
              `--segments: no segment ${unknown.join(', ')} in run ${runId} (its keys: ${run.keys.join(', ')})`,
            );
          const seed = Number(opts.seed);
          if (!Number.isInteger(seed) || seed < 0)
            throw new AppError('E_USAGE', `--seed takes a whole number, got "${opts.seed}"`);
          const split = splitGroups(run, keys, unitShare(opts.share, '--share'), seed);
          const dir = resolve(opts.out);
          mkdirSync(dir, { recursive: true });
          for (const side of ['test', 'control'] as const) {
            const text = csvText([['customerId', 'segment'], ...split[side].map((r) => [r.id, r.segment])], ',');
            await writeAtomically(join(dir, `${side}.csv`), (temp) => writeFileSync(temp, text));
          }
          const summary = {
            seed,
            share: Number(opts.share),
            segments: split.segments,
            test: join(dir, 'test.csv'),
            control: join(dir, 'control.csv'),
          };
          io.out(
            opts.json
              ? `${JSON.stringify(summary)}\n`
              : `${split.segments.map((s) => `  ${s.segment}\ttest ${s.test}\tcontrol ${s.control}`).join('\n')}\nwrote ${summary.test}\nwrote ${summary.control}\n`,
          );
        },
      ),
    );

  program
    .command('members')
    .description("list a run's customers with their segment and values")
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .requiredOption('--run <id>', 'the run')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action(
      withService(async (service, opts: { workspace: string; run: string; json?: boolean; csv?: boolean }) => {
        await service.openAt(resolve(opts.workspace));
        const runId = positiveInt(opts.run, '--run');
        const { result } = service.runDetails(runId);
        const members = service.runMembers(runId);
        // The run's own values: RFM's recency, frequency, monetary and scores; the fields a rule run tests.
        const names = members.schema.fields
          .map((f) => f.name)
          .filter((name) => name !== 'customerId' && name !== 'segment');
        const columns = result.model === 'rfm' ? ['recency', 'frequency', 'monetary', 'r', 'f', 'm'] : names;
        const dates = new Set(
          members.schema.fields.filter((f) => f.metadata.get('segdesk.kind') === 'datetime').map((f) => f.name),
        );
        const ids = members.getChild('customerId')!;
        const segment = members.getChild('segment')!;
        const values = columns.map((c) => members.getChild(c)!);
        const cell = (c: string, v: unknown) =>
          v === null || v === undefined ? null : dates.has(c) ? new Date(v as number).toISOString().slice(0, 10) : v;
        const rows = Array.from({ length: members.numRows }, (_, i) => ({
          customerId: String(ids.get(i)),
          segment: result.segments[segment.get(i) as number].name.en,
          ...Object.fromEntries(columns.map((c, k) => [c, cell(c, values[k].get(i))])),
        }));
        if (opts.json) io.out(`${JSON.stringify(rows)}\n`);
        else {
          const header = ['customerId', 'segment', ...columns];
          io.out(
            `${[header, ...rows.map((r) => header.map((h) => (r as Record<string, unknown>)[h]))].map((cells) => cells.map((v) => csvCell(toCell(v), ',')).join(',')).join('\n')}\n`,
          );
        }
      }),
    );
  addExportCommands(program, io, withService);
  addClusterCommands(program, io, withService);
  return program;
}

/** A member's value as an export cell (the engine's CSV writer neutralises formulas in text). */
const toCell = (value: unknown): Cell =>
  value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      io.err(`error: E_USAGE: ${err.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    const { code, message } = toErrorData(err);
    io.err(`error: ${code}: ${message}\n`);
    return code === 'E_USAGE' ? 2 : 1;
  }
}
