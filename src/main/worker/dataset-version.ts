import type { DatasetInfo, RunInfo } from '../../shared/schemas';

/**
 * What tells one state of a dataset's rows and meanings from another, for the worker's caches:
 * its creation time (an id reused after a delete is another dataset), its row count (an append),
 * its columns' names and types (renamed or typed anew after import) and its roles (meanings changed).
 */
export function datasetVersion(d: DatasetInfo): string {
  const columns = d.columns.map((c) => `${c.name}:${c.spec.kind}`).join('\u0000');
  return `${d.id}#${d.createdAt}#${d.rowCount}#${columns}#${JSON.stringify(d.roles)}`;
}

/**
 * What tells one state of a run and its dataset from another, for the worker's caches of what is
 * counted from both: the run (its creation and revision), the dataset's version, and `parts`.
 */
export function runDataKey(workspacePath: string, run: RunInfo, info: DatasetInfo, ...parts: string[]): string {
  return [workspacePath, run.id, run.createdAt, run.revision, datasetVersion(info), ...parts].join('|');
}
