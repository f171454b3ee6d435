import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { fileDigest } from '../engine/io/file-digest';

export interface FileDigest {
  bytes: number;
  sha256: string | null;
}

export interface Digesting {
  /** Starts hashing the file (its thread loaded by then, or loading); its size and SHA-256. */
  hash(): Promise<FileDigest>;
  /** Stops the thread (the job failed or was cancelled before it needed the hash). */
  stop(): void;
}

/**
 * A file's SHA-256 taken in a helper thread started from `script` (the built digest-thread.js):
 * the thread loads while the import reads the file, and hashes it on the other core while the
 * worker types the columns. In this thread when there is no script (tests of a job).
 */
export function digestInThread(script: string | undefined, file: string): Digesting {
  if (!script) return { hash: () => fileDigest(file, true), stop() {} };
  const worker = new Worker(script, { workerData: { file } });
  const sha256 = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { sha256: string } | { error: string }) =>
      'error' in m
        ? reject(new AppError('E_READ_FAILED', `The file could not be read: ${m.error}`))
        : resolve(m.sha256),
    );
    worker.once('error', (err) =>
      reject(new AppError('E_WORKER_CRASHED', `The digest thread stopped: ${err.message}`)),
    );
    worker.once('exit', (code) =>
      reject(new AppError('E_WORKER_CRASHED', `The digest thread exited with code ${code}.`)),
    );
  });
  sha256.catch(() => undefined);
  return {
    hash() {
      const bytes = statSync(file).size;
      worker.postMessage('hash');
      const digest = sha256.then((sha) => ({ bytes, sha256: sha }));
      // Awaited by the import unless it fails first (then stopped): never an unhandled rejection.
      digest.catch(() => undefined);
      return digest;
    },
    stop: () => void worker.terminate(),
  };
}
