import type { AddColumnRequest, CalcDefinition, CalcPreview } from '../../shared/calc/calculated-column';
import { AppError } from '../../shared/errors';
import type { ChooseKResult, ClusterSpec } from '../../shared/cluster';
import type { ColumnStats, JoinStats, PageQuery } from '../../shared/explore';
import { PREVIEW_ROWS, type ImportSettings, type InspectResult } from '../../shared/import-settings';
import type { Overview, OverviewPeriod } from '../../shared/overview';
import type { DatasetInfo } from '../../shared/schemas';
import type { BandsRequest, RuleFieldInfo, RuleTemplateInfo, SegmentRule } from '../../shared/segments';
import type { ColumnChange } from '../../shared/column-change';
import type { DatasetChangeRecord } from '../../shared/dataset-changes';
import { changeColumn } from '../store/change-column';
import { datasetChanges } from '../store/dataset-changes';
import type { FileTokens } from './file-tokens';
import { placeMissingRole } from './missing-role-place';
import { sameFile } from './same-file';
import type { ServiceContext } from './service-context';
import type { WorkspaceSession } from './workspace-session';

/** Datasets: import, append, pages and statistics, links to customers, and what the rule builder and choose-k read from them. */
export class DatasetService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly session: WorkspaceSession,
    private readonly files: FileTokens,
  ) {}

  /** The import dialog: a data file for the wizard. */
  async chooseImport(): Promise<{ token: string; fileName: string } | null> {
    this.ctx.requireStore();
    const filePath = await this.ctx.deps.dialogs.chooseDataFile();
    return filePath ? this.files.register(filePath) : null;
  }

  /**
   * What an import of the chosen file would do, from its first rows (the wizard's preview) or
   * from every row (maxRows null: the check, the CLI), and whether the open workspace already
   * holds a dataset imported from the same file.
   */
  async inspectImport(
    token: string,
    settings: ImportSettings,
    jobId?: string,
    maxRows: number | null = PREVIEW_ROWS,
  ): Promise<InspectResult> {
    const { filePath, now, fallbackCurrency } = this.session.importInput('', this.files.path(token), settings);
    const result = await this.ctx.jobs.run(
      'dataset:inspect',
      { filePath, settings, now, fallbackCurrency, maxRows: maxRows ?? undefined, previewRows: 100 },
      jobId,
    );
    const earlier = sameFile(this.ctx.currentStore()?.listDatasets() ?? [], { name: result.fileName, ...result.file });
    return {
      ...result,
      alreadyImported: earlier && { datasetId: earlier.id, name: earlier.name, createdAt: earlier.createdAt },
    };
  }

  /** Imports the chosen file into the open workspace with the wizard's settings. */
  runImport(token: string, settings: ImportSettings, jobId?: string): Promise<DatasetInfo> {
    const store = this.ctx.requireStore();
    return this.ctx.jobs.run(
      'dataset:import',
      this.session.importInput(store.path, this.files.path(token), settings),
      jobId,
    );
  }

  /** Appends the chosen file (a newer export) to a transactions dataset with the dataset's mapping. */
  appendImport(token: string, datasetId: number, settings: ImportSettings, jobId?: string): Promise<DatasetInfo> {
    const { workspacePath } = this.datasetRef(datasetId);
    const input = this.session.importInput(workspacePath, this.files.path(token), settings);
    const { filePath, now, fallbackCurrency } = input;
    return this.ctx.jobs.run(
      'dataset:append',
      { workspacePath, filePath, datasetId, settings, now, fallbackCurrency },
      jobId,
    );
  }

  /** Imports a file named on the command line (or in a test) straight away. */
  importFile(filePath: string, settings: ImportSettings = {}, jobId?: string): Promise<DatasetInfo> {
    return this.runImport(this.files.register(filePath).token, settings, jobId);
  }

  /** One page of a dataset's rows (sorted and searched in the worker) as Arrow IPC bytes. */
  page(datasetId: number, query: PageQuery): Promise<{ total: number; arrow: Uint8Array }> {
    return this.ctx.jobs.run('dataset:page', { ...this.datasetRef(datasetId), query });
  }

  async stats(datasetId: number): Promise<{ columns: ColumnStats[] }> {
    return { columns: await this.ctx.jobs.run('dataset:stats', this.datasetRef(datasetId)) };
  }

  /** Joins a transactions dataset to a customers dataset on customer id; returns how they match. */
  async linkCustomers(
    datasetId: number,
    customersId: number | null,
  ): Promise<{ dataset: DatasetInfo; match: JoinStats | null }> {
    const { workspacePath } = this.datasetRef(datasetId);
    const store = this.ctx.requireStore();
    if (customersId === null) return { dataset: store.linkCustomers(datasetId, null), match: null };
    const customers = this.ctx.requireDataset(customersId);
    const match = await this.ctx.jobs.run('dataset:match', {
      workspacePath,
      transactionsId: datasetId,
      customersId: customers.id,
    });
    return { dataset: store.linkCustomers(datasetId, customers.id), match };
  }

  /** How a transactions dataset matches its linked customers dataset, if it has one. */
  async customerMatch(datasetId: number): Promise<JoinStats | null> {
    const { customersDatasetId } = this.ctx.requireDataset(datasetId);
    if (customersDatasetId === null) return null;
    return this.ctx.jobs.run('dataset:match', {
      workspacePath: this.ctx.requireStore().path,
      transactionsId: datasetId,
      customersId: customersDatasetId,
    });
  }

  renameDataset(datasetId: number, name: string): DatasetInfo {
    return this.ctx.requireStore().renameDataset(datasetId, name);
  }

  /** The currency a dataset's money is shown in (detected at import; the user may correct it). */
  setDatasetCurrency(datasetId: number, currency: string): DatasetInfo {
    return this.ctx.requireStore().setDatasetCurrency(datasetId, currency);
  }

  /** A column's meaning, type or name changed after import (one transaction, recorded in the dataset's changes). */
  changeColumn(datasetId: number, change: ColumnChange): Promise<DatasetInfo> {
    this.ctx.requireWritable();
    return changeColumn(this.ctx.requireStore().db, this.ctx.requireDataset(datasetId).id, change);
  }

  /** What was changed in a dataset since its import, oldest first. */
  datasetChanges(datasetId: number): DatasetChangeRecord[] {
    return datasetChanges(this.ctx.requireStore().db, this.ctx.requireDataset(datasetId).id);
  }

  deleteDataset(datasetId: number): void {
    this.ctx.requireStore().deleteDataset(datasetId);
  }

  /** A calculated column's first values and how many come out empty (the dialog's live preview). */
  previewColumn(datasetId: number, definition: CalcDefinition, rows = 8): Promise<CalcPreview> {
    return this.ctx.jobs.run('dataset:previewColumn', { ...this.datasetRef(datasetId), definition, rows });
  }

  /** Adds a calculated column (computed in the worker, stored in one transaction). */
  addColumn(datasetId: number, request: AddColumnRequest): Promise<DatasetInfo> {
    this.ctx.requireWritable();
    return this.ctx.jobs.run('dataset:addColumn', { ...this.datasetRef(datasetId), request });
  }

  /** Removes a calculated column that no other calculated column reads. */
  dropColumn(datasetId: number, column: string): Promise<DatasetInfo> {
    this.ctx.requireWritable();
    return this.ctx.jobs.run('dataset:dropColumn', { ...this.datasetRef(datasetId), column });
  }

  /** The rule builder's fields (values or ranges) and the templates a dataset can carry. */
  ruleFields(
    datasetId: number,
    analysisDate?: string,
  ): Promise<{ customers: number; fields: RuleFieldInfo[]; templates: RuleTemplateInfo[] }> {
    return this.ctx.jobs
      .run('rules:fields', { ...this.datasetRef(datasetId), analysisDate, now: this.ctx.now() })
      .catch(placeMissingRole(datasetId));
  }

  /** Customers each rule would take (first match), and those none would: live counts while editing. */
  ruleCounts(
    datasetId: number,
    rules: SegmentRule[],
    analysisDate?: string,
  ): Promise<{ counts: number[]; others: number }> {
    const ref = this.datasetRef(datasetId);
    return this.ctx.jobs
      .run('rules:counts', { ...ref, rules, analysisDate, now: this.ctx.now() })
      .catch(placeMissingRole(datasetId));
  }

  /** Rules for bands of one number field: equal width, quantiles, or the user's edges (e.g. age 18, 26, 36, 46, 56). */
  ruleBands(datasetId: number, bands: BandsRequest, analysisDate?: string): Promise<{ rules: SegmentRule[] }> {
    const ref = this.datasetRef(datasetId);
    return this.ctx.jobs
      .run('rules:bands', { ...ref, bands, analysisDate, now: this.ctx.now() })
      .catch(placeMissingRole(datasetId));
  }

  /** k-means for each k in a range on a clustering spec's fields: the yardsticks and the recommended k. */
  chooseK(datasetId: number, spec: ClusterSpec, kMin: number, kMax: number, jobId?: string): Promise<ChooseKResult> {
    const ref = this.datasetRef(datasetId);
    if (kMin >= kMax)
      throw new AppError('E_BAD_SPEC', `Give a range of k: from ${kMin} to more than ${kMin}.`, { kMin, kMax });
    return this.ctx.jobs
      .run('cluster:chooseK', { ...ref, spec, kMin, kMax, now: this.ctx.now() }, jobId)
      .catch(placeMissingRole(datasetId));
  }

  /** The Overview of a dataset for a period (the worker keeps its rows, so another period is fast). */
  overview(datasetId: number, period: OverviewPeriod = { kind: 'auto' }, jobId?: string): Promise<Overview> {
    return this.ctx.jobs
      .run('overview:get', { ...this.datasetRef(datasetId), period }, jobId)
      .catch(placeMissingRole(datasetId));
  }

  /** A dataset of the open workspace, as a job names it; E_NOT_FOUND when there is none. */
  private datasetRef(datasetId: number): { workspacePath: string; datasetId: number } {
    const { id } = this.ctx.requireDataset(datasetId);
    return { workspacePath: this.ctx.requireStore().path, datasetId: id };
  }
}
