import { useState } from 'react';
import type { ModelSpec } from '../../../../shared/segments';
import { clampTable, runDrafts, type RunDrafts } from './run-drafts';

interface Seen {
  open: boolean;
  editing: { spec: ModelSpec } | null;
  bins: number;
  /** The dataset the rules were written for (undefined until the form shows one). */
  datasetId: number | undefined;
}

/**
 * The run dialog's editors. Adjusted while rendering, not in effects: each opening starts them
 * from the run being edited (or afresh); fewer scores clamp an own table; another dataset
 * clears the rules, which name that dataset's fields.
 */
export function useRunDrafts(
  open: boolean,
  editing: { spec: ModelSpec } | null,
  bins: number,
  datasetId: number | undefined,
) {
  const [drafts, setDrafts] = useState<RunDrafts>(() => runDrafts(editing?.spec));
  const [problem, setProblem] = useState<string | null>(null);
  const [seen, setSeen] = useState<Seen>({ open: false, editing: null, bins, datasetId: undefined });
  if (seen.open !== open || seen.editing !== editing || seen.bins !== bins || seen.datasetId !== datasetId) {
    let next = drafts;
    let shownDataset = seen.datasetId;
    if (open && (seen.open !== open || seen.editing !== editing)) {
      next = runDrafts(editing?.spec);
      shownDataset = undefined;
      setProblem(null);
    }
    if (seen.bins !== bins) next = { ...next, table: clampTable(next.table, bins) };
    if (shownDataset !== undefined && datasetId !== shownDataset) next = { ...next, rules: [] };
    setSeen({ open, editing, bins, datasetId });
    if (next !== drafts) setDrafts(next);
  }
  /** One editor changed: its problem (shown under the form) is gone. */
  const edit =
    <K extends keyof RunDrafts>(key: K) =>
    (value: RunDrafts[K]) => {
      setProblem(null);
      setDrafts((d) => ({ ...d, [key]: value }));
    };
  return {
    drafts,
    setTable: (table: RunDrafts['table']) => setDrafts((d) => ({ ...d, table })),
    edit,
    problem,
    setProblem,
  };
}
