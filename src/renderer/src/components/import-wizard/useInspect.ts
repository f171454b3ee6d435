import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSettings, InspectResult } from '../../../../shared/import-settings';
import { call, newJobId, on } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';

/** How far the read under way is (every-row checks report progress). */
export interface InspectJob {
  fraction: number;
}

export interface InspectHandlers {
  onUnreadable(): void;
  onCancelled(): void;
  /** Each answer, with the settings and rows it was read with. */
  onResult(result: InspectResult, settings: ImportSettings, rows: 'preview' | 'all'): void;
}

/**
 * Reads the file with the given settings — its first rows, or every row (`rows` 'all': the
 * check, whose figures are then the import's) — again at every change of a setting; only the
 * latest answer is shown and a read that is no longer wanted is cancelled. A setting that fails
 * keeps the last good answer (the error is shown); a file that cannot be read at all calls
 * `onUnreadable`; a cancelled read `onCancelled`; each answer `onResult`.
 */
export function useInspect(
  token: string,
  settings: ImportSettings,
  rows: 'preview' | 'all',
  handlers: InspectHandlers,
) {
  const showError = useShowError();
  const [answer, setAnswer] = useState<{ result: InspectResult | null; for: unknown[] }>({ result: null, for: [] });
  const [progress, setProgress] = useState<{ for: unknown[]; fraction: number }>({ for: [], fraction: 0 });
  const shown = useRef(false);
  const jobId = useRef<string | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let live = true;
    const asked = [settings, rows];
    const id = newJobId();
    jobId.current = id;
    const off = on('job:progress', (p) => {
      if (live && p.jobId === id) setProgress({ for: asked, fraction: p.fraction });
    });
    call('import:inspect', { token, jobId: id, settings, rows })
      .then(
        (result) => {
          if (!live) return;
          shown.current = true;
          setAnswer({ result, for: asked });
          latest.current.onResult(result, settings, rows);
        },
        (err: unknown) => {
          if (!live) return;
          setAnswer((a) => ({ ...a, for: asked }));
          if ((err as { code?: string }).code === 'E_CANCELLED') latest.current.onCancelled();
          else showError(err);
          if (!shown.current) latest.current.onUnreadable();
        },
      )
      .finally(off);
    return () => {
      live = false;
      off();
      // A read nobody waits for any more is stopped (a full check of a large file takes seconds).
      void call('job:cancel', { jobId: id }).catch(() => undefined);
    };
  }, [token, settings, rows, showError]);

  const cancel = useCallback(() => {
    if (jobId.current) void call('job:cancel', { jobId: jobId.current });
  }, []);
  const current = (pair: unknown[]) => pair[0] === settings && pair[1] === rows;
  const loading = !current(answer.for);
  const job: InspectJob | null = loading ? { fraction: current(progress.for) ? progress.fraction : 0 } : null;
  return { result: answer.result, loading, job, cancel };
}
