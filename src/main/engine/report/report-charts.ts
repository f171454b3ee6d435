import { buildCentroidRadarOption, buildClusterScatterOption } from '../../../shared/charts/build-cluster-options';
import {
  buildCumulativeOption,
  buildHoldoutByFrequencyOption,
  buildPAliveHeatmapOption,
} from '../../../shared/charts/build-clv-options';
import {
  buildCutHistogramOption,
  buildRfmHeatmapOption,
  buildSegmentSharesOption,
} from '../../../shared/charts/build-rfm-options';
import { FEATURE_NAMES } from '../../../shared/segments';
import { chartSvg } from './chart-svg';
import type { ReportInput, ReportText } from './report-input';

/** Chart width in CSS px: the printable width of an A4 page at 96 dpi; the SVG scales to the page. */
const WIDTH = 680;

const figure = (svg: string, caption: string, x: ReportText) =>
  `<figure class="chart">${svg}<figcaption>${x.esc(caption)}</figcaption></figure>`;

/** The run's charts as inline SVG: the segments' shares of customers and revenue; for RFM the R × F grid and the three histograms with their cut points; a clustering's 2-D view and centres; a CLV run's validation. */
export function reportCharts(input: ReportInput, x: ReportText): string {
  const { t, lang } = x;
  const { result } = input;
  const segments = result.segments.filter((s) => s.customers > 0);
  const shares = buildSegmentSharesOption(
    segments.map((s) => ({ name: s.name[lang], share: s.share, revenueShare: s.revenueShare })),
    { customers: t('segments.customers'), revenue: t('segments.revenue') },
  );
  const top = [...segments].filter((s) => s.revenueShare !== null).sort((a, b) => b.revenueShare! - a.revenueShare!)[0];
  const sharesCaption = top
    ? t('report.sharesFinding', {
        name: top.name[lang],
        customers: x.pct(top.share),
        revenue: x.pct(top.revenueShare!),
      })
    : t('segments.sharesTitle');
  const out = [figure(chartSvg(shares, WIDTH, 70 + 28 * segments.length, 'shares'), sharesCaption, x)];
  if (result.charts) {
    const heat = buildRfmHeatmapOption(result.charts, 'customers', {
      r: t('segments.rScore'),
      f: t('segments.fScore'),
      value: t('segments.customers'),
      format: x.int,
    });
    out.push(figure(chartSvg(heat, WIDTH, 380, 'heatmap'), t('report.heatmapCaption'), x));
    if (result.bins) {
      for (const dim of ['recency', 'frequency', 'monetary'] as const) {
        const option = buildCutHistogramOption(result.charts.histograms[dim], result.bins[dim].lower.slice(1), {
          title: t(`segments.hist_${dim}`),
          edge: (v) => (dim === 'monetary' ? x.money(Math.round(v)).replace(/[.,]00$/, '') : x.num(v)),
        });
        const cuts = result.bins[dim].lower
          .slice(1)
          .map((v) => (v === null ? '—' : dim === 'monetary' ? x.money(v) : x.num(v)));
        out.push(figure(chartSvg(option, WIDTH, 220, dim), t('segments.cutPoints', { cuts: cuts.join(' · ') }), x));
      }
    }
  }
  const cluster = result.cluster;
  if (cluster) {
    const names = result.segments.slice(0, cluster.k).map((s) => s.name[lang]);
    if (cluster.pca) {
      const scatter = buildClusterScatterOption(cluster.pca, names, {
        pc1: t('cluster.pc', { n: 1, pct: x.pct(cluster.pca.explained[0]) }),
        pc2: t('cluster.pc', { n: 2, pct: x.pct(cluster.pca.explained[1]) }),
      });
      out.push(
        figure(
          chartSvg(scatter, WIDTH, 380, 'scatter'),
          cluster.pca.sample
            ? `${t('cluster.scatterTitle')}. ${t('cluster.scatterSample', { n: x.int(cluster.pca.sample) })}`
            : t('cluster.scatterTitle'),
          x,
        ),
      );
    }
    const fields = cluster.features.map((f) => FEATURE_NAMES[f.field]?.[lang] ?? f.field);
    if (fields.length >= 3)
      out.push(
        figure(
          chartSvg(buildCentroidRadarOption(cluster.centroids, fields, names, x.num), WIDTH, 360, 'radar'),
          t('cluster.centroids'),
          x,
        ),
      );
  }
  const clv = result.clv;
  if (clv) {
    // The validation as in the app: holdout by calibration frequency, the cumulative curve, P(alive).
    const unit = t(`clv.${clv.unit}`);
    const e = clv.validation.errors;
    if (e && clv.validation.byFrequency.length > 0) {
      const option = buildHoldoutByFrequencyOption(clv.validation, {
        actual: t('clv.actual'),
        expected: t('clv.expected'),
        frequency: t('clv.frequencyAxis'),
        purchases: t('clv.perCustomer'),
      });
      const error = e.relativeError === null ? '—' : `${e.relativeError > 0 ? '+' : ''}${x.pct(e.relativeError)}`;
      out.push(
        figure(
          chartSvg(option, WIDTH, 300, 'holdout'),
          `${t('clv.byFrequencyTitle')}. ${t('clv.errors', { actual: x.int(e.actual), expected: x.num(e.expected), error, mae: e.mae.toFixed(2), rmse: e.rmse.toFixed(2), end: clv.holdoutEnd ?? '—' })}`,
          x,
        ),
      );
    }
    const cumulative = buildCumulativeOption(clv, {
      actual: t('clv.actual'),
      expected: t('clv.expected'),
      time: t('clv.timeAxis', { unit }),
      purchases: t('clv.repeatAxis'),
      calibrationEnd: t('clv.calibrationMark'),
    });
    out.push(figure(chartSvg(cumulative, WIDTH, 300, 'cumulative'), t('clv.cumulativeTitle'), x));
    const heat = buildPAliveHeatmapOption(clv.pAlive, {
      frequency: t('clv.frequencyAxis'),
      recency: t('clv.recencyAxis', { unit }),
      pAlive: 'P(alive)',
    });
    out.push(
      figure(
        chartSvg(heat, WIDTH, 380, 'palive'),
        `${t('clv.heatmapTitle')}. ${t('clv.heatmapNote', { T: clv.pAlive.T.toFixed(1), unit })}`,
        x,
      ),
    );
  }
  return out.join('');
}
