import type { WorkspaceInfo } from '../../../../shared/schemas';

/** The currency (ISO code) of the dataset a run was made from; null when the run or the dataset is gone. */
export function runCurrency(workspace: WorkspaceInfo, runId: number | undefined): string | null {
  const run = workspace.runs.find((r) => r.id === runId);
  return workspace.datasets.find((d) => d.id === run?.datasetId)?.currency ?? null;
}
