import { Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles';
import type { DatasetInfo } from '../../../shared/schemas';
import { AddColumnButton } from './calc-column/AddColumnDialog';
import { ColumnsPanel } from './dataset-view/ColumnsPanel';
import { CurrencyPicker } from './dataset-view/CurrencyPicker';
import { CustomerLink } from './dataset-view/CustomerLink';
import { datasetKindLine } from './dataset-view/dataset-kind-line';
import { MeaningsPanel } from './dataset-view/MeaningsPanel';
import { QualityPanel } from './dataset-view/QualityPanel';
import { RowsGrid } from './dataset-view/RowsGrid';

interface DatasetViewProps {
  dataset: DatasetInfo;
  datasets: DatasetInfo[];
  onChanged(): void;
  /** Roles a missing-role error asked for: the view opens on the column meanings. */
  focus?: readonly Role[] | null;
}

/**
 * A dataset: which kind its file was taken for and why, its rows (one page at a time from the
 * worker), its columns (type, missing, distribution) and its import report.
 */
export function DatasetView({ dataset, datasets, onChanged, focus = null }: DatasetViewProps) {
  const { t } = useTranslation();
  // A column added, removed, renamed or typed anew: the rows and summaries are asked for again.
  const shape = dataset.columns.map((c) => `${c.name}:${c.spec.kind}`).join('\u0000');
  return (
    <Card
      title={t('data.preview', { name: dataset.name })}
      extra={
        <Flex gap={16} align="center">
          <AddColumnButton dataset={dataset} onChanged={onChanged} />
          <CurrencyPicker dataset={dataset} onChanged={onChanged} />
          {dataset.kind === 'transactions' && dataset.roles.customerId ? (
            <CustomerLink dataset={dataset} datasets={datasets} onChanged={onChanged} />
          ) : null}
        </Flex>
      }
      data-testid="data-preview"
      styles={{ body: { paddingTop: 0 } }}
    >
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="dataset-kind">
        {datasetKindLine(dataset.kind, dataset.source.kindDecision, t)}
      </Typography.Paragraph>
      <Tabs
        defaultActiveKey={focus ? 'meanings' : 'rows'}
        items={[
          { key: 'rows', label: t('data.rowsTab'), children: <RowsGrid key={shape} dataset={dataset} /> },
          {
            key: 'columns',
            label: t('data.columnsTab'),
            children: <ColumnsPanel key={shape} dataset={dataset} onChanged={onChanged} />,
          },
          {
            key: 'meanings',
            label: <span data-testid="meanings-tab">{t('meanings.tab')}</span>,
            children: <MeaningsPanel dataset={dataset} focus={focus} onChanged={onChanged} />,
          },
          { key: 'quality', label: t('data.qualityTab'), children: <QualityPanel dataset={dataset} /> },
        ]}
      />
    </Card>
  );
}
