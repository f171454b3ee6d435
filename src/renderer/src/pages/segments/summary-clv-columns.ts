import type { TFunction } from 'i18next';
import type { RunResult, SegmentSummary } from '../../../../shared/segments';

const right = 'right' as const;

/**
 * A CLV run's predicted value per segment (result.clv.segmentValues, by segment index) beside its
 * past revenue: the sum over the horizon and the mean per customer; the total row sums them.
 */
function clvValueColumns(result: RunResult, t: TFunction, money: (n: number) => string) {
  const clv = result.clv;
  if (!clv || clv.segmentValues.length !== result.segments.length) return [];
  const index = new Map(result.segments.map((s, i) => [s.key, i]));
  const all = clv.segmentValues.reduce((sum, v) => ({ customers: sum.customers + v.customers, clv: sum.clv + v.clv }), {
    customers: 0,
    clv: 0,
  });
  const valueOf = (row: SegmentSummary) => {
    const i = index.get(row.key);
    if (i !== undefined) return clv.segmentValues[i];
    return { ...all, meanClv: all.customers > 0 ? all.clv / all.customers : 0 };
  };
  const horizon = clv.settings.horizon;
  return [
    {
      key: 'clv',
      title: t('clvCompare.predictedValue', { horizon }),
      align: right,
      render: (_: unknown, row: SegmentSummary) => money(valueOf(row).clv),
    },
    {
      key: 'meanClv',
      title: t('clvCompare.meanPredicted'),
      align: right,
      render: (_: unknown, row: SegmentSummary) => money(valueOf(row).meanClv),
    },
  ];
}

/** The revenue column; for a CLV run, titled as the past (up to the calibration end) and followed by the predicted value. */
export function revenueColumns(result: RunResult, t: TFunction, money: (n: number | null) => string) {
  const revenue = {
    title: result.clv ? t('clvCompare.pastRevenue', { end: result.clv.calibrationEnd }) : t('segments.revenue'),
    dataIndex: 'revenue' as const,
    align: right,
    render: money,
  };
  return [revenue, ...clvValueColumns(result, t, money)];
}
