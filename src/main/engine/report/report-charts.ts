import { buildSegmentSharesOption } from '../../../shared/charts/build-rfm-options';
import { clusterReportCharts } from './cluster-report-charts';
import { clvReportCharts } from './clv-report-charts';
import type { ReportInput, ReportText } from './report-input';
import { reportFigure } from './report-figure';
import { rfmReportCharts } from './rfm-report-charts';

/** The segments' shares of customers and revenue, the caption naming the segment with the most revenue. */
function sharesFigure({ result }: ReportInput, x: ReportText): string {
  const { t, lang } = x;
  const segments = result.segments.filter((s) => s.customers > 0);
  const shares = buildSegmentSharesOption(
    segments.map((s) => ({ name: s.name[lang], share: s.share, revenueShare: s.revenueShare })),
    { customers: t('segments.customers'), revenue: t('segments.revenue') },
  );
  const top = [...segments].filter((s) => s.revenueShare !== null).sort((a, b) => b.revenueShare! - a.revenueShare!)[0];
  const caption = top
    ? t('report.sharesFinding', {
        name: top.name[lang],
        customers: x.pct(top.share),
        revenue: x.pct(top.revenueShare!),
      })
    : '';
  return reportFigure(shares, 60 + 24 * segments.length, 'shares', t('segments.sharesTitle'), caption, x);
}

/** The run's charts as inline SVG: the segments' shares of customers and revenue; for RFM the R × F grid and the three histograms with their cut points; a clustering's 2-D view and centres; a CLV run's validation. */
export function reportCharts(input: ReportInput, x: ReportText): string {
  return [
    sharesFigure(input, x),
    ...rfmReportCharts(input, x),
    ...clusterReportCharts(input, x),
    ...clvReportCharts(input, x),
  ].join('');
}
