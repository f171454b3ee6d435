import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { OverviewPeriod } from '../../shared/overview';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { overviewText } from './overview-text';
import {
  checkOverviewReport,
  overviewReportPrinter,
  type OverviewReportFlags,
  withOverviewReportFlags,
  writeOverviewReport,
} from './overview-report-flags';
import { type WithService, workspaceCommand } from './with-service';

type OverviewOptions = OverviewReportFlags & {
  workspace: string;
  dataset: string;
  from?: string;
  until?: string;
  last12?: boolean;
  all?: boolean;
  lang: string;
  json?: boolean;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** 2011-02-28 is a day of the calendar; 2011-02-30 and 2011-13-01 are not. */
const isCalendarDay = (day: string) => {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return ms === ms && new Date(ms).toISOString().startsWith(day);
};

/** The period the flags ask for: a range (--from, --until), the last 12 months, the whole history, or auto. */
export function periodOf(opts: Pick<OverviewOptions, 'from' | 'until' | 'last12' | 'all'>): OverviewPeriod {
  for (const flag of ['from', 'until'] as const) {
    const day = opts[flag];
    if (day !== undefined && !(DAY.test(day) && isCalendarDay(day)))
      throw new AppError('E_USAGE', `--${flag} takes a day as YYYY-MM-DD, got "${day}"`);
  }
  const range = opts.from !== undefined || opts.until !== undefined;
  if ([range, opts.last12, opts.all].filter(Boolean).length > 1)
    throw new AppError('E_USAGE', 'Give one period: --from/--until, --last12 or --all');
  if (range) return { kind: 'range', from: opts.from ?? null, until: opts.until ?? null };
  return { kind: opts.last12 ? 'last12' : opts.all ? 'all' : 'auto' };
}

/** `overview`: a dataset's key figures, trend, cohorts, concentration, places and findings for a period. */
export function addOverviewCommand(program: Command, io: CliIo, withService: WithService): void {
  const command = workspaceCommand(
    program,
    'overview',
    'the Overview of a dataset: key figures against the period before, trend, cohorts, concentration, places, findings',
  )
    .requiredOption('--dataset <id>', 'the dataset (of order lines)')
    .option('--from <day>', 'the first day of the period, YYYY-MM-DD (default: the data’s first)')
    .option('--until <day>', 'the last day of the period, YYYY-MM-DD (default: the data’s last)')
    .option('--last12', 'the 12 months to the data’s last day')
    .option('--all', 'the whole history')
    .option('--lang <lang>', 'zh-CN | en: the language of the summary', 'en')
    .option('--json', 'print the whole Overview as JSON');
  withOverviewReportFlags(command).action(
    withService(
      async (service, opts: OverviewOptions) => {
        const period = periodOf(opts);
        checkOverviewReport(opts);
        const info = await service.openAt(resolve(opts.workspace), { readOnly: true });
        const datasetId = positiveInt(opts.dataset, '--dataset');
        const lang = opts.lang === 'zh-CN' ? 'zh-CN' : 'en';
        if (opts.report) return writeOverviewReport(service, io, opts, { datasetId, period, lang });
        const overview = await service.overview(datasetId, period);
        if (opts.json) {
          io.out(`${JSON.stringify(overview)}\n`);
          return;
        }
        const name = info.datasets.find((d) => d.id === overview.datasetId)?.name ?? `#${overview.datasetId}`;
        io.out(overviewText(overview, name, lang));
      },
      (opts: OverviewOptions) => overviewReportPrinter(opts),
    ),
  );
}
