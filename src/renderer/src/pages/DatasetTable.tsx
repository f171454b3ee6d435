import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { WriteAction } from '../components/WriteAction';
import { useFormat } from '../hooks/useFormat';
import { sharesLeftOutText } from '../../../shared/shares-left-out';

/** A dataset row's buttons: append (transactions only), rename, delete; a click on them does not choose the row. */
function RowActions({
  dataset,
  onAppend,
  onRename,
  onRemove,
}: {
  dataset: DatasetInfo;
  onAppend(dataset: DatasetInfo): void;
  onRename(dataset: DatasetInfo): void;
  onRemove(dataset: DatasetInfo): void;
}) {
  const { t } = useTranslation();
  return (
    <Space onClick={(e) => e.stopPropagation()}>
      {dataset.kind === 'transactions' && (
        <WriteAction title={t('data.append')}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label={t('data.append')}
            data-testid="append-dataset"
            onClick={() => onAppend(dataset)}
          />
        </WriteAction>
      )}
      <WriteAction title={t('common.rename')}>
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('common.rename')}
          onClick={() => onRename(dataset)}
        />
      </WriteAction>
      <WriteAction title={t('common.delete')}>
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          data-testid="delete-dataset"
          onClick={() => onRemove(dataset)}
        />
      </WriteAction>
    </Space>
  );
}

/** A dataset's file; a summary also says what it was made from (its rows are customers, not the file's lines). */
function SourceCell({ dataset }: { dataset: DatasetInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const summarised = dataset.source.summarised;
  if (!summarised) return dataset.sourceName;
  return (
    <Space direction="vertical" size={0}>
      <span>{dataset.sourceName}</span>
      <Typography.Text type="secondary" data-testid="summarised-from">
        {t('data.summarisedFrom', { rows: fmt.int(summarised.transactions) })}
      </Typography.Text>
      {summarised.sharesLeftOut && (
        <Typography.Text type="warning" data-testid="shares-left-out" style={{ display: 'block', maxWidth: 420 }}>
          {sharesLeftOutText(summarised.sharesLeftOut, (k, p) => t(k, p), fmt.int)}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The workspace's datasets, one chosen for the preview below; append (transactions), rename and delete on each row. */
export function DatasetTable({
  datasets,
  selectedId,
  onSelect,
  onAppend,
  onRename,
  onRemove,
}: {
  datasets: DatasetInfo[];
  selectedId: number | null;
  onSelect(id: number): void;
  onAppend(dataset: DatasetInfo): void;
  onRename(dataset: DatasetInfo): void;
  onRemove(dataset: DatasetInfo): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table<DatasetInfo>
      data-testid="dataset-table"
      size="middle"
      rowKey="id"
      dataSource={datasets}
      pagination={false}
      style={{ marginBottom: 24 }}
      rowSelection={{
        type: 'radio',
        columnTitle: <span className="visually-hidden">{t('a11y.previewed')}</span>,
        selectedRowKeys: selectedId === null ? [] : [selectedId],
        onChange: (keys) => onSelect(Number(keys[0])),
      }}
      onRow={(d) => ({ onClick: () => onSelect(d.id) })}
      columns={[
        {
          key: 'name',
          title: t('data.name'),
          dataIndex: 'name',
          render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
        },
        { key: 'source', title: t('data.source'), render: (_: unknown, d) => <SourceCell dataset={d} /> },
        {
          key: 'rows',
          title: t('data.rows'),
          dataIndex: 'rowCount',
          align: 'right',
          render: (v: number) => fmt.int(v),
        },
        {
          key: 'cols',
          title: t('data.columns'),
          align: 'right',
          render: (_: unknown, d) => fmt.int(d.columns.length),
        },
        { key: 'at', title: t('data.importedAt'), dataIndex: 'createdAt', render: (v: string) => fmt.dateTime(v) },
        {
          key: 'actions',
          title: t('data.actions'),
          render: (_: unknown, d) => (
            <RowActions dataset={d} onAppend={onAppend} onRename={onRename} onRemove={onRemove} />
          ),
        },
      ]}
    />
  );
}
