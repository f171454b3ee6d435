import { useState } from 'react';
import type { RunInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useSegments } from './useBasket';

/**
 * The cross-sell lists shown under the rules: those of the run a list was last kept with (until
 * the user chooses another scope), else the chosen run's, else the newest run's; with its segments.
 */
export function useRunLists(runs: RunInfo[], chosenRun: number | undefined) {
  const [keptRun, setKeptRun] = useState<number | undefined>();
  const runId = (runs.some((r) => r.id === keptRun) ? keptRun : undefined) ?? chosenRun ?? runs.at(-1)?.id;
  const segments = useSegments(runId);
  const lists = useCall(
    () => (runId === undefined ? null : call('lists:list', { runId }).then((r) => r.lists)),
    [runId],
  );
  return {
    runId,
    segments,
    lists: lists.data,
    reload: lists.reload,
    /** A list was kept with this run: show that run's lists. */
    kept: (listRun: number) => {
      setKeptRun(listRun);
      lists.reload();
    },
    /** The user chose another dataset or run: show its lists. */
    forget: () => setKeptRun(undefined),
  };
}
