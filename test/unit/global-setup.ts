import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

/**
 * The worker thread and the CLI run from the built bundle (out/main), as in the app.
 * Build it when it is missing or older than the sources, so unit tests never run stale code.
 * Every temporary file of the run goes under one folder (TMPDIR, inherited by the test
 * workers and the processes they start), removed when the run ends: a run leaves nothing in /tmp.
 */
export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'segdesk-run-'));
  process.env.TMPDIR = runDir;
  const worker = join(process.cwd(), 'out', 'main', 'worker.js');
  const sources = Math.max(newest(join(process.cwd(), 'src', 'main')), newest(join(process.cwd(), 'src', 'shared')));
  if (!existsSync(worker) || statSync(worker).mtimeMs < sources) {
    execFileSync(
      process.execPath,
      [join(process.cwd(), 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        stdio: 'inherit',
      },
    );
  }
  return () => rmSync(runDir, { recursive: true, force: true });
}
