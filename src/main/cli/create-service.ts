import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { appPaths } from '../app-paths';
import { WorkspaceService, type PrintPdf } from '../workspace/workspace-service';
import type { CliIo } from './cli-io';

function noDialogs(): never {
  throw new AppError('E_USAGE', 'The command line takes file paths as arguments.');
}

/** The workspace service as the command line runs it: no dialogs, no recent list, progress on a terminal's stderr. */
export function createService(io: CliIo, printPdf?: PrintPdf): WorkspaceService {
  const { resourcesDir, workerPath } = appPaths(io.mainDir);
  return new WorkspaceService({
    printPdf,
    stateDir: join(tmpdir(), 'segmentdesk-cli'),
    resourcesDir,
    workerPath,
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    appVersion: io.version,
    platform: process.platform,
    dialogs: {
      chooseNewWorkspace: noDialogs,
      chooseWorkspace: noDialogs,
      chooseDataFile: noDialogs,
      chooseImageFile: noDialogs,
      chooseSaveFile: noDialogs,
    },
    emit: (event, payload) => {
      if (event === 'job:progress' && process.stderr.isTTY) {
        const p = payload as { fraction: number };
        process.stderr.write(`\r${(p.fraction * 100).toFixed(0).padStart(3)}%`);
      }
    },
    rememberRecent: false,
    // One command, then exit: no thread is started for a job that may never come.
    threadsAhead: false,
    program: 'SegmentDesk CLI',
  });
}
