import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { useDatasetChanges } from '../../hooks/useDatasetChanges';
import { useFormat } from '../../hooks/useFormat';
import { changeWords } from './change-words';

/** The import report's "Changes since import": each change to the dataset's columns, when it was made, in plain words. */
export function ChangesList({ dataset }: { dataset: DatasetInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const changes = useDatasetChanges(dataset);
  return (
    <div data-testid="changes-list" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('meanings.changesTitle')}</Typography.Title>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">{t('meanings.noChanges')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey={(c) => `${c.at}-${JSON.stringify(c.change)}`}
          dataSource={changes}
          onRow={() => ({ 'data-testid': 'change-item' }) as never}
          columns={[
            { key: 'when', title: t('meanings.when'), width: 200, render: (_: unknown, c) => fmt.dateTime(c.at) },
            { key: 'what', title: t('meanings.what'), render: (_: unknown, c) => changeWords(c.change, t) },
          ]}
        />
      )}
    </div>
  );
}
