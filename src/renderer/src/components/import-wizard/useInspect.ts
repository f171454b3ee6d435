import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSettings, InspectResult } from '../../../../shared/import-settings';
import { call, newJobId, on } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';

/** What is being read now: the job, and how far it is (every-row checks report progress). */
export interface InspectJob {
  jobId: string;
  fraction: number;
}

/**
 * Reads the file with the given settings — its first rows, or every row (`rows` 'all': the
 * check, whose figures are then the import's) — again at every change of a setting; only the
 * latest answer is shown and a read that is no longer wanted is cancelled. A setting that fails
 * keeps the last good answer (the error is shown); a file that cannot be read at all calls
 * `onUnreadable`; a cancelled read calls `onCancelled`.
 */
export function useInspect(
  token: string,
  settings: ImportSettings,
  rows: 'preview' | 'all',
  handlers: { onUnreadable(): void; onCancelled(): void },
) {
  const showError = useShowError();
  const [answer, setAnswer] = useState<{ result: InspectResult | null; for: unknown }>({ result: null, for: null });
  const [job, setJob] = useState<InspectJob | null>(null);
  const shown = useRef(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let live = true;
    const asked = { settings, rows };
    const jobId = newJobId();
    setJob({ jobId, fraction: 0 });
    const off = on('job:progress', (p) => {
      if (live && p.jobId === jobId) setJob({ jobId, fraction: p.fraction });
    });
    call('import:inspect', { token, jobId, settings, rows })
      .then(
        (result) => {
          if (!live) return;
          shown.current = true;
          setAnswer({ result, for: asked });
        },
        (err: unknown) => {
          if (!live) return;
          setAnswer((a) => ({ ...a, for: asked }));
          if ((err as { code?: string }).code === 'E_CANCELLED') latest.current.onCancelled();
          else showError(err);
          if (!shown.current) latest.current.onUnreadable();
        },
      )
      .finally(() => {
        off();
        if (live) setJob(null);
      });
    return () => {
      live = false;
      off();
      // A read nobody waits for any more is stopped (a full check of a large file takes seconds).
      void call('job:cancel', { jobId }).catch(() => undefined);
    };
  }, [token, settings, rows, showError]);

  const cancel = useCallback(() => {
    if (job) void call('job:cancel', { jobId: job.jobId });
  }, [job]);
  const loading = job !== null;
  return { result: answer.result, loading, job, cancel };
}
