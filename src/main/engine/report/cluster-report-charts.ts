import { buildCentroidRadarOption, buildClusterScatterOption } from '../../../shared/charts/build-cluster-options';
import { FEATURE_NAMES } from '../../../shared/segments';
import type { ReportInput, ReportText } from './report-input';
import { reportFigure } from './report-figure';

/** A clustering's charts: the 2-D view (PCA) and the centres' radar. */
export function clusterReportCharts({ result }: ReportInput, x: ReportText): string[] {
  const { t, lang } = x;
  const cluster = result.cluster;
  if (!cluster) return [];
  const out: string[] = [];
  const names = result.segments.slice(0, cluster.k).map((s) => s.name[lang]);
  if (cluster.pca) {
    const scatter = buildClusterScatterOption(cluster.pca, names, {
      pc1: t('cluster.pc', { n: 1, pct: x.pct(cluster.pca.explained[0]) }),
      pc2: t('cluster.pc', { n: 2, pct: x.pct(cluster.pca.explained[1]) }),
    });
    const caption = cluster.pca.sample ? t('cluster.scatterSample', { n: x.int(cluster.pca.sample) }) : '';
    out.push(reportFigure(scatter, 380, 'scatter', t('cluster.scatterTitle'), caption, x));
  }
  const fields = cluster.features.map((f) => FEATURE_NAMES[f.field]?.[lang] ?? f.field);
  if (fields.length >= 3)
    out.push(
      reportFigure(
        buildCentroidRadarOption(cluster.centroids, fields, names, x.num),
        360,
        'radar',
        t('cluster.centroids'),
        '',
        x,
      ),
    );
  return out;
}
