import dayjs, { type Dayjs } from 'dayjs';
import type { DatasetInfo } from '../../../../shared/schemas';
import type { ModelSpec } from '../../../../shared/segments';
import type { RunChoice, Scheme } from './run-spec';

export interface RunFormValues extends Omit<RunChoice, 'analysisDate'> {
  datasetId: number;
  analysisDate?: Dayjs | null;
}

/** The form's first values: the run being edited, or the newest dataset with the 11 RFM segments. */
export function initialValues(
  editing: { datasetId: number; spec: ModelSpec } | null,
  datasets: readonly DatasetInfo[],
): Partial<RunFormValues> {
  const spec = editing?.spec;
  const base = {
    datasetId: editing?.datasetId ?? datasets[datasets.length - 1]?.id,
    bins: 5 as const,
    method: 'quantile' as const,
    scheme: 'eleven' as Scheme,
  };
  if (!spec) return base;
  const analysisDate = spec.model !== 'clv' && spec.analysisDate ? dayjs(spec.analysisDate) : null;
  if (spec.model === 'kmeans' || spec.model === 'kprototypes') return { ...base, scheme: 'cluster', analysisDate };
  if (spec.model === 'clv') return { ...base, scheme: 'clv' };
  if (spec.model !== 'rfm') return { ...base, scheme: 'rules', analysisDate };
  return {
    ...base,
    scheme: spec.scheme,
    bins: spec.bins,
    method: spec.method === 'fixed' ? 'quantile' : spec.method,
    analysisDate,
  };
}
