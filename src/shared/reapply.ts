import { AppError } from './errors';
import type { ModelSpec, RunResult } from './segments';

export interface ReapplyOptions {
  /** The new analysis day (YYYY-MM-DD); by default the original's (then the day after the last transaction). */
  analysisDate?: string;
  /** Only the last this many days before the analysis day. */
  windowDays?: number;
  /** RFM: compute the score cut points afresh rather than keep the original run's. */
  recompute?: boolean;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The spec that re-applies a run to another date, window or (appended) dataset, linked to it by
 * `basedOn`. RFM keeps the original run's score cut points by default (as fixed cuts), so a
 * segment means the same thing in both runs; rules apply as they are; a CLV run's calibration
 * period ends the day before the new analysis day. Clusters are not re-applied as such: their
 * rules are (Save as a rule segmentation), so the refusal says so.
 */
export function reappliedSpec(spec: ModelSpec, result: RunResult, runId: number, options: ReapplyOptions): ModelSpec {
  const { analysisDate, windowDays, recompute } = options;
  if (spec.model === 'kmeans' || spec.model === 'kprototypes') {
    throw new AppError(
      'E_BAD_SPEC',
      'A clustering is re-applied through its rules: open the run and choose "Save as a rule segmentation", then re-apply that run.',
      { runId, model: spec.model },
    );
  }
  if (spec.model === 'clv') {
    if (windowDays !== undefined)
      throw new AppError(
        'E_BAD_SPEC',
        'A lifetime-value run learns from every purchase before its calibration end: it takes no window.',
        { runId, windowDays },
      );
    return {
      ...spec,
      calibrationEnd: analysisDate ? dayBefore(analysisDate) : undefined,
      holdoutEnd: undefined,
      basedOn: runId,
    };
  }
  const moved = {
    ...spec,
    analysisDate: analysisDate ?? spec.analysisDate,
    windowDays: windowDays ?? spec.windowDays,
    basedOn: runId,
  };
  if (moved.model !== 'rfm' || recompute || moved.scheme === 'eight' || !result.bins) return moved;
  // The original's cut points, frozen: each dimension's bins − 1 lower bounds after the first.
  const cuts = (dim: 'recency' | 'frequency' | 'monetary') =>
    result.bins![dim].lower.slice(1).map((v) => v ?? Number.NaN);
  const frozen = { recency: cuts('recency'), frequency: cuts('frequency'), monetary: cuts('monetary') };
  if (Object.values(frozen).some((list) => list.some((v) => !Number.isFinite(v)))) return moved;
  return { ...moved, method: 'fixed', cuts: frozen };
}
