import { finiteOrNull } from '../../../shared/finite-or-null';
import { featureSettings } from '../../../shared/segments';
import type { ChooseKResult, ClusterSpec } from '../../../shared/cluster';
import { chooseK } from '../../engine/cluster/choose-k';
import { clusterMatrix } from '../../engine/cluster/cluster-matrix';
import type { JobContext } from '../protocol';
import { loadCustomerData } from './customer-data';
import { kernelRows, kernelThreadReady } from '../kernel-pool';

export interface ChooseKInput {
  workspacePath: string;
  datasetId: number;
  spec: ClusterSpec;
  kMin: number;
  kMax: number;
  now: number;
}

/**
 * The k-selection of a clustering spec: k-means on its matrix for each k (k-prototypes' categories
 * as one-hot columns), inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, the recommended k.
 */
export async function chooseKJob(input: ChooseKInput, ctx: JobContext): Promise<ChooseKResult> {
  await kernelThreadReady(ctx.config.kernelThreadPath);
  ctx.progress(0, { key: 'runFeatures', params: {} });
  const data = loadCustomerData(input.workspacePath, input.datasetId, featureSettings(input.spec), input.now, ctx);
  const spec: ClusterSpec = { ...input.spec, model: 'kmeans', oneHot: input.spec.categories.length > 0 };
  const matrix = clusterMatrix(data.table, spec);
  const result = chooseK(
    { values: matrix.numeric, n: matrix.rows.length, d: matrix.d },
    {
      kMin: input.kMin,
      kMax: input.kMax,
      nInit: spec.nInit,
      seed: spec.seed,
      maxIter: spec.maxIter,
      tol: spec.tol,
      parallel: kernelRows(ctx.config.kernelThreadPath),
      onProgress: (done, total) => {
        ctx.throwIfCancelled();
        ctx.progress(done / total, { key: 'chooseK', params: { done, total } });
      },
    },
  );
  return {
    ...result,
    rows: result.rows.map((r) => ({
      ...r,
      silhouette: finiteOrNull(r.silhouette),
      calinskiHarabasz: finiteOrNull(r.calinskiHarabasz),
      daviesBouldin: finiteOrNull(r.daviesBouldin),
    })),
    customers: matrix.rows.length,
  };
}
