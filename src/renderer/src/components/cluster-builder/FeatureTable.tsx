import { Checkbox, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCALINGS, type ClusterFeature } from '../../../../shared/cluster';

interface FeatureTableProps {
  features: ClusterFeature[];
  label(name: string): string;
  onFeature(i: number, patch: Partial<ClusterFeature>): void;
}

/** Each chosen numeric field with its scaling and whether it is log-transformed first. */
export function FeatureTable({ features, label, onFeature }: FeatureTableProps) {
  const { t } = useTranslation();
  return (
    <Table<ClusterFeature>
      size="small"
      pagination={false}
      rowKey="field"
      style={{ marginBottom: 16 }}
      dataSource={features}
      columns={[
        { title: t('rules.field'), dataIndex: 'field', render: label },
        {
          title: t('cluster.scaling'),
          dataIndex: 'scaling',
          render: (s: ClusterFeature['scaling'], _row, i) => (
            <Select
              size="small"
              style={{ width: 190 }}
              value={s}
              onChange={(scaling) => onFeature(i, { scaling })}
              options={SCALINGS.map((x) => ({ value: x, label: t(`cluster.scaling_${x}`) }))}
            />
          ),
        },
        {
          title: t('cluster.log'),
          dataIndex: 'log',
          render: (log: boolean, _row, i) => (
            <Checkbox
              checked={log}
              onChange={(e) => onFeature(i, { log: e.target.checked })}
              aria-label={t('cluster.logHint')}
            />
          ),
        },
      ]}
    />
  );
}
