import { AppError } from '../../shared/errors';
import type { WorkspaceService } from '../workspace/workspace-service';
import { segmentNamed } from './segment-arg';

/** Segment keys or names (either language) → the run's segment indexes (`flag`: the option that named them). */
export function segmentIndexes(
  service: WorkspaceService,
  runId: number,
  names: string[] | undefined,
  flag = '--segments',
): number[] | undefined {
  if (!names) return undefined;
  const { segments } = service.runDetails(runId).result;
  return names.map((n) => {
    const at = segmentNamed(segments, n);
    if (at < 0)
      throw new AppError(
        'E_USAGE',
        `${flag}: this run has no segment "${n}" (it has ${segments.map((s) => s.key).join(', ')})`,
      );
    return at;
  });
}
