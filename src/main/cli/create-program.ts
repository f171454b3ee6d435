import { Command } from 'commander';
import { addBasketCommand } from './basket-command';
import { addCampaignCommand, addControlGroupCommand, addSampleSizeCommand } from './campaign-commands';
import type { CliIo } from './cli-io';
import { addClusterCommands } from './cluster-commands';
import { addCompareCommand } from './compare-commands';
import { addDatasetCommands, addImportCommand, addInspectCommand } from './dataset-commands';
import { addMeaningCommands } from './meaning-commands';
import { addExportCommands } from './export-commands';
import { addMembersCommand } from './members-commands';
import { addOverviewCommand } from './overview-command';
import { addProductsCommands } from './products-commands';
import { addCrossSellCommands } from './cross-sell-commands';
import { addReapplyCommand, addRunCommand } from './run-commands';
import { withServiceFor } from './with-service';
import { addWorkspaceCommands } from './workspace-commands';

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
  const withService = withServiceFor(io);
  addWorkspaceCommands(program, io, withService);
  addInspectCommand(program, io, withService);
  addImportCommand(program, io, withService);
  addDatasetCommands(program, io, withService);
  addMeaningCommands(program, io, withService);
  addRunCommand(program, io, withService);
  addReapplyCommand(program, io, withService);
  addCompareCommand(program, io, withService);
  addSampleSizeCommand(program, io);
  addCampaignCommand(program, io, withService);
  addControlGroupCommand(program, io, withService);
  addMembersCommand(program, io, withService);
  addExportCommands(program, io, withService);
  addClusterCommands(program, io, withService);
  addOverviewCommand(program, io, withService);
  addProductsCommands(program, io, withService);
  addCrossSellCommands(program, io, withService);
  addBasketCommand(program, io, withService);
  return program;
}
