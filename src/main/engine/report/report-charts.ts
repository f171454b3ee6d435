import { buildCentroidRadarOption, buildClusterScatterOption } from '../../../shared/charts/build-cluster-options';
import { buildCutHistogramOption, buildRfmHeatmapOption, buildSegmentSharesOption } from '../../../shared/charts/build-rfm-options';
import { FEATURE_NAMES } from '../../../shared/segments';
import { chartSvg } from './chart-svg';
import type { ReportInput, ReportText } from './report-input';

/** Chart width in CSS px: the printable width of an A4 page at 96 dpi; the SVG scales to the page. */
const WIDTH = 680;

const figure = (svg: string, caption: string, x: ReportText) => `<figure class="chart">${svg}<figcaption>${x.esc(caption)}</figcaption></figure>`;

/** The run's charts as inline SVG: the segments' shares of customers and revenue; for RFM the R × F grid and the three histograms with their cut points. */
export function reportCharts(input: ReportInput, x: ReportText): string {
  const { t, lang } = x;
  const { result } = input;
  const segments = result.segments.filter((s) => s.customers > 0);
  const shares = buildSegmentSharesOption(
    segments.map((s) => ({ name: s.name[lang], share: s.share, revenueShare: s.revenueShare })),
    { customers: t('segments.customers'), revenue: t('segments.revenue') },
  );
  const top = [...segments].filter((s) => s.revenueShare !== null).sort((a, b) => b.revenueShare! - a.revenueShare!)[0];
  const sharesCaption = top ? t('report.sharesFinding', { name: top.name[lang], customers: x.pct(top.share), revenue: x.pct(top.revenueShare!) }) : t('segments.sharesTitle');
  const out = [figure(chartSvg(shares, WIDTH, 70 + 28 * segments.length, 'shares'), sharesCaption, x)];
  if (result.charts) {
    const heat = buildRfmHeatmapOption(result.charts, 'customers', { r: t('segments.rScore'), f: t('segments.fScore'), value: t('segments.customers'), format: x.int });
    out.push(figure(chartSvg(heat, WIDTH, 380, 'heatmap'), t('report.heatmapCaption'), x));
    if (result.bins) {
      for (const dim of ['recency', 'frequency', 'monetary'] as const) {
        const option = buildCutHistogramOption(result.charts.histograms[dim], result.bins[dim].lower.slice(1), {
          title: t(`segments.hist_${dim}`),
          edge: (v) => (dim === 'monetary' ? x.money(Math.round(v)).replace(/[.,]00$/, '') : x.num(v)),
        });
        const cuts = result.bins[dim].lower.slice(1).map((v) => (v === null ? '—' : dim === 'monetary' ? x.money(v) : x.num(v)));
        out.push(figure(chartSvg(option, WIDTH, 220, dim), t('segments.cutPoints', { cuts: cuts.join(' · ') }), x));
      }
    }
  }
  const cluster = result.cluster;
  if (cluster) {
    const names = result.segments.slice(0, cluster.k).map((s) => s.name[lang]);
    if (cluster.pca) {
      const scatter = buildClusterScatterOption(cluster.pca, names, { pc1: t('cluster.pc', { n: 1, pct: x.pct(cluster.pca.explained[0]) }), pc2: t('cluster.pc', { n: 2, pct: x.pct(cluster.pca.explained[1]) }) });
      out.push(figure(chartSvg(scatter, WIDTH, 380, 'scatter'), cluster.pca.sample ? `${t('cluster.scatterTitle')}. ${t('cluster.scatterSample', { n: x.int(cluster.pca.sample) })}` : t('cluster.scatterTitle'), x));
    }
    const fields = cluster.features.map((f) => FEATURE_NAMES[f.field]?.[lang] ?? f.field);
    if (fields.length >= 3) out.push(figure(chartSvg(buildCentroidRadarOption(cluster.centroids, fields, names, x.num), WIDTH, 360, 'radar'), t('cluster.centroids'), x));
  }
  return out.join('');
}
