import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { PrintPdf, WorkspaceService } from '../workspace/workspace-service';
import type { CliIo } from './cli-io';
import { phase } from '../phase-marks';

/** Wraps a command's action: it runs against a fresh service, always closed after; errors reach runCli. */
export type WithService = <A extends unknown[]>(
  fn: (service: WorkspaceService, ...args: A) => Promise<void>,
  printer?: (...args: A) => PrintPdf | undefined,
) => (...args: A) => Promise<void>;

/** The action wrapper for a program writing to `io`. */
export function withServiceFor(io: CliIo): WithService {
  return (fn, printer) =>
    async (...args) => {
      // Loaded when a command runs, not to parse its arguments or print help.
      const { createService } = await import('./create-service');
      const service = createService(io, printer?.(...args));
      try {
        await fn(service, ...args);
      } finally {
        phase('dispose');
        await service.dispose();
        phase('disposed');
      }
    };
}

/**
 * A command's action on the workspace its `--workspace` names: `fn` runs once the service has
 * that workspace open (withService around it, with its printer if any); `open.readOnly` for
 * commands that only read, which then leave the file byte-identical.
 */
export function onWorkspace<O extends { workspace: string }>(
  withService: WithService,
  fn: (service: WorkspaceService, opts: O) => Promise<void>,
  printer?: (opts: O) => PrintPdf | undefined,
  open: { readOnly?: boolean } = {},
): (opts: O) => Promise<void> {
  return withService(async (service, opts: O) => {
    // Nearly every command on a workspace runs a job: the worker loads while the file is opened.
    service.jobs.start();
    await service.openAt(resolve(opts.workspace), open);
    phase('workspace:open');
    await fn(service, opts);
  }, printer);
}

/** A command (or subcommand of `parent`) that works on the workspace its required `--workspace` names. */
export function workspaceCommand(parent: Command, name: string, description: string): Command {
  return parent.command(name).description(description).requiredOption('--workspace <workspace>', 'the workspace file');
}
