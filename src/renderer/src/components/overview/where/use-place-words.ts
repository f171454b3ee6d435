import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { PlaceMetric } from './place-rows';
import type { PlaceWords } from './place-tooltip';

/** The words and formats of the Where panel in the UI language, and how a value of the metric is written. */
export function usePlaceWords(currency: string, metric: PlaceMetric) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(() => {
    const words: PlaceWords = {
      customers: t('where.metric_customers'),
      orders: t('where.metric_orders'),
      revenue: t('where.metric_revenue'),
      share: t('where.share'),
      int: fmt.int,
      money: (n) => fmt.money(n, currency),
      pct: fmt.pct,
    };
    const format = metric === 'revenue' ? words.money : fmt.int;
    return { words, format, metricName: t(`where.metric_${metric}`) };
  }, [t, fmt, currency, metric]);
}
