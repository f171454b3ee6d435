import { Command, CommanderError } from 'commander';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError, toErrorData } from '../../shared/errors';
import type { WorkspaceInfo } from '../../shared/schemas';
import { WorkspaceService } from '../workspace/workspace-service';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Folder of the built bundle (holds worker.js). */
  mainDir: string;
  version: string;
}

function noDialogs(): never {
  throw new AppError('E_USAGE', 'The command line takes file paths as arguments.');
}

function createService(io: CliIo): WorkspaceService {
  return new WorkspaceService({
    stateDir: join(tmpdir(), 'segmentdesk-cli'),
    resourcesDir: resolve(io.mainDir, '..', '..', 'resources'),
    workerPath: join(io.mainDir, 'worker.js'),
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    appVersion: io.version,
    platform: process.platform,
    dialogs: { chooseNewWorkspace: noDialogs, chooseWorkspace: noDialogs, chooseDataFile: noDialogs },
    emit: (event, payload) => {
      if (event === 'job:progress' && process.stderr.isTTY) {
        const p = payload as { fraction: number };
        process.stderr.write(`\r${(p.fraction * 100).toFixed(0).padStart(3)}%`);
      }
    },
    rememberRecent: false,
  });
}

function describe(info: WorkspaceInfo): string {
  const lines = [`${info.name} (${info.path})`, `schema version ${info.schemaVersion}, created ${info.createdAt}`];
  lines.push(`${info.datasets.length} datasets:`);
  for (const d of info.datasets) lines.push(`  #${d.id} ${d.name}: ${d.rowCount} rows, ${d.columns.length} columns (${d.sourceName})`);
  lines.push(`${info.runs.length} runs:`);
  for (const r of info.runs) lines.push(`  #${r.id} ${r.name}: ${r.model}, ${r.customerCount} customers`);
  return lines.join('\n');
}

/**
 * The `segmentdesk` command line: the same workspace service as the app, for scripts and
 * big batch jobs. Errors print `error: CODE: message` to stderr and exit non-zero.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('segmentdesk')
    .description('SegmentDesk: offline customer segmentation workbench (command line)')
    .version(io.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined });

  /** Runs an action against the service, always closing it; errors become the CLI's error line. */
  const withService =
    <A extends unknown[]>(fn: (service: WorkspaceService, ...args: A) => Promise<void>) =>
    async (...args: A) => {
      const service = createService(io);
      try {
        await fn(service, ...args);
      } finally {
        await service.dispose();
      }
    };

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
    .command('info <file>')
    .description('show what a workspace holds')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: { json?: boolean }) => {
        const info = await service.openAt(resolve(file));
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `${describe(info)}\n`);
      }),
    );

  const dataset = program.command('dataset').description('datasets of a workspace');
  dataset
    .command('import <file>')
    .description('import a CSV file (UTF-8, comma-separated, header row) as a dataset')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .option('--json', 'print the dataset as JSON')
    .action(
      withService(async (service, file: string, opts: { workspace: string; json?: boolean }) => {
        await service.openAt(resolve(opts.workspace));
        const info = await service.importFile(resolve(file));
        if (process.stderr.isTTY) process.stderr.write('\r');
        io.out(opts.json ? `${JSON.stringify(info)}\n` : `imported #${info.id} ${info.name}: ${info.rowCount} rows\n`);
      }),
    );
  dataset
    .command('list')
    .description('list the datasets of a workspace')
    .requiredOption('--workspace <workspace>', 'the workspace file')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, opts: { workspace: string; json?: boolean }) => {
        const info = await service.openAt(resolve(opts.workspace));
        io.out(
          opts.json
            ? `${JSON.stringify(info.datasets)}\n`
            : info.datasets.map((d) => `#${d.id}\t${d.name}\t${d.rowCount} rows\t${d.columns.length} columns\n`).join(''),
        );
      }),
    );
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      io.err(`error: E_USAGE: ${err.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    const { code, message } = toErrorData(err);
    io.err(`error: ${code}: ${message}\n`);
    return 1;
  }
}
