import { CommanderError } from 'commander';
import { toErrorData } from '../../shared/errors';
import { storageError } from '../store/storage-error';
import { cliErrorText, cliLanguage } from './cli-error-text';
import type { CliIo } from './cli-io';
import { createProgram } from './create-program';

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      io.err(`error: E_USAGE: ${err.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    const data = toErrorData(storageError(err));
    io.err(`error: ${data.code}: ${cliErrorText(data, cliLanguage(argv))}\n`);
    return data.code === 'E_USAGE' ? 2 : 1;
  }
}
