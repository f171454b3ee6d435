import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { useFormat } from '../../hooks/useFormat';
import { ChangesList } from './ChangesList';

/** What the import found and did: rows read and kept, appends, and each quality issue with its policy. */
export function QualityPanel({ dataset }: { dataset: DatasetInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { quality } = dataset;
  return (
    <div data-testid="dataset-quality">
      <Typography.Paragraph strong>
        {t('data.qualitySummary', { read: fmt.int(quality.rowsRead), kept: fmt.int(quality.rowsKept) })}
      </Typography.Paragraph>
      {(quality.appended ?? []).map((a) => (
        <Typography.Paragraph key={a.at + a.sourceName} data-testid="append-record">
          {t('data.appendRecord', {
            file: a.sourceName,
            read: fmt.int(a.rowsRead),
            added: fmt.int(a.rowsAdded),
            overlap: fmt.int(a.overlap),
            at: fmt.dateTime(a.at),
          })}
        </Typography.Paragraph>
      ))}
      {quality.issues.length === 0 ? (
        <Typography.Text type="secondary">{t('import.noIssues')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={quality.issues}
          columns={[
            {
              key: 'what',
              title: t('data.issue'),
              render: (_: unknown, i) => t(`issues.${i.code}`, { count: fmt.int(i.count), column: i.column ?? '' }),
            },
            { key: 'policy', title: t('data.policy'), render: (_: unknown, i) => t(`policies.${i.policy}`) },
            {
              key: 'lines',
              title: t('import.examples'),
              render: (_: unknown, i) => i.examples.map((e) => t('import.line', { line: e.line })).join(', '),
            },
          ]}
        />
      )}
      <ChangesList dataset={dataset} />
    </div>
  );
}
