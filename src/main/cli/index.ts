import { version } from '../../../package.json';
import { runCli } from './run-cli';
import { processIo } from './process-io';
import { phase } from '../phase-marks';

phase('cli:loaded');
process.on('exit', () => phase('exit'));

void runCli(process.argv.slice(2), processIo(__dirname, version)).then((code) => {
  process.exitCode = code;
});
