import { useState } from 'react';
import type { ExportColumn } from '../../../shared/exports';
import { call } from '../api';
import { useCall } from './useCall';

/**
 * The columns a run's customer list can take, read each time the export dialog opens (kept when
 * it closes, so it closes as a dialog does), and the choices seeded from them: the standard
 * columns ticked, detected personal data masked, the given segments (none: all).
 */
export function useExportColumns(open: boolean, runId: number, initialSegments: number[] | undefined) {
  const [columns, setColumns] = useState<ExportColumn[] | null>(null);
  const [segments, setSegments] = useState<number[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [mask, setMask] = useState<string[]>([]);

  // The columns are kept when the dialog closes (it closes as a dialog does); each opening reads them afresh.
  useCall(
    () => (open ? call('export:columns', { runId }) : null),
    [open, runId],
    ({ columns: list }) => {
      setColumns(list);
      setChosen(list.filter((c) => c.standard).map((c) => c.key));
      // Detected personal data is masked unless unticked; the customer id only when asked (lists are matched on it).
      setMask(list.filter((c) => c.personal && c.group !== 'id').map((c) => c.key));
      setSegments(initialSegments ?? []);
    },
  );
  return { columns, segments, setSegments, chosen, setChosen, mask, setMask };
}
