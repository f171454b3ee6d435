import { useCallback, useState } from 'react';
import type { MeaningsFocus } from '../errors/map-role';

export type Section = 'data' | 'segments' | 'compare' | 'campaign' | 'reports';

/** What the app shows of one workspace: the section, and the run on the Segments page (null: the newest). */
export interface WorkspaceViewState {
  section: Section;
  segmentsRunId: number | null;
  /** A dataset's column meanings asked for (by a missing-role error), shown on the Data page. */
  meanings?: MeaningsFocus | null;
}

const START: WorkspaceViewState = { section: 'data', segmentsRunId: null };

/**
 * The app's memory of each workspace's view while it runs (by file path): leaving the Segments
 * page, or the workspace, and coming back shows the same section and run.
 */
export function useWorkspaceViews(path: string | null) {
  const [views, setViews] = useState<Record<string, WorkspaceViewState>>({});
  const view = (path !== null && views[path]) || START;
  const setView = useCallback(
    (patch: Partial<WorkspaceViewState>, at: string | null = path) => {
      if (at === null) return;
      setViews((all) => ({ ...all, [at]: { ...(all[at] ?? START), ...patch } }));
    },
    [path],
  );
  return { view, setView };
}
