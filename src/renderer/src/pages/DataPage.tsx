import { ImportOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo, WorkspaceInfo } from '../../../shared/schemas';
import { DatasetView } from '../components/DatasetView';
import { EmptyState } from '../components/EmptyState';
import { WriteAction } from '../components/WriteAction';
import type { MeaningsFocus } from '../errors/map-role';
import { DamagedDatasets } from './DamagedDatasets';
import { DatasetTable } from './DatasetTable';
import { useDatasetActions } from './useDatasetActions';

export interface DataPageProps {
  workspace: WorkspaceInfo;
  onImport(): void;
  /** Appends a newer export to a transactions dataset. */
  onAppend(dataset: DatasetInfo): void;
  onChanged(): void;
  /** A dataset's column meanings to show (a missing-role error asked for them). */
  focus?: MeaningsFocus | null;
}

/** The datasets of the workspace: import, rename, delete (confirmed), and a preview of the selected one. */
export function DataPage({ workspace, onImport, onAppend, onChanged, focus = null }: DataPageProps) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<number | null>(focus?.datasetId ?? null);
  // Each request for a dataset's meanings selects it (the user may pick another afterwards).
  const [focused, setFocused] = useState(focus?.at ?? null);
  if (focus && focus.at !== focused) {
    setFocused(focus.at);
    setSelectedId(focus.datasetId);
  }
  const datasets = workspace.datasets;
  const selected = datasets.find((d) => d.id === selectedId) ?? datasets[datasets.length - 1] ?? null;

  // A deleted dataset is no longer chosen: the newest is previewed instead.
  if (selectedId !== null && !datasets.some((d) => d.id === selectedId)) setSelectedId(null);

  const { rename, remove } = useDatasetActions(workspace, onChanged);

  const importButton = (
    <WriteAction>
      <Button type="primary" icon={<ImportOutlined />} onClick={onImport} data-testid="import-button">
        {t('data.import')}
      </Button>
    </WriteAction>
  );

  const damaged = <DamagedDatasets datasets={workspace.damagedDatasets} onRemove={remove} />;

  if (datasets.length === 0) {
    return (
      <div className="page">
        {damaged}
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
      {damaged}
      <DatasetTable
        datasets={datasets}
        selectedId={selected?.id ?? null}
        onSelect={setSelectedId}
        onAppend={onAppend}
        onRename={rename}
        onRemove={remove}
      />
      {selected && (
        <DatasetView
          key={`${selected.id}:${focus?.datasetId === selected.id ? focus.at : ''}`}
          dataset={selected}
          datasets={datasets}
          onChanged={onChanged}
          focus={focus?.datasetId === selected.id ? focus.roles : null}
        />
      )}
    </div>
  );
}
