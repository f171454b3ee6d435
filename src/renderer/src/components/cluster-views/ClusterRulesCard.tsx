import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { clusterRules } from '../../../../shared/cluster-rules';
import { isSpan, simplifyTests, type SimpleTest } from '../../../../shared/simplify-tests';
import type { ModelSpec, RunResult } from '../../../../shared/segments';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../../shared/cluster';
import { useFormat } from '../../hooks/useFormat';
import { WriteAction } from '../WriteAction';

interface ClusterRulesCardProps {
  result: RunResult;
  cluster: ClusterResult;
  names: string[];
  label(field: string): string;
  onSaveRules(spec: ModelSpec): void;
}

/** The rules (a decision tree) that re-create the clusters, how often they agree, and a button to save them as a rules run. */
export function ClusterRulesCard({ result, cluster, names, label, onSaveRules }: ClusterRulesCardProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const test = (x: SimpleTest) => {
    if (!isSpan(x)) return `${x.feature} ${x.op === 'is' ? '=' : '≠'} ${x.value}`;
    const field = label(x.feature);
    if (x.min !== null && x.max !== null) return `${fmt.num(x.min)} ≤ ${field} < ${fmt.num(x.max)}`;
    return x.min !== null ? `${field} ≥ ${fmt.num(x.min)}` : `${field} < ${fmt.num(x.max ?? 0)}`;
  };
  return (
    <Card
      size="small"
      title={t('cluster.rulesTitle')}
      style={{ marginBottom: 16 }}
      extra={
        <WriteAction>
          <Button
            size="small"
            icon={<SaveOutlined />}
            data-testid="save-cluster-rules"
            onClick={() =>
              onSaveRules({
                model: 'rules',
                rules: clusterRules(cluster.tree, result.segments),
                frequency: 'orders',
                ...(result.analysisDate ? { analysisDate: result.analysisDate } : {}),
              })
            }
          >
            {t('cluster.saveRules')}
          </Button>
        </WriteAction>
      }
    >
      <Typography.Paragraph data-testid="cluster-rules-agreement">
        {t('cluster.rulesAgreement', { pct: fmt.pct(cluster.tree.agreement) })}
      </Typography.Paragraph>
      <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="cluster-rules">
        {cluster.tree.leaves.map((leaf, i) => (
          <li key={i}>
            {leaf.tests.length
              ? `${t('cluster.ruleIf')} ${simplifyTests(leaf.tests)
                  .map(test)
                  .join(lang === 'zh-CN' ? ' 且 ' : ' and ')}`
              : t('cluster.ruleAlways')}{' '}
            {t('cluster.ruleThen')} <b>{names[leaf.label]}</b> ({fmt.int(leaf.agreeing)}/{fmt.int(leaf.customers)})
          </li>
        ))}
      </ul>
    </Card>
  );
}
