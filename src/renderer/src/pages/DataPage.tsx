import { DeleteOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Space, Table, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo, WorkspaceInfo } from '../../../shared/schemas';
import { call } from '../api';
import { DatasetView } from '../components/DatasetView';
import { EmptyState } from '../components/EmptyState';
import { useShowError } from '../errors/ErrorProvider';
import { useFormat } from '../hooks/useFormat';

export interface DataPageProps {
  workspace: WorkspaceInfo;
  onImport(): void;
  /** Appends a newer export to a transactions dataset. */
  onAppend(dataset: DatasetInfo): void;
  onChanged(): void;
}

/** The datasets of the workspace: import, rename, delete (confirmed), and a preview of the selected one. */
export function DataPage({ workspace, onImport, onAppend, onChanged }: DataPageProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const datasets = workspace.datasets;
  const selected = datasets.find((d) => d.id === selectedId) ?? datasets[datasets.length - 1] ?? null;

  useEffect(() => {
    if (selectedId !== null && !datasets.some((d) => d.id === selectedId)) setSelectedId(null);
  }, [datasets, selectedId]);

  const rename = (d: DatasetInfo) => {
    let name = d.name;
    modal.confirm({
      title: t('data.renameTitle'),
      icon: null,
      content: (
        <Input
          defaultValue={d.name}
          autoFocus
          maxLength={200}
          aria-label={t('data.name')}
          onChange={(e) => (name = e.target.value)}
          data-testid="rename-input"
        />
      ),
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('dataset:rename', { datasetId: d.id, name });
          onChanged();
        } catch (err) {
          showError(err);
        }
      },
    });
  };

  const remove = (d: DatasetInfo) => {
    const runs = workspace.runs.filter((r) => r.datasetId === d.id).length;
    modal.confirm({
      title: t('data.deleteTitle', { name: d.name }),
      content: t('data.deleteBody', { rows: fmt.int(d.rowCount), runs: fmt.int(runs) }),
      okText: t('common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('dataset:delete', { datasetId: d.id, confirm: true });
          void message.success(t('data.deleted'));
          onChanged();
        } catch (err) {
          showError(err);
        }
      },
    });
  };

  const importButton = (
    <Button type="primary" icon={<ImportOutlined />} onClick={onImport} data-testid="import-button">
      {t('data.import')}
    </Button>
  );

  if (datasets.length === 0) {
    return (
      <div className="page">
        <EmptyState testId="data-empty" title={t('data.emptyTitle')} hint={t('data.emptyHint')} action={importButton} />
      </div>
    );
  }

  return (
    <div className="page">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 24 }}>
          {t('data.title')}
        </Typography.Title>
        {importButton}
      </Flex>
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
          selectedRowKeys: selected ? [selected.id] : [],
          onChange: (keys) => setSelectedId(Number(keys[0])),
        }}
        onRow={(d) => ({ onClick: () => setSelectedId(d.id) })}
        columns={[
          {
            key: 'name',
            title: t('data.name'),
            dataIndex: 'name',
            render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
          },
          { key: 'source', title: t('data.source'), dataIndex: 'sourceName' },
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
              <Space onClick={(e) => e.stopPropagation()}>
                {d.kind === 'transactions' && (
                  <Tooltip title={t('data.append')}>
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      aria-label={t('data.append')}
                      data-testid="append-dataset"
                      onClick={() => onAppend(d)}
                    />
                  </Tooltip>
                )}
                <Tooltip title={t('common.rename')}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('common.rename')}
                    onClick={() => rename(d)}
                  />
                </Tooltip>
                <Tooltip title={t('common.delete')}>
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    data-testid="delete-dataset"
                    onClick={() => remove(d)}
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]}
      />
      {selected && (
        <DatasetView
          key={selected.id}
          dataset={selected}
          datasets={datasets}
          onChanged={onChanged}
          onError={showError}
        />
      )}
    </div>
  );
}
