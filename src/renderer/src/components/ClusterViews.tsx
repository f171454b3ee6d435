import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../shared/cluster';
import { FEATURE_NAMES, type ModelSpec, type RunResult } from '../../../shared/segments';
import { CentresTable } from './cluster-views/CentresTable';
import { ClusterCharts } from './cluster-views/ClusterCharts';
import { ClusterFacts } from './cluster-views/ClusterFacts';
import { ClusterRulesCard } from './cluster-views/ClusterRulesCard';

interface Props {
  runName: string;
  result: RunResult;
  cluster: ClusterResult;
  /** Creates a rules run from the clusters' rules (the caller runs it with progress). */
  onSaveRules(spec: ModelSpec): void;
}

/** A clustering run: its yardsticks, the 2-D view, the centres (table and radar) and the rules that re-create it. */
export function ClusterViews({ runName, result, cluster, onSaveRules }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const label = (f: string) => FEATURE_NAMES[f]?.[lang] ?? f;
  const names = result.segments.slice(0, cluster.k).map((s) => s.name[lang]);
  return (
    <div data-testid="cluster-views">
      <ClusterFacts result={result} cluster={cluster} />
      <ClusterCharts runName={runName} cluster={cluster} names={names} label={label} />
      <CentresTable result={result} cluster={cluster} names={names} label={label} />
      <ClusterRulesCard result={result} cluster={cluster} names={names} label={label} onSaveRules={onSaveRules} />
    </div>
  );
}
