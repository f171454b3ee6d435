import type { AppInfo } from '../../shared/schemas';
import { JobHost } from '../worker/job-host';
import { CampaignService } from './campaign-service';
import { DatasetService } from './dataset-service';
import { ExportService } from './export-service';
import { FileTokens } from './file-tokens';
import { PresetService } from './preset-service';
import { productArea, type ProductArea } from './product-area';
import { RunService } from './run-service';
import { ServiceContext } from './service-context';
import type { ServiceDeps } from './service-deps';
import type { SettingsFile } from './settings-file';
import { WorkspaceOpener } from './workspace-opener';
import { WorkspaceSession } from './workspace-session';
import { workerConfig } from './worker-config';

export type { Dialogs, PrintPdf, ServiceDeps } from './service-deps';
export { exportFileName } from './export-file-name';
export { DEMO_DATA_FILE, DEMO_WORKSPACE_FILE } from './workspace-session';

/**
 * The service behind every request (IPC, the test bridge, the CLI); plain Node. One facade over its parts (session, file
 * tokens, dataset, run, campaign, export and product services) sharing one context (store, jobs, clock, dialogs, translator).
 */
export class WorkspaceService {
  readonly jobs: JobHost;
  private readonly ctx: ServiceContext;
  private readonly session: WorkspaceSession;
  private readonly files = new FileTokens();
  private readonly datasets: DatasetService;
  private readonly runs: RunService;
  private readonly campaigns: CampaignService;
  private readonly exports: ExportService;
  private readonly opener: WorkspaceOpener;
  readonly shop: ProductArea;
  readonly presets: PresetService;

  constructor(private readonly deps: ServiceDeps) {
    this.jobs = new JobHost({ workerPath: deps.workerPath, config: workerConfig(deps), emit: deps.emit });
    this.ctx = new ServiceContext(deps, this.jobs, () => this.session.store);
    this.session = new WorkspaceSession(this.ctx);
    this.datasets = new DatasetService(this.ctx, this.session, this.files);
    this.runs = new RunService(this.ctx);
    this.campaigns = new CampaignService(this.ctx, this.files);
    this.exports = new ExportService(this.ctx, this.session);
    this.shop = productArea(this.ctx, () => this.session.language());
    this.presets = new PresetService(this.ctx, this.files);
    this.opener = new WorkspaceOpener(deps, this.session, this.runs, this.files);
  }

  appInfo(): AppInfo {
    const { appVersion, systemLocale, platform } = this.deps;
    return { name: 'SegmentDesk', version: appVersion, systemLocale, platform, dataDir: this.deps.stateDir };
  }

  get settingsFile(): SettingsFile {
    return this.session.settings;
  }
  /** Whether reports can be printed to PDF here. */
  get canPrintPdf(): boolean {
    return this.exports.canPrintPdf;
  }
  // File tokens: the renderer never names paths.
  registerFile(filePath: string): { token: string; fileName: string } {
    return this.files.register(filePath);
  }
  dropFile(filePath: string): { token: string; fileName: string } {
    return this.files.drop(filePath);
  }
  forgetImport = (token: string): void => this.files.forget(token);

  // The session: settings, open / create / close, copies, recent files, the demo.
  getSettings(...args: Parameters<WorkspaceSession['getSettings']>) {
    return this.session.getSettings(...args);
  }
  setLanguage(...args: Parameters<WorkspaceSession['setLanguage']>) {
    return this.session.setLanguage(...args);
  }
  current(...args: Parameters<WorkspaceSession['current']>) {
    return this.session.current(...args);
  }
  createAt(...args: Parameters<WorkspaceSession['createAt']>) {
    return this.session.createAt(...args);
  }
  openAt(...args: Parameters<WorkspaceOpener['openAt']>) {
    return this.opener.openAt(...args);
  }
  copyWorkspaceTo(...args: Parameters<WorkspaceSession['copyWorkspaceTo']>) {
    return this.session.copyWorkspaceTo(...args);
  }
  saveAs(...args: Parameters<WorkspaceSession['saveAs']>) {
    return this.session.saveAs(...args);
  }
  duplicate(...args: Parameters<WorkspaceSession['duplicate']>) {
    return this.session.duplicate(...args);
  }
  newWorkspace(...args: Parameters<WorkspaceSession['newWorkspace']>) {
    return this.session.newWorkspace(...args);
  }
  openWorkspace() {
    return this.opener.openWorkspace();
  }
  openRecent(...args: Parameters<WorkspaceSession['openRecent']>) {
    return this.session.openRecent(...args);
  }
  openDemo(jobId: string) {
    return this.opener.openDemo(jobId);
  }
  close(...args: Parameters<WorkspaceSession['close']>) {
    return this.session.close(...args);
  }
  recent(...args: Parameters<WorkspaceSession['recent']>) {
    return this.session.recent(...args);
  }
  forgetRecent(...args: Parameters<WorkspaceSession['forgetRecent']>) {
    return this.session.forgetRecent(...args);
  }

  // Datasets (DatasetService).
  chooseImport(...args: Parameters<DatasetService['chooseImport']>) {
    return this.datasets.chooseImport(...args);
  }
  inspectImport(...args: Parameters<DatasetService['inspectImport']>) {
    return this.datasets.inspectImport(...args);
  }
  runImport(...args: Parameters<DatasetService['runImport']>) {
    this.ctx.requireWritable();
    return this.datasets.runImport(...args);
  }
  appendImport(...args: Parameters<DatasetService['appendImport']>) {
    this.ctx.requireWritable();
    return this.datasets.appendImport(...args);
  }
  importFile(...args: Parameters<DatasetService['importFile']>) {
    this.ctx.requireWritable();
    return this.datasets.importFile(...args);
  }
  page(...args: Parameters<DatasetService['page']>) {
    return this.datasets.page(...args);
  }
  stats(...args: Parameters<DatasetService['stats']>) {
    return this.datasets.stats(...args);
  }
  linkCustomers(...args: Parameters<DatasetService['linkCustomers']>) {
    this.ctx.requireWritable();
    return this.datasets.linkCustomers(...args);
  }
  customerMatch(...args: Parameters<DatasetService['customerMatch']>) {
    return this.datasets.customerMatch(...args);
  }
  renameDataset(...args: Parameters<DatasetService['renameDataset']>) {
    this.ctx.requireWritable();
    return this.datasets.renameDataset(...args);
  }
  setDatasetCurrency(...args: Parameters<DatasetService['setDatasetCurrency']>) {
    this.ctx.requireWritable();
    return this.datasets.setDatasetCurrency(...args);
  }
  // Meanings after import (a change checks that the workspace may be written).
  readonly changeColumn: DatasetService['changeColumn'] = (...a) => this.datasets.changeColumn(...a);
  readonly datasetChanges: DatasetService['datasetChanges'] = (...a) => this.datasets.datasetChanges(...a);
  deleteDataset(...args: Parameters<DatasetService['deleteDataset']>) {
    this.ctx.requireWritable();
    return this.datasets.deleteDataset(...args);
  }
  // Calculated columns (adding and removing check that the workspace may be written).
  readonly previewColumn: DatasetService['previewColumn'] = (...a) => this.datasets.previewColumn(...a);
  readonly addColumn: DatasetService['addColumn'] = (...a) => this.datasets.addColumn(...a);
  readonly dropColumn: DatasetService['dropColumn'] = (...a) => this.datasets.dropColumn(...a);
  ruleFields(...args: Parameters<DatasetService['ruleFields']>) {
    return this.datasets.ruleFields(...args);
  }
  ruleCounts(...args: Parameters<DatasetService['ruleCounts']>) {
    return this.datasets.ruleCounts(...args);
  }
  ruleBands(...args: Parameters<DatasetService['ruleBands']>) {
    return this.datasets.ruleBands(...args);
  }
  readonly chooseK: DatasetService['chooseK'] = (...a) => this.datasets.chooseK(...a);
  readonly overview: DatasetService['overview'] = (...a) => this.datasets.overview(...a);
  readonly exportOverview: ExportService['exportOverview'] = (...a) => this.exports.exportOverview(...a);

  // Runs (RunService).
  createRun(...args: Parameters<RunService['createRun']>) {
    this.ctx.requireWritable();
    return this.runs.createRun(...args);
  }
  reapplyRun(...args: Parameters<RunService['reapplyRun']>) {
    this.ctx.requireWritable();
    return this.runs.reapplyRun(...args);
  }
  compareRuns(...args: Parameters<RunService['compareRuns']>) {
    return this.runs.compareRuns(...args);
  }
  comparison(...args: Parameters<RunService['comparison']>) {
    return this.runs.comparison(...args);
  }
  runDetails(...args: Parameters<RunService['runDetails']>) {
    return this.runs.runDetails(...args);
  }
  runMembersPage(...args: Parameters<RunService['runMembersPage']>) {
    return this.runs.runMembersPage(...args);
  }
  setSegmentNote(...args: Parameters<RunService['setSegmentNote']>) {
    this.ctx.requireWritable();
    return this.runs.setSegmentNote(...args);
  }
  runMembers(...args: Parameters<RunService['runMembers']>) {
    return this.runs.runMembers(...args);
  }
  renameRun(...args: Parameters<RunService['renameRun']>) {
    this.ctx.requireWritable();
    return this.runs.renameRun(...args);
  }
  deleteRun(...args: Parameters<RunService['deleteRun']>) {
    this.ctx.requireWritable();
    return this.runs.deleteRun(...args);
  }

  // Campaigns (CampaignService).
  campaignResults(...args: Parameters<CampaignService['campaignResults']>) {
    return this.campaigns.campaignResults(...args);
  }
  campaignResultsOf(...args: Parameters<CampaignService['campaignResultsOf']>) {
    return this.campaigns.campaignResultsOf(...args);
  }
  saveCampaign(...args: Parameters<CampaignService['saveCampaign']>) {
    this.ctx.requireWritable();
    return this.campaigns.saveCampaign(...args);
  }
  savedCampaigns(...args: Parameters<CampaignService['savedCampaigns']>) {
    return this.campaigns.savedCampaigns(...args);
  }
  pickGroups(...args: Parameters<CampaignService['pickGroups']>) {
    return this.campaigns.pickGroups(...args);
  }
  writeGroupLists(...args: Parameters<CampaignService['writeGroupLists']>) {
    return this.campaigns.writeGroupLists(...args);
  }

  // Exports (ExportService).
  exportColumns(...args: Parameters<ExportService['exportColumns']>) {
    return this.exports.exportColumns(...args);
  }
  exportMembers(...args: Parameters<ExportService['exportMembers']>) {
    return this.exports.exportMembers(...args);
  }
  exportMembersTo(...args: Parameters<ExportService['exportMembersTo']>) {
    return this.exports.exportMembersTo(...args);
  }
  exportSummary(...args: Parameters<ExportService['exportSummary']>) {
    return this.exports.exportSummary(...args);
  }
  exportSummaryTo(...args: Parameters<ExportService['exportSummaryTo']>) {
    return this.exports.exportSummaryTo(...args);
  }
  exportSql(...args: Parameters<ExportService['exportSql']>) {
    return this.exports.exportSql(...args);
  }
  exportSqlTo(...args: Parameters<ExportService['exportSqlTo']>) {
    return this.exports.exportSqlTo(...args);
  }
  reportSettings(...args: Parameters<ExportService['reportSettings']>) {
    return this.exports.reportSettings(...args);
  }
  saveReportSettings(...args: Parameters<ExportService['saveReportSettings']>) {
    return this.exports.saveReportSettings(...args);
  }
  chooseLogo() {
    return this.exports.chooseLogo();
  }
  reportHtml(...args: Parameters<ExportService['reportHtml']>) {
    return this.exports.reportHtml(...args);
  }
  exportReport(...args: Parameters<ExportService['exportReport']>) {
    return this.exports.exportReport(...args);
  }
  exportReportTo(...args: Parameters<ExportService['exportReportTo']>) {
    return this.exports.exportReportTo(...args);
  }
  exportMoves(...args: Parameters<ExportService['exportMoves']>) {
    return this.exports.exportMoves(...args);
  }
  saveChart(...args: Parameters<ExportService['saveChart']>) {
    return this.exports.saveChart(...args);
  }
  cancelJob(jobId: string): boolean {
    return this.jobs.cancel(jobId);
  }

  async dispose(): Promise<void> {
    await this.session.closeStore();
    await this.jobs.dispose();
  }
}
