import { useState } from 'react';
import type { ChooseKResult } from '../../../../shared/cluster';
import { call, newJobId } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import type { ClusterDraft } from './cluster-draft';

/** What a k-choosing result was computed for: a change of any of these makes it stale. */
const basisOf = (datasetId: number, analysisDate: string | undefined, d: ClusterDraft) =>
  [datasetId, analysisDate, d.features, d.categories, d.missing] as const;

/**
 * "Help me choose k": runs k = 2..10 in the worker and keeps the scores while the data, the
 * fields and the missing-value policy stay as they were (`choosing` is null once they change).
 */
export function useChooseK(datasetId: number, analysisDate: string | undefined, value: ClusterDraft) {
  const showError = useShowError();
  const [state, setState] = useState<{
    jobId: string;
    result: ChooseKResult | null;
    basis: ReturnType<typeof basisOf>;
  } | null>(null);
  const basis = basisOf(datasetId, analysisDate, value);
  const choosing = state && state.basis.every((x, i) => x === basis[i]) ? state : null;

  const chooseK = async () => {
    const jobId = newJobId();
    setState({ jobId, result: null, basis });
    try {
      const result = await call('cluster:chooseK', {
        datasetId,
        spec: { ...value, ...(analysisDate ? { analysisDate } : {}) },
        kMin: 2,
        kMax: 10,
        jobId,
      });
      setState((c) => (c?.jobId === jobId ? { ...c, result } : c));
    } catch (err) {
      setState(null);
      if ((err as { code?: string }).code !== 'E_CANCELLED') showError(err);
    }
  };
  return { choosing, chooseK };
}
