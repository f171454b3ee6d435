import type { PresetCheck } from '../../shared/contract/preset-requests';
import type { PresetExport, PresetResult } from '../../shared/presets';
import { readRunList } from '../store/run-lists';
import { sideFilePath } from '../io/side-file-path';
import type { FileTokens } from './file-tokens';
import { missingRolesOf } from '../../shared/missing-role';
import { placeMissingRole } from './missing-role-place';
import type { ServiceContext } from './service-context';

/** A missing role of the run's dataset names the dataset (the place to map it); a suppression file's missing column does not. */
const placeDatasetRole =
  (datasetId: number) =>
  (err: unknown): never => {
    if (missingRolesOf(err)?.source) throw err;
    return placeMissingRole(datasetId)(err);
  };

/**
 * Export presets (issue 27): a run's customers in the import format of an e-mail, SMS or ad
 * platform, with suppression and de-duplication; the work runs in the worker (export:preset).
 * Nothing is uploaded: the user uploads the file.
 */
export class PresetService {
  constructor(
    readonly ctx: ServiceContext,
    readonly files: FileTokens,
  ) {}

  /** The suppression file's path: given (CLI, tests), or behind a token the renderer got from import:choose. */
  private suppressionPath(suppression: { token?: string; file?: string }): string | null {
    if (suppression.file) return suppression.file;
    return suppression.token ? this.files.path(suppression.token) : null;
  }

  /** What an export would write (counts, the contact columns found, what is missing), without writing. */
  async check(
    runId: number,
    options: PresetExport,
    suppression: { token?: string; file?: string } = {},
    jobId?: string,
  ): Promise<PresetCheck> {
    const { run, ref } = this.ctx.runRef(runId);
    const input = { ...ref, options, suppression: this.suppressionPath(suppression) };
    return this.ctx.jobs.run('export:presetCheck', input, jobId).catch(placeDatasetRole(run.datasetId));
  }

  /** Asks where to save (a file named after the run and the preset, or the cross-sell list), then writes; null when the user cancelled. */
  async export(
    runId: number,
    options: PresetExport,
    suppression: { token?: string } = {},
    jobId?: string,
  ): Promise<PresetResult | null> {
    const { run } = this.ctx.runRef(runId);
    const file = this.suppressionPath(suppression);
    const preset = this.ctx.translate(options.lang)(`presetExport.fileSuffix.${options.preset}`);
    const suffix =
      options.listId === undefined
        ? preset
        : `${readRunList(this.ctx.requireStore().db, options.listId, run.id).name} ${preset}`;
    const filePath = await this.ctx.saveTarget(run.name, suffix, 'csv');
    return filePath ? this.exportTo(runId, options, filePath, file ? { file } : {}, jobId) : null;
  }

  /** Writes to a given file (the CLI, and after the save dialog); side files go beside it. */
  async exportTo(
    runId: number,
    options: PresetExport,
    filePath: string,
    suppression: { file?: string } = {},
    jobId?: string,
  ): Promise<PresetResult> {
    const { run, ref } = this.ctx.runRef(runId);
    this.ctx.assertTarget(filePath);
    this.ctx.assertTarget(sideFilePath(filePath, 'hashed.txt'));
    if (options.droppedFile) this.ctx.assertTarget(sideFilePath(filePath, 'dropped.csv'));
    const input = { ...ref, options, filePath, suppression: this.suppressionPath(suppression) };
    return this.ctx.jobs.run('export:preset', input, jobId).catch(placeDatasetRole(run.datasetId));
  }
}
