import { AppError } from '../../shared/errors';
import { isDataFileName } from '../../shared/import-settings';
import type { WorkspaceInfo } from '../../shared/schemas';
import { modelSpecSchema } from '../../shared/segments';
import type { FileTokens } from './file-tokens';
import type { RunService } from './run-service';
import type { ServiceDeps } from './service-deps';
import type { WorkspaceSession } from './workspace-session';

/** The demo's ready run: RFM with the 11 segments, the default settings. */
const DEMO_RUN_SPEC = modelSpecSchema.parse({ model: 'rfm', scheme: 'eleven' });

/** Opening a workspace: from a path or the open dialog (a data file offered for import instead), or the demo with its run. */
export class WorkspaceOpener {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly session: WorkspaceSession,
    private readonly runs: RunService,
    private readonly files: FileTokens,
  ) {}

  openAt(...args: Parameters<WorkspaceSession['openAt']>) {
    return this.offerImport(args[0], () => this.session.openAt(...args));
  }

  /** The open dialog, then the workspace chosen (a data file chosen instead is offered for import, see offerImport). */
  async openWorkspace(): Promise<WorkspaceInfo | null> {
    const file = await this.deps.dialogs.chooseWorkspace();
    return file ? this.openAt(file) : null;
  }

  /**
   * Opens a workspace; a data file (a CSV, a workbook …) opened as one is still not a workspace,
   * but the error carries the file, registered for import (`details.importFile`: a token and its
   * name), so the window can offer to import it into a new workspace instead.
   */
  private async offerImport<T>(file: string, open: () => Promise<T>): Promise<T> {
    try {
      return await open();
    } catch (err) {
      if (err instanceof AppError && err.code === 'E_NOT_A_WORKSPACE' && isDataFileName(file))
        throw new AppError(err.code, err.message, { importFile: this.files.register(file) });
      throw err;
    }
  }

  /** The demo workspace, with its RFM run (as of the day after its last order: always the same) made if it has none. */
  async openDemo(jobId: string) {
    const demo = await this.session.openDemo(jobId);
    if (demo.runs.length > 0 || demo.datasets.length === 0 || demo.readOnly) return demo;
    await this.runs.createRun(demo.datasets[0].id, DEMO_RUN_SPEC, { jobId });
    return this.session.current()!;
  }
}
