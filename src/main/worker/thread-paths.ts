import { dirname, join } from 'node:path';

/** The worker's helper threads, built beside worker.js in out/main (electron.vite.config.ts). */
export function threadPaths(workerPath: string): {
  partThreadPath: string;
  kernelThreadPath: string;
  digestThreadPath: string;
} {
  const dir = dirname(workerPath);
  return {
    partThreadPath: join(dir, 'part-thread.js'),
    kernelThreadPath: join(dir, 'kernel-thread.js'),
    digestThreadPath: join(dir, 'digest-thread.js'),
  };
}
