import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyFormat } from '../../../../../shared/money-format';
import { useFormat } from '../../../hooks/useFormat';
import type { PlaceMetric } from './place-rows';
import type { PlaceWords } from './place-tooltip';

/** The words and formats of the Where panel in the UI language, and how a scale writes a value of the metric. */
export function usePlaceWords(currency: string, metric: PlaceMetric) {
  const { t, i18n } = useTranslation();
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
    // Scales (the map's classes, the bars' axis) write money short: £1.5M, ¥120万.
    const compact = moneyFormat(i18n.language, currency, { notation: 'compact', maximumFractionDigits: 1 });
    const format = metric === 'revenue' ? (n: number) => compact.format(n) : fmt.int;
    return { words, format, metricName: t(`where.metric_${metric}`) };
  }, [t, i18n.language, fmt, currency, metric]);
}
