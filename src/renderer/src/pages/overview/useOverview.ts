import { useCallback, useRef, useState } from 'react';
import type { Overview, OverviewPeriod } from '../../../../shared/overview';
import { call, newJobId, on } from '../../api';
import { useCall } from '../../hooks/useCall';

/**
 * The Overview of a dataset for a period, worked out in the worker whenever either changes (or
 * the dataset does: `version` stands for its rows and meanings). Only the latest answer is
 * kept; a computation nobody waits for any more is cancelled. `fraction` is how far it is; while
 * a new one is worked out the last one of the same dataset stays (`stale`).
 */
export function useOverview(datasetId: number | null, period: OverviewPeriod, version: string) {
  const [progress, setProgress] = useState<{ fraction: number } | null>(null);
  // The last Overview worked out: shown (dimmed) while the next one is, so the page does not blank out.
  const [last, setLast] = useState<{ datasetId: number; overview: Overview } | null>(null);
  const running = useRef<string | null>(null);
  const state = useCall(
    (signal) => {
      if (datasetId === null) return null;
      const jobId = newJobId();
      running.current = jobId;
      setProgress(null);
      const off = on('job:progress', (p) => {
        if (p.jobId === jobId) setProgress({ fraction: p.fraction });
      });
      signal.addEventListener('abort', () => {
        off();
        void call('job:cancel', { jobId }).catch(() => undefined);
      });
      return call('overview:get', { datasetId, period, jobId }).finally(off);
    },
    // `version` stands for the dataset's rows and meanings: a change to them asks again.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- version is not read, it only says when to ask again
    [datasetId, period, version],
    (overview) => setLast({ datasetId: overview.datasetId, overview }),
  );
  const cancel = useCallback(() => {
    if (running.current) void call('job:cancel', { jobId: running.current }).catch(() => undefined);
  }, []);
  const fraction = progress?.fraction ?? 0;
  // Only the same dataset's: another dataset's figures would be mistaken for this one's.
  const stale = state.loading && last !== null && last.datasetId === datasetId ? last.overview : null;
  return {
    overview: state.data ?? stale,
    stale: stale !== null,
    loading: state.loading,
    reload: state.reload,
    cancel,
    fraction,
  };
}
