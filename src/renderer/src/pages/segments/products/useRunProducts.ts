import { call, newJobId } from '../../../api';
import { useCall } from '../../../hooks/useCall';

/**
 * What each segment of the run on screen buys, worked out in the worker (products:run) once per
 * run and revision and kept while the page shows it: the persona cards and the products panel
 * share the one answer. A computation nobody waits for any more (another run chosen) is
 * cancelled; `reload` asks again (after the non-product codes changed). Not `enabled`: no request.
 */
export function useRunProducts(runId: number, revision: number, enabled = true) {
  return useCall(
    (signal) => {
      if (!enabled) return null;
      const jobId = newJobId();
      signal.addEventListener('abort', () => void call('job:cancel', { jobId }).catch(() => undefined));
      return call('products:run', { runId, jobId });
    },
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a new revision (the run re-made in place) is asked again
    [runId, revision, enabled],
  );
}
