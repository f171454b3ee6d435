import type { DatasetInfo } from '../../../shared/schemas';
import type { JobContext } from '../protocol';
import type { InspectResult } from '../../../shared/import-settings';
import type { ColumnStats, JoinStats } from '../../../shared/explore';
import type { MatchDatasetsInput } from './match-datasets';
import type { AppendDatasetInput } from './append-dataset';
import type { AddColumnInput, DropColumnInput, PreviewColumnInput } from './add-column';
import type { CalcPreview } from '../../../shared/calc/calculated-column';
import type { DatasetPageInput, DatasetStatsInput } from './dataset-page';
import type { ImportDatasetInput } from './import-input';
import type { InspectFileInput } from './inspect-file';
import type { CreateRunInput } from './create-run';
import type { RunPageInput } from './run-page';
import type { ExportColumnsInput, ExportMembersInput, ExportSummaryInput, ReportHtmlInput } from './export-run';
import type { ExportSqlInput } from './export-sql';
import type { ExportColumn, ExportResult } from '../../../shared/exports';
import type { ChooseKResult } from '../../../shared/cluster';
import type { ChooseKInput } from './choose-k';
import type { CampaignInput } from './campaign-job';
import type { CompareRunsInput } from './compare-runs';
import type { CampaignResultsInfo } from '../../../shared/campaign';
import type { CompareResult } from '../../../shared/compare';
import type { RuleBandsInput, RuleCountsInput, RuleFieldsInput } from './rule-builder';
import type { RuleFieldInfo, RuleTemplateInfo, SegmentRule } from '../../../shared/segments';
import type { RunInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import type { ExportMovesInput } from './export-moves';
import type { PickGroupsInput, PickGroupsResult } from './pick-groups';
import type { OverviewInput } from './overview-job';
import type { Overview } from '../../../shared/overview';
import type { OverviewReportInput } from './overview-report-job';
import type { BasketInput } from './basket-job';
import type { ListMembersInput, ListMembersResult } from './list-members';
import type { ProductsRunInput } from './products-run';
import type { BasketResult, RunProducts } from '../../../shared/products';
import type { PresetCheckInput, PresetExportInput } from './export-preset';
import type { PresetCheck } from '../../../shared/contract/preset-requests';
import type { PresetResult } from '../../../shared/presets';

/** Every kind of job the worker runs, with its input and result types. */
export interface JobTypes {
  'dataset:import': { input: ImportDatasetInput; result: DatasetInfo };
  'dataset:inspect': { input: InspectFileInput; result: InspectResult };
  'dataset:page': { input: DatasetPageInput; result: { total: number; arrow: Uint8Array } };
  'dataset:stats': { input: DatasetStatsInput; result: ColumnStats[] };
  'dataset:match': { input: MatchDatasetsInput; result: JoinStats };
  'dataset:append': { input: AppendDatasetInput; result: DatasetInfo };
  'dataset:addColumn': { input: AddColumnInput; result: DatasetInfo };
  'dataset:previewColumn': { input: PreviewColumnInput; result: CalcPreview };
  'dataset:dropColumn': { input: DropColumnInput; result: DatasetInfo };
  'run:create': { input: CreateRunInput; result: { run: RunInfo; result: RunResult } };
  'run:page': { input: RunPageInput; result: { total: number; arrow: Uint8Array } };
  'rules:fields': {
    input: RuleFieldsInput;
    result: { customers: number; fields: RuleFieldInfo[]; templates: RuleTemplateInfo[] };
  };
  'rules:counts': { input: RuleCountsInput; result: { counts: number[]; others: number } };
  'rules:bands': { input: RuleBandsInput; result: { rules: SegmentRule[] } };
  'export:columns': { input: ExportColumnsInput; result: ExportColumn[] };
  'export:members': { input: ExportMembersInput; result: ExportResult };
  'export:summary': { input: ExportSummaryInput; result: ExportResult };
  'export:sql': { input: ExportSqlInput; result: ExportResult };
  'report:html': { input: ReportHtmlInput; result: string };
  'cluster:chooseK': { input: ChooseKInput; result: ChooseKResult };
  'run:compare': { input: CompareRunsInput; result: CompareResult };
  'campaign:results': { input: CampaignInput; result: CampaignResultsInfo };
  'run:exportMoves': { input: ExportMovesInput; result: { bytes: Uint8Array; rows: number } };
  'campaign:pickGroups': { input: PickGroupsInput; result: PickGroupsResult };
  'overview:get': { input: OverviewInput; result: Overview };
  'overview:report': { input: OverviewReportInput; result: string };
  'basket:rules': { input: BasketInput; result: BasketResult };
  'lists:members': { input: ListMembersInput; result: ListMembersResult };
  'products:run': { input: ProductsRunInput; result: RunProducts };
  'export:presetCheck': { input: PresetCheckInput; result: PresetCheck };
  'export:preset': { input: PresetExportInput; result: PresetResult };
}

export type JobKind = keyof JobTypes;

/** A job: its input and the worker's context in, its result out. */
export type Job<K extends JobKind> = (input: JobTypes[K]['input'], ctx: JobContext) => Promise<JobTypes[K]['result']>;

/**
 * Each job's code, loaded the first time the job runs (its own chunk of the build): a worker
 * that only imports never loads the report's charts (echarts, 2.6 MB), the clustering or the models.
 */
export const jobs: { [K in JobKind]: () => Promise<Job<K>> } = {
  'dataset:import': async () => (await import('./import-dataset')).importDataset,
  'dataset:inspect': async () => (await import('./inspect-file')).inspectFile,
  'dataset:page': async () => (await import('./dataset-page')).datasetPage,
  'dataset:stats': async () => (await import('./dataset-page')).datasetStats,
  'dataset:match': async () => (await import('./match-datasets')).matchDatasets,
  'dataset:append': async () => (await import('./append-dataset')).appendDataset,
  'dataset:addColumn': async () => (await import('./add-column')).addColumn,
  'dataset:previewColumn': async () => (await import('./add-column')).previewColumn,
  'dataset:dropColumn': async () => (await import('./add-column')).dropColumn,
  'run:create': async () => (await import('./create-run')).createRun,
  'run:page': async () => (await import('./run-page')).runPage,
  'rules:fields': async () => (await import('./rule-builder')).ruleFields,
  'rules:counts': async () => (await import('./rule-builder')).liveRuleCounts,
  'rules:bands': async () => (await import('./rule-builder')).ruleBands,
  'export:columns': async () => (await import('./export-run')).exportColumns,
  'export:members': async () => (await import('./export-run')).exportMembers,
  'export:summary': async () => (await import('./export-run')).exportSummary,
  'export:sql': async () => (await import('./export-sql')).exportSql,
  'report:html': async () => (await import('./export-run')).reportHtml,
  'cluster:chooseK': async () => (await import('./choose-k')).chooseKJob,
  'run:compare': async () => (await import('./compare-runs')).compareRuns,
  'campaign:results': async () => (await import('./campaign-job')).campaignJob,
  'run:exportMoves': async () => (await import('./export-moves')).exportMoves,
  'campaign:pickGroups': async () => (await import('./pick-groups')).pickGroups,
  'overview:get': async () => (await import('./overview-job')).overviewJob,
  'overview:report': async () => (await import('./overview-report-job')).overviewReportJob,
  'basket:rules': async () => (await import('./basket-job')).basketJob,
  'lists:members': async () => (await import('./list-members')).listMembers,
  'products:run': async () => (await import('./products-run')).productsRun,
  'export:presetCheck': async () => (await import('./export-preset')).presetCheck,
  'export:preset': async () => (await import('./export-preset')).exportPreset,
};
