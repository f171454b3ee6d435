import { version } from '../../../package.json';
import { runCli } from './create-program';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  mainDir: __dirname,
  version,
}).then((code) => {
  process.exitCode = code;
});
