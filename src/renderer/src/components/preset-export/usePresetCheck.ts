import { useEffect, useState } from 'react';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import type { PresetExport } from '../../../../shared/presets';
import { call, newJobId } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';

/** How long the options must stay still before the counts are asked again (a click on a segment after another). */
const DEBOUNCE_MS = 350;

/**
 * What a preset export would write (export:presetCheck), asked again whenever the options change:
 * debounced, and the check still running for older options is cancelled (job:cancel). The last
 * answer stays shown while the next is asked (`checking`); an error other than the cancel goes to
 * the error dialog.
 */
export function usePresetCheck(
  runId: number,
  options: PresetExport | null,
  suppressionToken: string | undefined,
): { check: PresetCheck | null; checking: boolean } {
  const showError = useShowError();
  // The answer and the question it answers (the options, the token and the run, as one key).
  const [answer, setAnswer] = useState<{ key: string; check: PresetCheck | null } | null>(null);
  const key = options ? JSON.stringify([runId, options, suppressionToken ?? null]) : null;
  useEffect(() => {
    if (key === null) return;
    let stale = false;
    let jobId: string | null = null;
    const timer = setTimeout(() => {
      jobId = newJobId();
      const [id, asked, token] = JSON.parse(key) as [number, PresetExport, string | null];
      const input = { runId: id, options: asked, suppressionToken: token ?? undefined, jobId };
      call('export:presetCheck', input).then(
        (check) => {
          jobId = null;
          if (!stale) setAnswer({ key, check });
        },
        (err: unknown) => {
          jobId = null;
          if (stale) return;
          setAnswer({ key, check: null });
          showError(err);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
      if (jobId !== null) void call('job:cancel', { jobId }).catch(() => undefined);
    };
  }, [key, showError]);
  if (key === null) return { check: null, checking: false };
  return { check: answer?.check ?? null, checking: answer?.key !== key };
}
