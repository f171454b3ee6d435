import { DownloadOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview, OverviewPeriod } from '../../../../shared/overview';
import type { DatasetInfo } from '../../../../shared/schemas';
import { MenuDropdown } from '../../components/MenuDropdown';
import { WriteAction } from '../../components/WriteAction';
import { PeriodChooser } from './PeriodChooser';

export interface OverviewBarProps {
  datasets: readonly DatasetInfo[];
  dataset: DatasetInfo;
  period: OverviewPeriod;
  /** The Overview on screen (null while it is worked out). */
  overview: Overview | null;
  onDataset(id: number): void;
  onPeriod(period: OverviewPeriod): void;
  onExport(format: 'html' | 'pdf'): void;
  onFindGroups(): void;
}

/**
 * The Overview's bar: the dataset (a chooser when there are several), the period and, in words,
 * the period shown and the one it is compared with; the report export and "Find my customer
 * groups" (an RFM run: not for orders without customer ids).
 */
export function OverviewBar(props: OverviewBarProps) {
  const { datasets, dataset, period, overview } = props;
  const { t } = useTranslation();
  const compared = !overview
    ? null
    : overview.previous
      ? t('overview.compared', overview.previous)
      : period.kind === 'all'
        ? t('overview.wholeHistory')
        : t('overview.noPrevious');
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={8} align="center" wrap>
          {datasets.length > 1 && (
            <Select
              style={{ minWidth: 220 }}
              value={dataset.id}
              onChange={props.onDataset}
              options={datasets.map((d) => ({ value: d.id, label: d.name }))}
              aria-label={t('overview.dataset')}
              data-testid="overview-dataset"
            />
          )}
          <PeriodChooser
            period={period}
            shown={overview?.period ?? null}
            data={overview?.data ?? null}
            onChange={props.onPeriod}
          />
        </Flex>
        <Flex gap={8}>
          <MenuDropdown
            disabled={!overview}
            menu={{
              items: [
                { key: 'html', label: t('overview.exportHtml'), onClick: () => props.onExport('html') },
                { key: 'pdf', label: t('overview.exportPdf'), onClick: () => props.onExport('pdf') },
              ],
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="overview-export">
              {t('overview.exportReport')}
            </Button>
          </MenuDropdown>
          {overview?.hasCustomers !== false && (
            <WriteAction>
              <Button type="primary" icon={<TeamOutlined />} onClick={props.onFindGroups} data-testid="find-groups">
                {t('overview.findGroups')}
              </Button>
            </WriteAction>
          )}
        </Flex>
      </Flex>
      {overview && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="overview-period-words">
          {t('overview.periodWords', { shown: t('overview.shown', overview.period), compared })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
