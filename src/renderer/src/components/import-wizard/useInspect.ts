import { useEffect, useRef, useState } from 'react';
import type { ImportSettings, InspectResult } from '../../../../shared/import-settings';
import { call, newJobId } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';

/**
 * Reads the file's first rows with the given settings, again at every change of a setting;
 * only the latest answer is shown. A setting that fails keeps the last good preview (the error
 * is shown); a file that cannot be read at all calls `onUnreadable`.
 */
export function useInspect(token: string, settings: ImportSettings, onUnreadable: () => void) {
  const showError = useShowError();
  const [answer, setAnswer] = useState<{ result: InspectResult | null; for: ImportSettings | null }>({
    result: null,
    for: null,
  });
  const shown = useRef(false);
  const latest = useRef(onUnreadable);
  useEffect(() => {
    latest.current = onUnreadable;
  });

  useEffect(() => {
    let live = true;
    call('import:inspect', { token, jobId: newJobId(), settings }).then(
      (result) => {
        if (!live) return;
        shown.current = true;
        setAnswer({ result, for: settings });
      },
      (err: unknown) => {
        if (!live) return;
        showError(err);
        setAnswer((a) => ({ ...a, for: settings }));
        if (!shown.current) latest.current();
      },
    );
    return () => {
      live = false;
    };
  }, [token, settings, showError]);

  return { result: answer.result, loading: answer.for !== settings };
}
