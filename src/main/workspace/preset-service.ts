import { AppError } from '../../shared/errors';
import type { PresetCheck } from '../../shared/contract/preset-requests';
import type { PresetExport, PresetResult } from '../../shared/presets';
import type { FileTokens } from './file-tokens';
import type { ServiceContext } from './service-context';

/**
 * Export presets (issue 27): a run's customers in the import format of an e-mail, SMS or ad
 * platform, with suppression and de-duplication; the work runs in the worker (export:preset).
 * Built by the preset-export part; these are the signatures the app, the CLI and the tests use.
 */
export class PresetService {
  constructor(
    readonly ctx: ServiceContext,
    readonly files: FileTokens,
  ) {}

  /** What an export would write (counts, the contact columns found, what is missing), without writing. */
  async check(
    _runId: number,
    _options: PresetExport,
    _suppression: { token?: string; file?: string } = {},
    _jobId?: string,
  ): Promise<PresetCheck> {
    throw new AppError('E_INTERNAL', 'Export presets are not built yet.');
  }

  /** Asks where to save, then writes; null when the user cancelled. */
  async export(
    _runId: number,
    _options: PresetExport,
    _suppression: { token?: string } = {},
    _jobId?: string,
  ): Promise<PresetResult | null> {
    throw new AppError('E_INTERNAL', 'Export presets are not built yet.');
  }

  /** Writes to a given file (the CLI, and after the save dialog); side files go beside it. */
  async exportTo(
    _runId: number,
    _options: PresetExport,
    _filePath: string,
    _suppression: { file?: string } = {},
    _jobId?: string,
  ): Promise<PresetResult> {
    throw new AppError('E_INTERNAL', 'Export presets are not built yet.');
  }
}
