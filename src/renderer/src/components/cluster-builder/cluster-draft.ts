import type { ClusterSpec } from '../../../../shared/cluster';

/** A clustering spec being edited (the dataset and analysis date are the form's). */
export type ClusterDraft = Omit<ClusterSpec, 'analysisDate'>;

export const DEFAULT_CLUSTER: ClusterDraft = {
  model: 'kmeans',
  k: 4,
  features: [],
  categories: [],
  oneHot: false,
  missing: 'median',
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 42,
  frequency: 'orders',
};
