import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewPeriod } from '../../../../shared/overview';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { EmptyState } from '../../components/EmptyState';
import { JobProgress } from '../../components/JobProgress';
import { useJobRunner } from '../../hooks/useJobRunner';
import { OverviewBar } from './OverviewBar';
import { OverviewNotShown } from './OverviewNotShown';
import { OverviewProgress } from './OverviewProgress';
import { OverviewPanels } from './OverviewPanels';
import { overviewDataset, overviewDatasets } from './overview-datasets';
import { PlaybookDrawer } from './PlaybookDrawer';
import { useFindingActions } from './useFindingActions';
import { useOverview } from './useOverview';
import { useOverviewExport } from './useOverviewExport';

export interface OverviewPageProps {
  workspace: WorkspaceInfo;
  /** The dataset chosen (null: the newest dataset of orders) and the period, kept by the shell. */
  datasetId: number | null;
  period: OverviewPeriod;
  onChoose(choice: { overviewDatasetId?: number; overviewPeriod?: OverviewPeriod }): void;
  onChanged(): void;
  /** Shows a run on the Segments page. */
  onOpenRun(runId: number): void;
  /** The Data page (to import orders). */
  onGoData(): void;
}

/** The business at a glance for a dataset of orders and a period: key figures, findings with their next step, trend, cohorts, concentration, where and when. */
export function OverviewPage({
  workspace,
  period,
  onChoose,
  onChanged,
  onOpenRun,
  onGoData,
  ...props
}: OverviewPageProps) {
  const { t } = useTranslation();
  const datasets = overviewDatasets(workspace.datasets);
  const dataset = overviewDataset(workspace.datasets, props.datasetId);
  const version = dataset ? `${dataset.rowCount}:${JSON.stringify(dataset.roles)}:${dataset.currency}` : '';
  const shown = useOverview(dataset?.id ?? null, period, version);
  const jobs = useJobRunner();
  const actions = useFindingActions({ datasetId: dataset?.id ?? null, jobs, onChanged, onOpenRun });
  const exportReport = useOverviewExport(dataset?.id ?? null, period, jobs);

  if (!dataset)
    return (
      <div className="page">
        <EmptyState
          testId="overview-empty"
          title={t('overview.emptyTitle')}
          hint={workspace.datasets.length > 0 ? t('overview.customersOnly') : t('overview.emptyHint')}
          action={
            <Button type="primary" onClick={onGoData} data-testid="overview-go-data">
              {t('overview.goData')}
            </Button>
          }
        />
      </div>
    );

  const { overview } = shown;
  // What the Overview leaves out, said once: customers (orders without ids), or what a summary does not keep.
  const note = !overview
    ? null
    : !overview.hasCustomers
      ? 'ordersOnly'
      : dataset.source.summarised
        ? 'summarised'
        : null;
  return (
    <div className="page" data-testid="overview-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('overview.title')}
      </Typography.Title>
      <OverviewBar
        datasets={datasets}
        dataset={dataset}
        period={period}
        overview={overview}
        onDataset={(id) => onChoose({ overviewDatasetId: id })}
        onPeriod={(p) => onChoose({ overviewPeriod: p })}
        onExport={(format) => void exportReport(format)}
        onFindGroups={actions.findGroups}
      />
      {shown.loading && <OverviewProgress fraction={shown.fraction} onCancel={shown.cancel} />}
      {!shown.loading && !overview && <OverviewNotShown onReload={shown.reload} />}
      {note && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t(`overview.${note}`)}
          data-testid={note === 'ordersOnly' ? 'overview-orders-only' : 'overview-summarised'}
        />
      )}
      {overview && (
        <div style={shown.stale ? { opacity: 0.5, pointerEvents: 'none' } : undefined} aria-busy={shown.stale}>
          <OverviewPanels overview={overview} name={dataset.name} onAct={actions.act} />
        </div>
      )}
      <PlaybookDrawer playbook={actions.playbook} onClose={actions.closePlaybook} />
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
    </div>
  );
}
