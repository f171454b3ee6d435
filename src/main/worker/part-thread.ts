import { parentPort } from 'node:worker_threads';
import { toErrorData } from '../../shared/errors';
import { readPart, type PartJob } from '../engine/io/read-part';
import { phase } from '../phase-marks';

/**
 * Entry of the helper thread that reads the second half of a large file while the worker
 * reads the first (see finishInParts). It says when it has loaded (it is started ahead, as a
 * spare), then takes one job, answers, and ends.
 */
const port = parentPort;
if (!port) throw new Error('The part reader must run in a worker thread');

port.once('message', (message: { job: PartJob; cancelFlag: SharedArrayBuffer }) => {
  const flag = new Int32Array(message.cancelFlag);
  try {
    const { part, transfer } = readPart(message.job, () => Atomics.load(flag, 0) !== 0);
    port.postMessage({ ok: true, part }, transfer);
  } catch (err) {
    port.postMessage({ ok: false, error: toErrorData(err) });
  }
  port.close();
});
phase('part-thread:loaded');
port.postMessage({ ready: true });
