import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildCutHistogramOption } from '../../../../shared/charts/build-rfm-options';
import type { DimensionBinsInfo, RunResult } from '../../../../shared/segments';
import { Chart } from '../../components/Chart';
import { useFormat } from '../../hooks/useFormat';
import type { RfmDimension } from './rfm-dimensions';
import { useMoney } from './useMoney';

/** One RFM dimension's histogram with its score cut points drawn on it and written under it. */
export function CutHistogram({
  runName,
  dim,
  histogram,
  bins,
  currency,
}: {
  runName: string;
  dim: RfmDimension;
  histogram: NonNullable<RunResult['charts']>['histograms'][RfmDimension];
  bins: DimensionBinsInfo;
  currency: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney(currency);
  const title = t(`segments.hist_${dim}`);
  const inMoney = dim === 'monetary' && currency !== null;
  const cuts = bins.lower.slice(1);
  // Whole amounts on the axis: "¥1,200", not "¥1,200.00".
  const edge = (v: number) => (inMoney ? fmt.money(Math.round(v), currency).replace(/[.,]00$/, '') : fmt.num(v));
  return (
    <Card size="small" data-testid={`cuts-${dim}`}>
      <Chart
        height={180}
        testId={`rfm-histogram-${dim}`}
        name={`${runName} · ${title}`}
        title={title}
        format={fmt.int}
        option={buildCutHistogramOption(histogram, cuts, { title, edge })}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('segments.cutPoints', {
          cuts: cuts.map((v) => (v === null ? '—' : inMoney ? money(v) : fmt.num(v))).join(' · '),
        })}
      </Typography.Text>
    </Card>
  );
}
