import type { DatasetInfo } from '../../../shared/schemas';
import type { JobContext } from '../protocol';
import type { InspectResult } from '../../../shared/import-settings';
import type { ColumnStats, JoinStats } from '../../../shared/explore';
import { matchDatasets, type MatchDatasetsInput } from './match-datasets';
import { appendDataset, type AppendDatasetInput } from './append-dataset';
import {
  addColumn,
  dropColumn,
  previewColumn,
  type AddColumnInput,
  type DropColumnInput,
  type PreviewColumnInput,
} from './add-column';
import type { CalcPreview } from '../../../shared/calc/calculated-column';
import { datasetPage, datasetStats, type DatasetPageInput, type DatasetStatsInput } from './dataset-page';
import { importDataset, type ImportDatasetInput } from './import-dataset';
import { inspectFile, type InspectFileInput } from './inspect-file';
import { createRun, type CreateRunInput } from './create-run';
import { runPage, type RunPageInput } from './run-page';
import {
  exportColumns,
  exportMembers,
  exportSummary,
  reportHtml,
  type ExportColumnsInput,
  type ExportMembersInput,
  type ExportSummaryInput,
  type ReportHtmlInput,
} from './export-run';
import type { ExportColumn, ExportResult } from '../../../shared/exports';
import type { ChooseKResult } from '../../../shared/cluster';
import { chooseKJob, type ChooseKInput } from './choose-k';
import { campaignJob, type CampaignInput } from './campaign-job';
import { compareRuns, type CompareRunsInput } from './compare-runs';
import type { CampaignResultsInfo } from '../../../shared/campaign';
import type { CompareResult } from '../../../shared/compare';
import {
  liveRuleCounts,
  ruleBands,
  ruleFields,
  type RuleBandsInput,
  type RuleCountsInput,
  type RuleFieldsInput,
} from './rule-builder';
import type { RuleFieldInfo, RuleTemplateInfo, SegmentRule } from '../../../shared/segments';
import type { RunInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { exportMoves, type ExportMovesInput } from './export-moves';
import { pickGroups, type PickGroupsInput, type PickGroupsResult } from './pick-groups';
import { overviewJob, type OverviewInput } from './overview-job';
import type { Overview } from '../../../shared/overview';
import { overviewReportJob, type OverviewReportInput } from './overview-report-job';
import { basketJob, type BasketInput } from './basket-job';
import { listMembers, type ListMembersInput, type ListMembersResult } from './list-members';
import { productsRun, type ProductsRunInput } from './products-run';
import type { BasketResult, RunProducts } from '../../../shared/products';
import { exportPreset, presetCheck, type PresetCheckInput, type PresetExportInput } from './export-preset';
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

export const jobs: {
  [K in JobKind]: (input: JobTypes[K]['input'], ctx: JobContext) => Promise<JobTypes[K]['result']>;
} = {
  'dataset:import': importDataset,
  'dataset:inspect': inspectFile,
  'dataset:page': datasetPage,
  'dataset:stats': datasetStats,
  'dataset:match': matchDatasets,
  'dataset:append': appendDataset,
  'dataset:addColumn': addColumn,
  'dataset:previewColumn': previewColumn,
  'dataset:dropColumn': dropColumn,
  'run:create': createRun,
  'run:page': runPage,
  'rules:fields': ruleFields,
  'rules:counts': liveRuleCounts,
  'rules:bands': ruleBands,
  'export:columns': exportColumns,
  'export:members': exportMembers,
  'export:summary': exportSummary,
  'report:html': reportHtml,
  'cluster:chooseK': chooseKJob,
  'run:compare': compareRuns,
  'campaign:results': campaignJob,
  'run:exportMoves': exportMoves,
  'campaign:pickGroups': pickGroups,
  'overview:get': overviewJob,
  'overview:report': overviewReportJob,
  'basket:rules': basketJob,
  'lists:members': listMembers,
  'products:run': productsRun,
  'export:presetCheck': presetCheck,
  'export:preset': exportPreset,
};
