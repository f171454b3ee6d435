import { join } from 'node:path';
import { membersExportSchema, summaryExportSchema, type Paper } from '../../shared/exports';
import { createTranslate } from '../../shared/i18n';
import { ordersSpecSchema, type RunResult } from '../../shared/segments';
import type { DatasetInfo, Language } from '../../shared/schemas';
import type { ExportResult } from '../../shared/exports';
import type { WorkspaceService } from '../workspace/workspace-service';
import type { CliIo } from './cli-io';
import { kindLine } from './kind-line';

/** The order segmentations `analyze` makes of an order file: value bands, and where the orders come from. */
const MADE = [
  { template: 'order_value', file: 'value' },
  { template: 'region', file: 'region' },
  { template: 'continent', file: 'continent' },
];

/** The line that says which amount the revenue counts, in the language. */
export function amountLine(result: RunResult, lang: Language): string {
  const t = createTranslate(lang);
  const facts = result.orders;
  if (!facts?.amountColumn) return t('orderSegments.amountNone');
  return t(facts.amountIsPaid ? 'orderSegments.amountPaid' : 'orderSegments.amountTotal', {
    column: facts.amountColumn,
  });
}

interface Written {
  key: string;
  runId: number;
  result: RunResult;
  files: ExportResult[];
}

async function writeRun(
  service: WorkspaceService,
  runId: number,
  dir: string,
  file: string,
  lang: Language,
  paper: Paper,
): Promise<{ files: ExportResult[]; pdfError: string | null }> {
  const files = [
    await service.exportMembersTo(
      runId,
      membersExportSchema.parse({ format: 'csv', lang }),
      join(dir, `orders-${file}.csv`),
    ),
    await service.exportSummaryTo(
      runId,
      summaryExportSchema.parse({ format: 'csv', lang }),
      join(dir, `summary-${file}.csv`),
    ),
    await service.exportReportTo(runId, 'html', { lang, paper }, join(dir, `report-${file}.html`)),
  ];
  if (!service.canPrintPdf) return { files, pdfError: null };
  try {
    files.push(await service.exportReportTo(runId, 'pdf', { lang, paper }, join(dir, `report-${file}.pdf`)));
    return { files, pdfError: null };
  } catch (err) {
    return { files, pdfError: (err as Error).message };
  }
}

/**
 * `analyze` on a file of orders without a customer id: order segments by order value bands and,
 * when a province or country can be read, by region (or continent) — each with its order list,
 * summary and report — and one line, in the language, on why there are no customer segments.
 */
export async function analyzeOrders(
  service: WorkspaceService,
  io: CliIo,
  dataset: DatasetInfo,
  options: { dir: string; workspace: string; lang: Language; paper: Paper; json?: boolean; pdf: boolean },
): Promise<void> {
  const { dir, lang, paper } = options;
  const t = createTranslate(lang);
  const { templates } = await service.ruleFields(dataset.id);
  const made: Written[] = [];
  const pdfErrors: string[] = [];
  for (const { template, file } of MADE) {
    const found = templates.find((x) => x.key === template);
    if (!found) continue;
    const spec = ordersSpecSchema.parse({ model: 'orders', rules: found.rules });
    const { run, result } = await service.createRun(dataset.id, spec, { name: found.name[lang] });
    const { files, pdfError } = await writeRun(service, run.id, dir, file, lang, paper);
    if (pdfError) pdfErrors.push(pdfError);
    made.push({ key: template, runId: run.id, result, files });
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  const reason = t('orderSegments.cliReason');
  if (options.json) {
    io.out(
      `${JSON.stringify({
        workspace: options.workspace,
        datasetId: dataset.id,
        kind: dataset.kind,
        why: dataset.source.kindDecision,
        reason,
        runs: made.map((m) => ({
          key: m.key,
          runId: m.runId,
          orders: m.result.customers,
          amountColumn: m.result.orders?.amountColumn ?? null,
          segments: m.result.segments.map((s) => ({
            key: s.key,
            name: s.name[lang],
            orders: s.customers,
            revenue: s.revenue,
          })),
          files: m.files.map((f) => f.path),
        })),
        pdf: service.canPrintPdf && pdfErrors.length === 0,
      })}\n`,
    );
  } else {
    const lines = [kindLine(dataset.kind, dataset.source.kindDecision), reason];
    if (made[0]) lines.push(amountLine(made[0].result, lang));
    for (const m of made) {
      lines.push(t('orderSegments.facts', { orders: m.result.customers, segments: m.result.segments.length }));
      for (const s of m.result.segments) lines.push(`  ${s.name[lang]}\t${s.customers}`);
      for (const f of m.files) lines.push(`wrote ${f.path}`);
    }
    io.out(`${lines.join('\n')}\n`);
  }
  if (!service.canPrintPdf && options.pdf)
    io.err(
      'note: no Chrome or Chromium was found, so no report PDF; open the HTML reports and print them, or pass --chromium PATH\n',
    );
  else if (pdfErrors.length > 0)
    io.err(`note: a report PDF could not be printed (${pdfErrors[0]}); open its HTML report and print it\n`);
}
