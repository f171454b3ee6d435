import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Entry of the helper thread that takes a file's SHA-256 (see digestInThread): started with an
 * import, it hashes the file once it has been read, on the other core while the worker types the columns.
 */
const port = parentPort;
if (!port) throw new Error('The digest thread must run in a worker thread');
const { file } = workerData as { file: string };
// Started with the import, it waits (loaded) until the file has been read, then hashes it.
port.once('message', () => {
  try {
    const sha = createHash('sha256');
    const chunk = Buffer.allocUnsafe(1 << 20);
    const fd = openSync(file, 'r');
    try {
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) sha.update(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    port.postMessage({ sha256: sha.digest('hex') });
  } catch (err) {
    port.postMessage({ error: (err as Error).message });
  }
});
