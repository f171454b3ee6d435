import { extname, resolve } from 'node:path';
import type { Emit } from '../shared/contract';
import { toErrorData } from '../shared/errors';
import { WORKSPACE_EXTENSION } from './store/workspace-store';
import type { WorkspaceService } from './workspace/workspace-service';

/**
 * The workspace a launch names: the first argument that is a `.segdesk` path, resolved against
 * the folder the launch came from. Flags (Chromium's, Electron's) and the app path that
 * `electron .` passes are skipped. argv[0] is the executable.
 */
export function workspaceArgument(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (extname(arg).toLowerCase() === WORKSPACE_EXTENSION) return resolve(workingDirectory, arg);
  }
  return null;
}

/**
 * Opens a workspace the operating system handed over (a double-click, "Open with", a path on
 * the command line, macOS's open-file). The page learns of it by `workspace:changed`; a file
 * that cannot be opened is explained in the window (`app:error`), and the open workspace stays.
 */
export async function openHandedOver(service: WorkspaceService, file: string, emit: Emit): Promise<boolean> {
  try {
    await service.openAt(file);
    return true;
  } catch (err) {
    emit('app:error', { error: toErrorData(err) });
    return false;
  }
}

/**
 * A launch's command line — the first instance's own, or the one a second instance hands over
 * through Electron's `second-instance` event before it quits: opens the workspace it names.
 * Returns whether one was named.
 */
export async function openFromCommandLine(
  service: WorkspaceService,
  argv: readonly string[],
  workingDirectory: string,
  emit: Emit,
): Promise<boolean> {
  const file = workspaceArgument(argv, workingDirectory);
  if (file === null) return false;
  await openHandedOver(service, file, emit);
  return true;
}
