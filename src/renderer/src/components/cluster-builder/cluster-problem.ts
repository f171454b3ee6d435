import type { ClusterDraft } from './cluster-draft';

/** What keeps a draft from running, in words (null when it can run). */
export function clusterProblem(draft: ClusterDraft, t: (key: string) => string): string | null {
  if (draft.features.length + draft.categories.length === 0) return t('cluster.needFields');
  if (draft.model === 'kmeans' && draft.categories.length > 0 && !draft.oneHot) return t('cluster.needCategories');
  return null;
}
