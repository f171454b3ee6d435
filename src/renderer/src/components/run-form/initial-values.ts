import dayjs, { type Dayjs } from 'dayjs';
import { isOrdersOnly } from '../../../../shared/order-facts';
import type { DatasetInfo } from '../../../../shared/schemas';
import type { ModelSpec } from '../../../../shared/segments';
import type { RunChoice, Scheme } from './run-spec';

export interface RunFormValues extends Omit<RunChoice, 'analysisDate'> {
  datasetId: number;
  analysisDate?: Dayjs | null;
}

/** A new run's choice when nothing else is chosen: the 11 RFM segments, 5 quantile bins, as of the day after the last order. */
export const RFM_DEFAULTS = { scheme: 'eleven', bins: 5, method: 'quantile' } as const satisfies RunChoice;

/** The form's first values: the run being edited, or the newest dataset with the 11 RFM segments. */
export function initialValues(
  editing: { datasetId: number; spec: ModelSpec } | null,
  datasets: readonly DatasetInfo[],
): Partial<RunFormValues> {
  const spec = editing?.spec;
  const datasetId = editing?.datasetId ?? datasets[datasets.length - 1]?.id;
  const dataset = datasets.find((d) => d.id === datasetId);
  const base = {
    datasetId,
    ...RFM_DEFAULTS,
    // A dataset of orders alone gets order segments; any other, the 11 RFM segments.
    scheme: (dataset && isOrdersOnly(dataset) ? 'orders' : 'eleven') as Scheme,
  };
  if (!spec) return base;
  if (spec.model === 'orders') return { ...base, scheme: 'orders' };
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
