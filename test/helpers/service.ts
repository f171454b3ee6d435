import type { EventName, EventPayload } from '../../src/shared/contract';
import { WorkspaceService, type Dialogs, type PrintPdf } from '../../src/main/workspace/workspace-service';
import { resourcesDir, tempDir, workerPath } from './paths';

/** Dialog answers queued by a test; an empty queue means the user pressed Cancel. */
export class ScriptedDialogs implements Dialogs {
  readonly newWorkspace: string[] = [];
  readonly workspace: string[] = [];
  readonly dataFile: string[] = [];
  readonly imageFile: string[] = [];
  /** Answers of save dialogs; each asked default name is kept in `savedAs`. */
  readonly saveFile: string[] = [];
  readonly savedAs: { defaultName: string; kind: string }[] = [];
  /** Each save dialog answered with a path (the kind's extension is added to it as the app adds it). */
  readonly saved: { path: string; kind: string }[] = [];
  async chooseNewWorkspace(): Promise<string | null> {
    return this.newWorkspace.shift() ?? null;
  }
  async chooseWorkspace(): Promise<string | null> {
    return this.workspace.shift() ?? null;
  }
  async chooseDataFile(): Promise<string | null> {
    return this.dataFile.shift() ?? null;
  }
  async chooseImageFile(): Promise<string | null> {
    return this.imageFile.shift() ?? null;
  }
  async chooseSaveFile(defaultName: string, kind: string): Promise<string | null> {
    this.savedAs.push({ defaultName, kind });
    const path = this.saveFile.shift() ?? null;
    if (path) this.saved.push({ path, kind });
    return path;
  }
}

export interface TestService {
  service: WorkspaceService;
  dialogs: ScriptedDialogs;
  events: { event: EventName; payload: EventPayload<EventName> }[];
  stateDir: string;
}

/** The real workspace service (real SQLite, real worker) with scripted dialogs. */
export function createTestService(
  options: { stateDir?: string; systemLocale?: string; xlsxSheetRows?: number; printPdf?: PrintPdf } = {},
): TestService {
  const dialogs = new ScriptedDialogs();
  const events: TestService['events'] = [];
  const stateDir = options.stateDir ?? tempDir('segdesk-state-');
  const service = new WorkspaceService({
    stateDir,
    resourcesDir,
    workerPath,
    systemLocale: options.systemLocale ?? 'en-US',
    appVersion: '0.1.0',
    platform: process.platform,
    dialogs,
    emit: (event, payload) => events.push({ event, payload }),
    xlsxSheetRows: options.xlsxSheetRows,
    printPdf: options.printPdf,
  });
  return { service, dialogs, events, stateDir };
}
