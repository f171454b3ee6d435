import { useCallback, useState } from 'react';
import type { OverviewPeriod } from '../../../shared/overview';
import type { MeaningsFocus } from '../errors/map-role';

export type Section = 'overview' | 'data' | 'segments' | 'basket' | 'compare' | 'campaign' | 'reports';

/** What the app shows of one workspace: the section, and the run on the Segments page (null: the newest). */
export interface WorkspaceViewState {
  section: Section;
  segmentsRunId: number | null;
  /** A dataset's column meanings asked for (by a missing-role error), shown on the Data page. */
  meanings?: MeaningsFocus | null;
  /** The Overview's dataset (null: the newest dataset of orders) and period. */
  overviewDatasetId?: number | null;
  overviewPeriod?: OverviewPeriod;
}

/**
 * Where a workspace opens: on the Overview when it holds orders to picture, else on the Data
 * page (where an empty workspace imports its first file).
 */
const start = (hasOrders: boolean): WorkspaceViewState => ({
  section: hasOrders ? 'overview' : 'data',
  segmentsRunId: null,
});

/**
 * The app's memory of each workspace's view while it runs (by file path): leaving the Segments
 * page, or the workspace, and coming back shows the same section and run.
 */
export function useWorkspaceViews(path: string | null, hasOrders: boolean) {
  const [views, setViews] = useState<Record<string, WorkspaceViewState>>({});
  const view = (path !== null && views[path]) || start(hasOrders);
  const setView = useCallback(
    (patch: Partial<WorkspaceViewState>, at: string | null = path) => {
      if (at === null) return;
      setViews((all) => ({ ...all, [at]: { ...(all[at] ?? start(hasOrders)), ...patch } }));
    },
    [path, hasOrders],
  );
  return { view, setView };
}
