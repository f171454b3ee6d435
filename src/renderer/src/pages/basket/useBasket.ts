import { useState } from 'react';
import { DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_SUPPORT } from '../../../../shared/products';
import type { BasketResult, BasketSpec } from '../../../../shared/products';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useCall } from '../../hooks/useCall';
import { useJobRunner } from '../../hooks/useJobRunner';
import type { BasketChoice } from './basket-choice';

/** A run's segments (null while they load, or with no run). */
export function useSegments(runId: number | undefined) {
  return useCall(
    () => (runId === undefined ? null : call('run:get', { runId }).then((d) => d.result.segments)),
    [runId],
  ).data;
}

/**
 * The basket page's state: the datasets of orders, the user's choice (the newest dataset, all
 * customers, products, 1 % and 30 % to start), the chosen dataset's customer runs and the chosen
 * run's segments; Find runs the rules job (progress, cancel) and keeps what it found with its spec.
 */
export function useBasket(workspace: WorkspaceInfo) {
  const jobs = useJobRunner();
  const showError = useShowError();
  const datasets = workspace.datasets.filter((d) => d.kind === 'transactions');
  const [choice, setChoice] = useState<BasketChoice>(() => ({
    datasetId: datasets.at(-1)?.id,
    runId: undefined,
    segment: undefined,
    by: 'product',
    minSupport: DEFAULT_MIN_SUPPORT,
    minConfidence: DEFAULT_MIN_CONFIDENCE,
  }));
  const datasetId = datasets.some((d) => d.id === choice.datasetId) ? choice.datasetId : datasets.at(-1)?.id;
  // Order segments follow orders, not customers: they neither narrow whose orders nor hold a list.
  const runs = workspace.runs.filter((r) => r.datasetId === datasetId && r.model !== 'orders');
  const runId = runs.some((r) => r.id === choice.runId) ? choice.runId : undefined;
  const segments = useSegments(runId);
  const [found, setFound] = useState<{ spec: BasketSpec; result: BasketResult } | null>(null);

  const find = async () => {
    if (datasetId === undefined) return;
    const scope = runId !== undefined && choice.segment !== undefined ? { runId, segment: choice.segment } : {};
    const spec: BasketSpec = {
      datasetId,
      ...scope,
      by: choice.by,
      minSupport: choice.minSupport,
      minConfidence: choice.minConfidence,
      maxItems: 3,
    };
    try {
      setFound({ spec, result: await jobs.run('basket:rules', spec) });
    } catch (err) {
      showError(err);
    }
  };
  return {
    jobs,
    datasets,
    runs,
    segments,
    choice: { ...choice, datasetId, runId },
    setChoice: (patch: Partial<BasketChoice>) => setChoice((c) => ({ ...c, ...patch })),
    found: found?.spec.datasetId === datasetId ? found : null,
    find,
  };
}
