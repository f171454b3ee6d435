import { AppError } from '../../../shared/errors';
import { featureSettings } from '../../../shared/segments';
import type { Table } from 'apache-arrow';
import { basename } from 'node:path';
import type {
  ExportColumn,
  ExportResult,
  MembersExport,
  Paper,
  ReportSettings,
  SummaryExport,
} from '../../../shared/exports';
import type { DatasetInfo, Language } from '../../../shared/schemas';
import { memberColumns, type SourceColumn } from '../../engine/report/member-columns';
import { membersExport, summaryExport } from '../../engine/report/members-export';
import { writeExport } from '../../io/write-export';
import { revenueConcentration } from '../../engine/report/revenue-concentration';
import { columnArrays } from '../../engine/table/column-arrays';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { loadCustomerData } from './customer-data';
import { loadOrderData } from './order-data';
import { orderListColumns } from '../../engine/report/order-list-columns';
import { compareRuns } from './compare-runs';
import { loadRun, type RunRef } from './load-run';
import { comparisonOf } from '../../engine/monitor/comparison';
import { reportOverview } from './report-overview';
import { reportProducts } from './report-products';
import { keptListRows } from './list-members';

/** Every column a run's members can be exported with, and each member's segment. */
export function sourceOf(ref: RunRef, lang: Language, ctx: JobContext) {
  const loaded = loadRun(ref, ctx);
  const { info, table } = loadDataset(ref.workspacePath, loaded.run.datasetId, ctx.config);
  const columns =
    loaded.result.model === 'orders'
      ? orderListColumns({
          ...loaded,
          lang,
          currency: info.currency,
          orders: loadOrderData(ref.workspacePath, info.id, ctx).orders.table,
          dataset: { table, roles: info.roles },
        })
      : customerColumns(ref, loaded, info, table, lang, ctx);
  const numbers = (name: string) => {
    const index = loaded.members.schema.fields.findIndex((f) => f.name === name);
    const arrays = index < 0 ? null : columnArrays(loaded.members, index);
    return arrays?.type === 'number' ? arrays.values : null;
  };
  return {
    ...loaded,
    info,
    columns,
    segmentOf: numbers('segment') ?? new Float64Array(loaded.members.numRows),
    churnRisk: numbers('churnRisk'),
  };
}

/** A customer run's member columns: its own values, customer features, the customers' attributes. */
function customerColumns(
  ref: RunRef,
  loaded: ReturnType<typeof loadRun>,
  info: DatasetInfo,
  table: Table,
  lang: Language,
  ctx: JobContext,
) {
  const customers =
    info.kind === 'customers'
      ? loadDataset(ref.workspacePath, info.id, ctx.config)
      : info.customersDatasetId !== null
        ? loadDataset(ref.workspacePath, info.customersDatasetId, ctx.config)
        : null;
  // Features the run's own columns lack (a rules run keeps only the fields its rules test).
  const features =
    info.kind === 'transactions'
      ? loadCustomerData(
          ref.workspacePath,
          info.id,
          { ...featureSettings(loaded.spec), analysisDate: loaded.result.analysisDate || undefined },
          ref.now,
          ctx,
        ).table
      : null;
  return memberColumns({
    members: loaded.members,
    result: loaded.result,
    notes: loaded.notes,
    lang,
    currency: info.currency,
    features,
    attributes: customers ? { table: customers.table, roles: customers.info.roles } : null,
    transactions: info.kind === 'transactions' ? { table, roles: info.roles } : null,
  });
}

const describe = (c: SourceColumn): ExportColumn => ({
  key: c.key,
  group: c.group,
  label: c.label,
  kind: c.kind,
  personal: c.personal,
  standard: c.standard,
});

export type ExportColumnsInput = RunRef;

/** The columns a run's members can be exported with (for the export dialog). */
export async function exportColumns(input: ExportColumnsInput, ctx: JobContext): Promise<ExportColumn[]> {
  return sourceOf(input, 'en', ctx).columns.map(describe);
}

export interface ExportMembersInput extends RunRef {
  options: MembersExport;
  filePath: string;
}

/** Writes a run's members (chosen segments and columns) to a CSV or XLSX file. */
export async function exportMembers(input: ExportMembersInput, ctx: JobContext): Promise<ExportResult> {
  ctx.progress(0, { key: 'exportReading', params: {} });
  const { listId } = input.options;
  const listRows = listId === undefined ? null : await keptListRows(input, listId, ctx);
  const source = { ...sourceOf(input, input.options.lang, ctx), listRows };
  ctx.throwIfCancelled();
  ctx.progress(0.4, { key: 'exportWriting', params: { file: basename(input.filePath) } });
  const parts = membersExport(source, input.options, ctx.config.xlsxSheetRows);
  const written = await writeExport(input.filePath, parts, () => ctx.throwIfCancelled());
  return { path: input.filePath, fileName: basename(input.filePath), ...written };
}

export interface ExportSummaryInput extends RunRef {
  options: SummaryExport;
  filePath: string;
}

/** Writes a run's segment summary to a CSV or XLSX file. */
export async function exportSummary(input: ExportSummaryInput, ctx: JobContext): Promise<ExportResult> {
  const { result, notes, currency } = loadRun(input, ctx);
  const written = await writeExport(input.filePath, summaryExport(result, notes, currency, input.options));
  return { path: input.filePath, fileName: basename(input.filePath), ...written };
}

export interface ReportHtmlInput extends RunRef {
  lang: Language;
  paper: Paper;
  appVersion: string;
  workspaceName: string;
  demo: boolean;
  settings: ReportSettings;
  /** The run's dataset's codes that are not products (for what each segment buys). */
  nonProducts: string[];
}

/** How much of the revenue the top fifth of customers bring, from each member's spend (when the run keeps it). */
function concentrationOf(members: Table) {
  const index = members.schema.fields.findIndex((f) => f.name === 'monetary');
  if (index < 0) return null;
  const spend = columnArrays(members, index);
  return spend.type === 'number' ? revenueConcentration(spend.values) : null;
}

/** The first and last order date of a transactions dataset (UTC ms). */
function orderDates(info: DatasetInfo, table: Table): { from: number; to: number } | null {
  const index = info.roles.orderDate ? table.schema.fields.findIndex((f) => f.name === info.roles.orderDate) : -1;
  if (index < 0) return null;
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'number') return null;
  let from = Infinity;
  let to = -Infinity;
  for (const v of arrays.values) {
    if (v < from) from = v;
    if (v > to) to = v;
  }
  return from <= to ? { from, to } : null;
}

/** The customer fields that hold dates: the purchase-date features and the date columns of the data and its linked customers. */
function dateFields(info: DatasetInfo, linked: DatasetInfo | null): string[] {
  const columns = [...info.columns, ...(linked?.columns ?? [])];
  return [
    'firstPurchase',
    'lastPurchase',
    ...columns.filter((c) => c.spec.kind === 'date' || c.spec.kind === 'datetime').map((c) => c.name),
  ];
}

/** The run compared with the run it re-applies, when it is one and that run is still in the workspace. */
async function baseComparison(ref: RunRef, basedOn: number | undefined, ctx: JobContext) {
  if (basedOn === undefined) return null;
  let base: ReturnType<typeof loadRun>;
  try {
    base = loadRun({ ...ref, runId: basedOn }, ctx);
  } catch {
    return null; // the run it was based on has been deleted
  }
  try {
    const { migration, kpis } = await compareRuns(
      { workspacePath: ref.workspacePath, fromRunId: basedOn, toRunId: ref.runId },
      ctx,
    );
    return { base: { run: base.run, result: base.result }, comparison: comparisonOf(migration, kpis) };
  } catch (err) {
    // Re-applied to an earlier day: there are no "after" periods to report.
    if (err instanceof AppError && err.code === 'E_BAD_SPEC') return null;
    throw err;
  }
}

/** A run's report as one standalone HTML document (charts as SVG, the CJK font embedded). */
export async function reportHtml(input: ReportHtmlInput, ctx: JobContext): Promise<string> {
  ctx.progress(0, { key: 'reportMaking', params: {} });
  // The renderer and its charts (echarts, 2.6 MB) load with the first report, not with every export.
  const [{ renderReport }, { fontFaceCss }] = await Promise.all([
    import('../../engine/report/render-report'),
    import('../report-fonts'),
  ]);
  const loaded = loadRun(input, ctx, true);
  const { info, table } = loadDataset(input.workspacePath, loaded.run.datasetId, ctx.config);
  ctx.throwIfCancelled();
  return renderReport(
    {
      lang: input.lang,
      paper: input.paper,
      generatedAt: input.now,
      appVersion: input.appVersion,
      workspaceName: input.workspaceName,
      demo: input.demo,
      dataset: info,
      dateRange: orderDates(info, table),
      fingerprint: loaded.fingerprint,
      dateFields: dateFields(
        info,
        info.customersDatasetId !== null
          ? loadDataset(input.workspacePath, info.customersDatasetId, ctx.config).info
          : null,
      ),
      run: loaded.run,
      spec: loaded.spec,
      result: loaded.result,
      notes: loaded.notes,
      comparison: await baseComparison(input, loaded.spec.basedOn, ctx),
      campaigns: loaded.campaigns,
      settings: input.settings,
      concentration: concentrationOf(loaded.members),
      overview: reportOverview(input.workspacePath, info, loaded.result.analysisDate, ctx),
      products: await reportProducts(input, ctx),
    },
    fontFaceCss,
  );
}
