import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunInfo, WorkspaceInfo } from '../../../shared/schemas';
import { EmptyState } from '../components/EmptyState';
import { useRunExports } from '../components/RunExports';
import { useFormat } from '../hooks/useFormat';
import { MenuDropdown } from '../components/MenuDropdown';
import { runLabels } from '../components/run-labels';

/** Every run with what it can be exported as: the report (PDF or HTML), the customer list, the segment summary, SQL. */
export function ReportsPage({ workspace }: { workspace: WorkspaceInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [active, setActive] = useState<number | null>(null);
  const exports = useRunExports(active, { workspace });
  if (workspace.runs.length === 0) {
    return (
      <div className="page">
        <EmptyState testId="reports-empty" title={t('reports.emptyTitle')} hint={t('reports.emptyHint')} />
      </div>
    );
  }
  const datasetName = (id: number) => workspace.datasets.find((d) => d.id === id)?.name ?? '—';
  // Runs by model and analysis day in the UI language, as the run selects name them.
  const labels = new Map(runLabels(workspace.runs, t).map((label, i) => [workspace.runs[i].id, label]));
  return (
    <div className="page" data-testid="reports-page">
      <Typography.Paragraph type="secondary">{t('reports.lead')}</Typography.Paragraph>
      <Table<RunInfo>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...workspace.runs].reverse()}
        columns={[
          { title: t('reports.run'), key: 'name', render: (_: unknown, run: RunInfo) => labels.get(run.id) },
          { title: t('segments.dataset'), dataIndex: 'datasetId', render: datasetName },
          {
            title: t('segments.customers'),
            dataIndex: 'customerCount',
            align: 'right',
            render: (n: number) => fmt.int(n),
          },
          { title: t('reports.made'), dataIndex: 'createdAt', render: (iso: string) => fmt.dateTime(iso) },
          {
            title: <span className="visually-hidden">{t('data.actions')}</span>,
            key: 'export',
            align: 'right',
            render: (_: unknown, run: RunInfo) => (
              <MenuDropdown menu={{ items: exports.items }} onOpenChange={(o) => o && setActive(run.id)}>
                <Button icon={<DownloadOutlined />} data-testid={`reports-export-${run.id}`}>
                  {t('export.button')}
                </Button>
              </MenuDropdown>
            ),
          },
        ]}
      />
      {exports.element}
    </div>
  );
}
