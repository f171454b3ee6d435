import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { WorkspaceInfo } from '../../shared/schemas';
import type { CliIo } from './cli-io';
import type { WithService } from './with-service';

function describe(info: WorkspaceInfo): string {
  const lines = [`${info.name} (${info.path})`, `schema version ${info.schemaVersion}, created ${info.createdAt}`];
  lines.push(`${info.datasets.length} datasets:`);
  for (const d of info.datasets)
    lines.push(`  #${d.id} ${d.name}: ${d.rowCount} rows, ${d.columns.length} columns (${d.sourceName})`);
  for (const d of info.damagedDatasets) lines.push(`  #${d.id} ${d.name}: DAMAGED, cannot be used — ${d.problem}`);
  lines.push(`${info.runs.length} runs:`);
  for (const r of info.runs) lines.push(`  #${r.id} ${r.name}: ${r.model}, ${r.customerCount} customers`);
  return lines.join('\n');
}

/** `workspace create | copy | info`: workspace files (*.segdesk). */
export function addWorkspaceCommands(program: Command, io: CliIo, withService: WithService): void {
  const workspace = program.command('workspace').description('create and inspect workspace files (*.segdesk)');
  workspace
    .command('create <file>')
    .description('create a new, empty workspace file')
    .option('--force', 'replace an existing file')
    .option('--json', 'print the workspace as JSON')
    .action(
      withService(async (service, file: string, opts: { force?: boolean; json?: boolean }) => {
        const info = await service.createAt(resolve(file), { overwrite: opts.force ?? false });
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `created ${info.path}\n`);
      }),
    );
  workspace
    .command('copy <file> <target>')
    .description('copy a workspace into a new file (consistent even while another connection writes)')
    .option('--force', 'replace an existing file')
    .action(
      withService(async (service, file: string, target: string, opts: { force?: boolean }) => {
        if (!opts.force && existsSync(resolve(target)))
          throw new AppError('E_WORKSPACE_EXISTS', `A file already exists at ${resolve(target)}`);
        await service.openAt(resolve(file), { readOnly: true });
        io.out(`copied to ${await service.copyWorkspaceTo(resolve(target))}\n`);
      }),
    );
  workspace
    .command('info <file>')
    .description('show what a workspace holds')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: { json?: boolean }) => {
        // Only reads: nothing is written to the file (no lock, no WAL switch, no header change).
        const info = await service.openAt(resolve(file), { readOnly: true });
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `${describe(info)}\n`);
      }),
    );
}
