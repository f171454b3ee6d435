import { useEffect, useRef, useState } from 'react';
import { useShowError } from '../../errors/ErrorProvider';

/**
 * useCall for input that changes on every key press: the request runs `delayMs` after the last
 * change of `key` (a string that stands for the request's inputs), not at each. Until the answer
 * for the current key arrives the data is null, so an answer for inputs that changed since is
 * never shown; an error goes to the error dialog. `request` null means "nothing to ask now".
 */
export function useDebouncedCall<T>(request: (() => Promise<T>) | null, key: string, delayMs: number): T | null {
  const showError = useShowError();
  const [answer, setAnswer] = useState<{ key: string; data: T } | null>(null);
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  });

  useEffect(() => {
    const run = latest.current;
    if (!run) return;
    let live = true;
    const timer = setTimeout(() => {
      run().then(
        (data) => live && setAnswer({ key, data }),
        (err: unknown) => live && showError(err),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, delayMs, showError]);

  return answer !== null && answer.key === key && request !== null ? answer.data : null;
}
