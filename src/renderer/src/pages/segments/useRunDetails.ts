import { useState } from 'react';
import type { RunInfo } from '../../../../shared/schemas';
import type { ModelSpec, RunResult } from '../../../../shared/segments';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';

/** A run as the page shows it: its spec (to edit it), its result and the notes on its segments. */
export interface RunDetails {
  runId: number;
  revision: number;
  spec: ModelSpec;
  result: RunResult;
  notes: Record<string, string>;
}

/**
 * The details of the run on screen, read again when another run is chosen or the run is
 * re-made in place (a new revision). The last details stay while the next ones load.
 */
export function useRunDetails(run: RunInfo | null) {
  const [details, setDetails] = useState<RunDetails | null>(null);
  const runId = run?.id;
  const revision = run?.revision;
  useCall(
    () =>
      runId === undefined
        ? null
        : call('run:get', { runId }).then((d) => ({
            runId,
            revision: d.run.revision,
            spec: d.spec,
            result: d.result,
            notes: d.notes,
          })),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a new revision (the run re-made in place under its id) is read again
    [runId, revision],
    setDetails,
  );
  /** The notes as saved for a run (ignored when another run's details are shown by then). */
  const setNotes = (ofRun: number, notes: Record<string, string>) =>
    setDetails((d) => (d && d.runId === ofRun ? { ...d, notes } : d));
  return { details: run ? details : null, setNotes };
}
