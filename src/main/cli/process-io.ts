import type { CliIo } from './cli-io';

/**
 * The CLI's io on the process's own streams. A reader that goes away (`segmentdesk … | head`)
 * ends the output quietly, like `cat`: the broken pipe is not an error and nothing more is written.
 */
export function processIo(mainDir: string, version: string): CliIo {
  let readerGone = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && !readerGone) throw err;
    readerGone = true;
  });
  return {
    out: (text) => {
      if (!readerGone) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    mainDir,
    version,
  };
}
