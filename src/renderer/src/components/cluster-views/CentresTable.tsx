import { Table } from 'antd';
import type { RunResult } from '../../../../shared/segments';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../../shared/cluster';
import { useFormat } from '../../hooks/useFormat';

interface CentresTableProps {
  result: RunResult;
  cluster: ClusterResult;
  names: string[];
  label(field: string): string;
}

/** Each cluster's centre: its customers, the mean of each numeric field, the mode of each category. */
export function CentresTable({ result, cluster, names, label }: CentresTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fields = cluster.features.map((f) => f.field);
  const centreRows = cluster.centroids.map((c, i) => ({
    key: i,
    name: names[i],
    customers: result.segments[i].customers,
    ...Object.fromEntries(fields.map((f, j) => [f, c.values[j]])),
    ...Object.fromEntries(cluster.categoryFields.map((f, j) => [`cat:${f}`, c.modes[j]])),
  }));
  return (
    <Table
      size="small"
      pagination={false}
      style={{ marginBottom: 16 }}
      data-testid="cluster-centroids"
      dataSource={centreRows}
      columns={[
        { title: t('segments.segment'), dataIndex: 'name' },
        {
          title: t('segments.customers'),
          dataIndex: 'customers',
          align: 'right' as const,
          render: (v: number) => fmt.int(v),
        },
        ...fields.map((f) => ({
          title: label(f),
          dataIndex: f,
          align: 'right' as const,
          render: (v: number) => fmt.num(v),
        })),
        ...cluster.categoryFields.map((f) => ({ title: f, dataIndex: `cat:${f}` })),
      ]}
    />
  );
}
