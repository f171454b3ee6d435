import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
 */
export default function setup(): void {
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
}
