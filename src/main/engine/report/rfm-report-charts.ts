import { buildCutHistogramOption, buildRfmHeatmapOption } from '../../../shared/charts/build-rfm-options';
import type { ReportInput, ReportText } from './report-input';
import { reportFigure } from './report-figure';

/** An RFM run's charts: the R × F grid, and each dimension's histogram with its cut points. */
export function rfmReportCharts({ result }: ReportInput, x: ReportText): string[] {
  const { t } = x;
  if (!result.charts) return [];
  const heat = buildRfmHeatmapOption(result.charts, 'customers', {
    r: t('segments.rScore'),
    f: t('segments.fScore'),
    value: t('segments.customers'),
    format: x.int,
  });
  const out = [reportFigure(heat, 330, 'heatmap', t('report.heatmapTitle'), t('report.heatmapCaption'), x)];
  if (!result.bins) return out;
  for (const dim of ['recency', 'frequency', 'monetary'] as const) {
    const option = buildCutHistogramOption(result.charts.histograms[dim], result.bins[dim].lower.slice(1), {
      title: t(`segments.hist_${dim}`),
      edge: (v) => (dim === 'monetary' ? x.money(Math.round(v)).replace(/[.,]00$/, '') : x.num(v)),
    });
    const cuts = result.bins[dim].lower
      .slice(1)
      .map((v) => (v === null ? '—' : dim === 'monetary' ? x.money(v) : x.num(v)));
    // The title is the figure's own (above the chart), not the chart's.
    out.push(
      reportFigure(
        { ...option, title: { show: false } },
        200,
        dim,
        t(`segments.hist_${dim}`),
        t('segments.cutPoints', { cuts: cuts.join(' · ') }),
        x,
      ),
    );
  }
  return out;
}
