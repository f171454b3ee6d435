import { segmentIndexes } from './segment-indexes';
import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import {
  EXPORT_ENCODINGS,
  membersExportSchema,
  paperSchema,
  summaryExportSchema,
  type Paper,
} from '../../shared/exports';
import { languageForLocale } from '../../shared/i18n';
import { languageSchema, type Language } from '../../shared/schemas';
import { assertExportTarget } from '../io/assert-export-target';
import type { WorkspaceService } from '../workspace/workspace-service';
import { checkModel, parse, positiveInt, readSpec } from './cli-args';
import { type ReportFlags, reportSettingsFlags, withReportFlags } from './report-settings-flags';
import type { CliIo } from './cli-io';
import { printerFor } from './printer-for';
import { kindLine } from './kind-line';
import { onlyList } from './only-list';
import { analyzeOrders } from './analyze-orders';
import { isOrdersOnly } from '../../shared/order-facts';
import { type WithService, workspaceCommand } from './with-service';
import { presetOrUsage, type PresetFlags, withPresetFlags } from './preset-export-command';
import { sqlOptions, type SqlFlags, withSqlFlags } from './sql-flags';

const list = (text: string | undefined) =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

const language = (text: string | undefined): Language =>
  text === undefined ? languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale) : parse(languageSchema, text);
const delimiterOf = (text: string | undefined) => (text === 'tab' || text === '\\t' ? '\t' : (text ?? ','));

interface ExportFlags extends ReportFlags, PresetFlags, SqlFlags {
  workspace: string;
  run: string;
  format: string;
  segments?: string;
  only?: string;
  columns?: string;
  mask?: string;
  encoding?: string;
  delimiter?: string;
  lang?: string;
  paper?: string;
  summary?: boolean;
  chromium?: string;
  out: string;
  force?: boolean;
  json?: boolean;
}

const EXPORT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'xls', 'html', 'htm', 'pdf', 'sql']);

/**
 * Before anything is written: the target must not be the workspace, its side files or a device
 * (E_BAD_TARGET), an existing file is replaced only with --force, and a name whose extension says
 * another format (`--format xlsx --out m.csv`) is refused unless --force.
 */
function checkOut(opts: ExportFlags, out: string): void {
  const ext = extname(out).slice(1).toLowerCase();
  if (!opts.force && EXPORT_EXTENSIONS.has(ext) && ext !== opts.format && !(opts.format === 'csv' && ext === 'tsv')) {
    throw new AppError(
      'E_USAGE',
      `--format ${opts.format} would write ${opts.format.toUpperCase()} into ${out}, whose name says .${ext}; name the file .${opts.format}, or pass --force`,
    );
  }
  assertExportTarget(out, resolve(opts.workspace), { replace: opts.force ?? false });
}

/** `export` (members, summary or report of a run to a file) and `analyze` (a file straight to members, summary and report). */
export function addExportCommands(program: Command, io: CliIo, withService: WithService): void {
  addExportCommand(program, io, withService);
  addAnalyzeCommand(program, io, withService);
}

function addExportCommand(program: Command, io: CliIo, withService: WithService): void {
  withSqlFlags(
    withPresetFlags(
      withReportFlags(
        workspaceCommand(
          program,
          'export',
          'write a run’s members (csv, xlsx, or a tool’s format: --preset), its summary (--summary), its report (html, pdf) or its segmentation as SQL (sql) to a file',
        ),
      ),
    ),
  )
    .requiredOption('--run <id>', 'the run')
    .option('--format <format>', 'csv | xlsx | html | pdf | sql (not with --preset)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--segments <keys>', 'only these segments (keys or names, comma-separated)')
    .option('--only <list>', 'only the customers on a list the run made: churn-risk (a CLV run’s churn-risk list)')
    .option('--columns <keys>', 'these columns, in order (see the README); default: id, segment and the run’s values')
    .option('--mask <keys>', 'mask these personal columns (names, phones, e-mails)')
    .option(
      '--encoding <encoding>',
      `CSV text encoding: ${EXPORT_ENCODINGS.join(' | ')} (utf8 has a BOM; --preset china-tags: utf8 | gbk)`,
    )
    .option('--delimiter <delimiter>', 'CSV delimiter: , ; tab')
    .option('--lang <lang>', 'zh-CN | en (default: the system language)')
    .option('--paper <paper>', 'report paper: a4 | letter', 'a4')
    .option('--summary', 'export the segment summary instead of the members (csv, xlsx)')
    .option('--chromium <path>', 'Chrome or Chromium to print PDFs with (default: found on the machine)')
    .option('--force', 'replace an existing file, or write a format its name does not say')
    .option('--json', 'print JSON')
    .action(
      withService(
        (service, opts: ExportFlags) => exportRun(service, io, opts),
        (opts: ExportFlags) => (opts.format === 'pdf' ? printerFor(opts.chromium) : undefined),
      ),
    );
}

/** `export`: a run's members, summary or report to a file, or its customers in a tool's format (--preset). */
async function exportRun(service: WorkspaceService, io: CliIo, opts: ExportFlags): Promise<void> {
  if (opts.preset !== undefined || opts.format === undefined)
    return presetOrUsage(service, io, opts, language(opts.lang));
  const out = resolve(opts.out);
  checkOut(opts, out);
  await service.openAt(resolve(opts.workspace), { readOnly: true });
  const runId = positiveInt(opts.run, '--run');
  const only = onlyList(opts.only, !opts.summary && (opts.format === 'csv' || opts.format === 'xlsx'));
  const lang = language(opts.lang);
  let written;
  if (opts.format === 'sql') {
    written = await service.exportSqlTo(runId, sqlOptions(opts, lang), out);
  } else if (opts.format === 'html' || opts.format === 'pdf') {
    written = await service.exportReportTo(
      runId,
      opts.format,
      {
        lang,
        paper: parse<Paper>(paperSchema, opts.paper),
        settings: reportSettingsFlags(service, runId, opts),
      },
      out,
    );
  } else if (opts.format !== 'csv' && opts.format !== 'xlsx') {
    throw new AppError('E_USAGE', `--format takes csv, xlsx, html, pdf or sql, got "${opts.format}"`);
  } else if (opts.summary) {
    written = await service.exportSummaryTo(
      runId,
      parse(summaryExportSchema, {
        format: opts.format,
        encoding: opts.encoding,
        delimiter: delimiterOf(opts.delimiter),
        lang,
      }),
      out,
    );
  } else {
    const options = parse(membersExportSchema, {
      format: opts.format,
      segments: segmentIndexes(service, runId, list(opts.segments)),
      only,
      columns: list(opts.columns),
      mask: list(opts.mask),
      encoding: opts.encoding,
      delimiter: delimiterOf(opts.delimiter),
      lang,
    });
    written = await service.exportMembersTo(runId, options, out);
  }
  io.out(
    opts.json
      ? `${JSON.stringify(written)}\n`
      : `wrote ${written.path} (${written.bytes} bytes${written.replaced ? `, ${written.replaced} characters the encoding cannot hold written as ?` : ''})\n`,
  );
}

function addAnalyzeCommand(program: Command, io: CliIo, withService: WithService): void {
  program
    .command('analyze <file>')
    .description(
      'the quickest way in: import a file, segment its customers, and write members.csv, summary.csv, report.html (and report.pdf when a printer is found) to a folder',
    )
    .requiredOption('--out <dir>', 'the folder to write to (made if missing)')
    .option(
      '--model <model>',
      'rfm, rules, clv or orders (order segments; what a file of orders without a customer id gets)',
      'rfm',
    )
    .option('--spec <file>', 'the model settings as JSON (see the README)')
    .option('--lang <lang>', 'zh-CN | en (default: the system language)')
    .option('--paper <paper>', 'report paper: a4 | letter', 'a4')
    .option('--chromium <path>', 'Chrome or Chromium to print the PDF with (default: found on the machine)')
    .option('--no-pdf', 'write no report PDF (the lists and the HTML report only)')
    .option('--json', 'print JSON')
    .action(
      withService(
        (service, file: string, opts: AnalyzeFlags) => analyze(service, io, file, opts),
        (_file: string, opts: { chromium?: string; pdf: boolean }) =>
          opts.pdf ? printerFor(opts.chromium) : undefined,
      ),
    );
}

interface AnalyzeFlags {
  out: string;
  model: string;
  spec?: string;
  lang?: string;
  paper: string;
  chromium?: string;
  /** False with --no-pdf. */
  pdf: boolean;
  json?: boolean;
}

/** `analyze`: import, segment and write members.csv, summary.csv, report.html (and report.pdf when it can print). */
async function analyze(service: WorkspaceService, io: CliIo, file: string, opts: AnalyzeFlags): Promise<void> {
  const model = checkModel(opts.model);
  if (model === 'rules' && !opts.spec) throw new AppError('E_USAGE', '--model rules needs --spec with the rules');
  const spec = model === 'orders' && !opts.spec ? null : readSpec(opts.spec, model);
  const lang = language(opts.lang);
  const paper = parse<Paper>(paperSchema, opts.paper);
  const dir = resolve(opts.out);
  mkdirSync(dir, { recursive: true });
  const workspace = join(dir, 'analysis.segdesk');
  service.jobs.start(); // loads while the workspace is made
  await service.createAt(workspace, { overwrite: true });
  const dataset = await service.importFile(resolve(file));
  // Orders without a customer id: order segments, and a line on why there are no customer segments.
  if (!spec && !isOrdersOnly(dataset))
    throw new AppError(
      'E_USAGE',
      '--model orders without --spec is for order files without a customer id; this file has one: use --model rfm',
    );
  if (!spec || (isOrdersOnly(dataset) && spec.model !== 'orders'))
    return analyzeOrders(service, io, dataset, { dir, workspace, lang, paper, json: opts.json, pdf: opts.pdf });
  const { run, result } = await service.createRun(dataset.id, spec);
  if (process.stderr.isTTY) process.stderr.write('\r');
  const files = [
    await service.exportMembersTo(
      run.id,
      parse(membersExportSchema, { format: 'csv', lang }),
      join(dir, 'members.csv'),
    ),
    await service.exportSummaryTo(
      run.id,
      parse(summaryExportSchema, { format: 'csv', lang }),
      join(dir, 'summary.csv'),
    ),
    await service.exportReportTo(run.id, 'html', { lang, paper }, join(dir, 'report.html')),
  ];
  // The PDF is a bonus: without a printer, or when printing fails, the lists and the HTML report stand.
  let pdfNote: string | null =
    service.canPrintPdf || !opts.pdf
      ? null
      : 'no Chrome or Chromium was found, so no report.pdf; open report.html and print it, or pass --chromium PATH';
  if (service.canPrintPdf) {
    try {
      files.push(await service.exportReportTo(run.id, 'pdf', { lang, paper }, join(dir, 'report.pdf')));
    } catch (err) {
      pdfNote = `report.pdf could not be printed (${(err as Error).message}); open report.html and print it`;
    }
  }
  const out = {
    workspace,
    datasetId: dataset.id,
    kind: dataset.kind,
    why: dataset.source.kindDecision,
    runId: run.id,
    customers: result.customers,
    segments: result.segments.map((s) => ({ key: s.key, name: s.name[lang], customers: s.customers })),
    files: files.map((f) => f.path),
    pdf: service.canPrintPdf && pdfNote === null,
  };
  if (opts.json) io.out(`${JSON.stringify(out)}\n`);
  else
    io.out(
      `${kindLine(dataset.kind, dataset.source.kindDecision)}\n${result.customers} customers in ${result.segments.filter((s) => s.customers > 0).length} segments\n${out.segments.map((s) => `  ${s.name}\t${s.customers}\n`).join('')}${files.map((f) => `wrote ${f.path}\n`).join('')}`,
    );
  if (pdfNote) io.err(`note: ${pdfNote}\n`);
}
