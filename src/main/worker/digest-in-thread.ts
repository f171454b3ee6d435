import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { fileDigest } from '../engine/io/file-digest';

export interface Digesting {
  /** The file's size and SHA-256. */
  result: Promise<{ bytes: number; sha256: string | null }>;
  /** Stops the thread (the job failed or was cancelled before it needed the hash). */
  stop(): void;
}

/**
 * A file's SHA-256 taken in a helper thread started from `script` (the built digest-thread.js),
 * so the worker goes on meanwhile; in this thread when there is no script (the bench, tests of a job).
 */
export function digestInThread(script: string | undefined, file: string): Digesting {
  if (!script) return { result: fileDigest(file, true), stop() {} };
  const bytes = statSync(file).size;
  const worker = new Worker(script, { workerData: { file } });
  const result = new Promise<{ bytes: number; sha256: string | null }>((resolve, reject) => {
    worker.once('message', (m: { sha256: string } | { error: string }) =>
      'error' in m
        ? reject(new AppError('E_READ_FAILED', `The file could not be read: ${m.error}`))
        : resolve({ bytes, sha256: m.sha256 }),
    );
    worker.once('error', (err) =>
      reject(new AppError('E_WORKER_CRASHED', `The digest thread stopped: ${err.message}`)),
    );
    worker.once('exit', (code) =>
      reject(new AppError('E_WORKER_CRASHED', `The digest thread exited with code ${code}.`)),
    );
  });
  result.catch(() => undefined);
  return { result, stop: () => void worker.terminate() };
}
