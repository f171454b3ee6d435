import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { useShowError } from '../errors/ErrorProvider';

export interface CallState<T> {
  /** The latest call's result; null while it runs, after it failed, or when there is no call. */
  data: T | null;
  /** True from the moment the inputs change until the call for them settles. */
  loading: boolean;
  /** Runs the same call again (after an edit elsewhere changed what it returns). */
  reload: () => void;
}

/**
 * Runs an asynchronous request (usually `call('…', input)`) whenever `deps` change, the way
 * every data-fetching effect of the renderer did by hand: a result that arrives after the
 * inputs changed again, or after the component unmounted, is dropped; an error goes to the
 * error dialog (useShowError). `request` null, or a request that returns null, means "nothing
 * to fetch now" (data null): write `() => (ready ? call(…) : null)` so the linter can check it.
 * `onData` runs once with each result that is kept (to seed form state from it). The request
 * gets a signal that aborts when its result is no longer wanted (to cancel a worker job).
 *
 * The linter checks `deps` against what `request` uses (react-hooks/exhaustive-deps with
 * `additionalHooks: useCall`), as it does for useEffect.
 */
export function useCall<T>(
  request: ((signal: AbortSignal) => Promise<T> | null) | null,
  deps: DependencyList,
  onData?: (data: T) => void,
): CallState<T> {
  const showError = useShowError();
  const [state, setState] = useState<{ data: T | null; loading: boolean }>({ data: null, loading: request !== null });
  const [round, setRound] = useState(0);
  const latest = useRef({ request, onData });
  useEffect(() => {
    latest.current = { request, onData };
  });

  useEffect(() => {
    const abort = new AbortController();
    const pending = latest.current.request?.(abort.signal) ?? null;
    // The inputs changed: the old result is stale from now on.
    setState({ data: null, loading: pending !== null });
    if (!pending) return;
    // Aborted = the inputs changed again or the component unmounted: the result is not wanted.
    const { signal } = abort;
    pending.then(
      (data) => {
        if (signal.aborted) return;
        setState({ data, loading: false });
        latest.current.onData?.(data);
      },
      (err: unknown) => {
        if (signal.aborted) return;
        setState({ data: null, loading: false });
        showError(err);
      },
    );
    return () => abort.abort();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps stand for the request (checked at the call site)
  }, [...deps, round, showError]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
