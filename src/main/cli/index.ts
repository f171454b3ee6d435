import { version } from '../../../package.json';
import { runCli } from './run-cli';
import { processIo } from './process-io';

void runCli(process.argv.slice(2), processIo(__dirname, version)).then((code) => {
  process.exitCode = code;
});
