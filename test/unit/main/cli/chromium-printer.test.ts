import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../../src/main/cli/find-chromium';
import { tempDir } from '../../../helpers/paths';

describe('printing with a Chrome on the machine', () => {
  it('launches it headless in a throw-away profile, with no first run, background networking or component updates', async () => {
    const dir = tempDir('segdesk-fake-chrome-');
    const argsFile = join(dir, 'args.txt');
    const chrome = join(dir, 'chrome');
    // A stand-in Chrome: records its arguments, one a line, and writes the PDF it is asked for.
    writeFileSync(
      chrome,
      `#!/bin/sh\nfor a in "$@"; do echo "$a" >> '${argsFile}'; case "$a" in --print-to-pdf=*) printf '%%PDF' > "\${a#--print-to-pdf=}";; esac; done\n`,
    );
    chmodSync(chrome, 0o755);
    const pdf = await chromiumPrinter(chrome)('<p>x</p>', 'a4');
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    const flags = args.filter((a) => !/^--(user-data-dir|print-to-pdf)=|^file:/.test(a));
    const asRoot = process.getuid?.() === 0;
    expect(flags).toEqual([
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-pdf-header-footer',
      // Printed once the page is idle (its fonts decoded), not at the load event.
      '--virtual-time-budget=10000',
      ...(asRoot ? ['--no-sandbox'] : []),
    ]);
    expect(args.find((a) => a.startsWith('--user-data-dir='))).toMatch(/segdesk-chromium-[^/]+\/profile$/);
  });
});
