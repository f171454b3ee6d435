import type { Command } from 'commander';
import type { ColumnChange } from '../../shared/column-change';
import { COLUMN_KINDS, type ColumnKind } from '../../shared/column-spec';
import { AppError } from '../../shared/errors';
import { ROLES, type Role } from '../../shared/roles';
import type { DatasetInfo } from '../../shared/schemas';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';

interface ChangeOptions {
  workspace: string;
  dataset: string;
  column: string;
  json?: boolean;
}

/** The role named on the command line: one of the roles, or `none` (null) to clear the column's. */
function roleArg(text: string): Role | null {
  if (text === 'none') return null;
  if (!(ROLES as readonly string[]).includes(text))
    throw new AppError('E_USAGE', `--role takes none or one of ${ROLES.join(', ')}, got "${text}"`);
  return text as Role;
}

function kindArg(text: string): ColumnKind {
  if (!(COLUMN_KINDS as readonly string[]).includes(text))
    throw new AppError('E_USAGE', `--type takes one of ${COLUMN_KINDS.join(', ')}, got "${text}"`);
  return text as ColumnKind;
}

/** What a change did, in one line, and as JSON: the dataset's columns and roles now. */
function printChange(io: CliIo, d: DatasetInfo, said: string, json: boolean | undefined): void {
  const columns = d.columns.map((c) => ({ name: c.name, type: c.spec.kind }));
  io.out(json ? `${JSON.stringify({ datasetId: d.id, roles: d.roles, columns })}\n` : `#${d.id} ${d.name}: ${said}\n`);
}

function changeCommand(
  dataset: Command,
  io: CliIo,
  withService: WithService,
  name: string,
  description: string,
  flag: string,
  change: (opts: ChangeOptions & Record<string, string>) => { change: ColumnChange; said: string },
): void {
  workspaceCommand(dataset, name, description)
    .requiredOption('--dataset <id>', 'the dataset (see dataset list)')
    .requiredOption('--column <name>', 'the column, by its name')
    .requiredOption(flag, flag.startsWith('--role') ? 'a role, or none' : 'the new value')
    .option('--json', 'print JSON')
    .action(
      onWorkspace(withService, async (service, opts: ChangeOptions & Record<string, string>) => {
        const datasetId = positiveInt(opts.dataset, '--dataset');
        const { change: asked, said } = change(opts);
        printChange(io, await service.changeColumn(datasetId, asked), said, opts.json);
      }),
    );
}

/**
 * `dataset set-role | set-type | rename-column`: a column's meaning, type or name changed after
 * import (one transaction, listed in the dataset's changes); earlier runs keep the meanings they were made with.
 */
export function addMeaningCommands(program: Command, io: CliIo, withService: WithService): void {
  const dataset = program.commands.find((c) => c.name() === 'dataset');
  if (!dataset) throw new Error('the dataset command is added first');
  changeCommand(
    dataset,
    io,
    withService,
    'set-role',
    'set what a column means (--role none clears it)',
    '--role <role>',
    (o) => {
      const role = roleArg(o.role);
      return { change: { type: 'role', column: o.column, role }, said: `"${o.column}" means ${role ?? 'nothing'} now` };
    },
  );
  changeCommand(
    dataset,
    io,
    withService,
    'set-type',
    "change a column's type (its values are read again)",
    '--type <type>',
    (o) => {
      const kind = kindArg(o.type);
      return { change: { type: 'columnType', column: o.column, kind }, said: `"${o.column}" holds ${kind} values now` };
    },
  );
  changeCommand(
    dataset,
    io,
    withService,
    'rename-column',
    'rename a column (roles and earlier rules follow)',
    '--name <name>',
    (o) => ({
      change: { type: 'rename', column: o.column, name: o.name },
      said: `"${o.column}" is called "${o.name.trim()}" now`,
    }),
  );
}
