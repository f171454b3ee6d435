import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { paperSchema, reportSettingsSchema } from '../../shared/exports';
import type { OverviewPeriod } from '../../shared/overview';
import type { Language } from '../../shared/schemas';
import { assertExportTarget } from '../io/assert-export-target';
import type { PrintPdf, WorkspaceService } from '../workspace/workspace-service';
import type { CliIo } from './cli-io';
import { printerFor } from './printer-for';

/** The flags of `overview` that write the Overview-only report. */
export interface OverviewReportFlags {
  workspace: string;
  report?: string;
  paper?: string;
  title?: string;
  client?: string;
  author?: string;
  chromium?: string;
  force?: boolean;
  json?: boolean;
}

/** Adds --report FILE (.html or .pdf) and its page flags to `overview`. */
export function withOverviewReportFlags(command: Command): Command {
  return command
    .option('--report <file>', 'write the Overview-only report instead: FILE.html, or FILE.pdf (printed with Chromium)')
    .option('--paper <paper>', 'report paper: a4 | letter', 'a4')
    .option('--title <text>', 'report: its title (default: Business overview report)')
    .option('--client <name>', 'report: who it is prepared for')
    .option('--author <name>', 'report: who prepared it')
    .option('--chromium <path>', 'Chrome or Chromium to print the PDF with (default: found on the machine)')
    .option('--force', 'replace an existing report file');
}

/** The report's format from its file name: .html (.htm) or .pdf; E_USAGE for anything else. */
function formatOf(file: string): 'html' | 'pdf' {
  const ext = extname(file).slice(1).toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm') return 'html';
  throw new AppError('E_USAGE', `--report writes .html or .pdf, got "${file}"`);
}

/** The printer `overview --report FILE.pdf` needs (none otherwise). */
export const overviewReportPrinter = (opts: OverviewReportFlags): PrintPdf | undefined =>
  opts.report && formatOf(opts.report) === 'pdf' ? printerFor(opts.chromium) : undefined;

/** Checks --report's target before the workspace is opened: not the workspace, an existing file only with --force. */
export function checkOverviewReport(opts: OverviewReportFlags): void {
  if (!opts.report) return;
  formatOf(opts.report);
  const paper = paperSchema.safeParse(opts.paper);
  if (!paper.success) throw new AppError('E_USAGE', `--paper takes a4 or letter, got "${opts.paper}"`);
  assertExportTarget(resolve(opts.report), resolve(opts.workspace), { replace: opts.force ?? false });
}

/** Writes the Overview-only report of a dataset for a period to --report, and says so. */
export async function writeOverviewReport(
  service: WorkspaceService,
  io: CliIo,
  opts: OverviewReportFlags,
  target: { datasetId: number; period: OverviewPeriod; lang: Language },
): Promise<void> {
  const file = resolve(opts.report!);
  const settings = reportSettingsSchema.safeParse({ title: opts.title, client: opts.client, author: opts.author });
  if (!settings.success)
    throw new AppError('E_USAGE', `--title, --client and --author: ${settings.error.issues[0].message}`);
  const written = await service.exportOverview(
    target.datasetId,
    target.period,
    formatOf(file),
    { lang: target.lang, paper: paperSchema.parse(opts.paper), settings: settings.data },
    file,
  );
  io.out(opts.json ? `${JSON.stringify(written)}\n` : `wrote ${written!.path} (${written!.bytes} bytes)\n`);
}
