import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildSegmentSharesOption } from '../../../../shared/charts/build-rfm-options';
import type { RunResult } from '../../../../shared/segments';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/**
 * An order-segments run's facts and chart: orders in segments, which amount the revenue counts,
 * the refund rate of all orders, and each segment's share of orders next to its share of revenue.
 */
export function OrderFacts({ runName, result }: { runName: string; result: RunResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const facts = result.orders;
  const amount = !facts?.amountColumn
    ? t('orderSegments.amountNone')
    : t(facts.amountIsPaid ? 'orderSegments.amountPaid' : 'orderSegments.amountTotal', {
        column: facts.amountColumn,
      });
  const gap = lang === 'zh-CN' ? '' : ' ';
  const refund =
    facts?.refundRate !== null && facts?.refundRate !== undefined
      ? `${gap}${t('orderSegments.refundRateAll', { rate: fmt.pct(facts.refundRate) })}`
      : '';
  const shares = result.segments.map((seg) => ({
    name: seg.name[lang],
    share: seg.share,
    revenueShare: seg.revenueShare,
  }));
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="run-facts">
        {t('orderSegments.facts', {
          orders: fmt.int(result.customers),
          segments: fmt.int(result.segments.filter((s) => s.customers > 0).length),
        })}
        {lang === 'zh-CN' ? '。' : '. '}
        {amount}
        {refund}
      </Typography.Paragraph>
      <ChartCard
        height={Math.max(220, 60 + 26 * shares.length)}
        testId="segment-shares"
        name={`${runName} · ${t('orderSegments.sharesTitle')}`}
        title={t('orderSegments.sharesTitle')}
        format={fmt.pct}
        style={{ marginBottom: 16 }}
        option={buildSegmentSharesOption(shares, {
          customers: t('orderSegments.orderShare'),
          revenue: t('segments.revenueShare'),
        })}
      />
    </>
  );
}
