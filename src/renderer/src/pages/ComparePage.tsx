import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowLabel } from '../../../shared/compare';
import type { WorkspaceInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { EmptyState } from '../components/EmptyState';
import { OrdersOnlyNote } from '../components/OrdersOnlyNote';
import { JobProgress } from '../components/JobProgress';
import { useShowError } from '../errors/ErrorProvider';
import { useJobRunner } from '../hooks/useJobRunner';
import { CompareBar } from './compare/CompareBar';
import { ComparisonView } from './compare/ComparisonView';
import { defaultPair } from './compare/default-pair';
import { runCurrency } from './segments/run-currency';
import { useMoney } from './segments/useMoney';
import { ReapplyDialog } from './compare/ReapplyDialog';
import type { ReapplyRequest } from './compare/reapply-request';
import { useComparison } from './compare/useComparison';

interface Props {
  workspace: WorkspaceInfo;
  onChanged(): void;
}

/** Two runs side by side: re-apply a run to a later date or window, then see who moved between segments and how each segment's KPIs changed. */
export function ComparePage({ workspace, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const jobs = useJobRunner();
  const showError = useShowError();
  const runs = workspace.runs;
  const [fromId, setFromId] = useState<number | undefined>(() => defaultPair(runs).from);
  const [toId, setToId] = useState<number | undefined>(() => defaultPair(runs).to);
  const [reapplying, setReapplying] = useState(false);
  const { shown, compare, exportMoves } = useComparison(fromId, toId, jobs);
  const money = useMoney(runCurrency(workspace, fromId));

  const reapply = async (request: ReapplyRequest) => {
    if (fromId === undefined) return;
    setReapplying(false);
    try {
      const { run } = await jobs.run('run:reapply', { runId: fromId, ...request });
      onChanged();
      setToId(run.id);
    } catch (err) {
      showError(err);
    }
  };

  if (runs.length < 1)
    return (
      <div className="page">
        <EmptyState testId="compare-empty" title={t('compare.emptyTitle')} hint={t('compare.emptyHint')} />
      </div>
    );

  const label = (key: string, result: RunResult) => rowLabel(key, result.segments, lang, t);
  // Order segments follow no customers: there is nobody to see move between segments.
  const ordersRun = runs.some((r) => (r.id === fromId || r.id === toId) && r.model === 'orders');
  return (
    <div className="page" data-testid="compare-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('compare.title')}
      </Typography.Title>
      <CompareBar
        runs={runs}
        fromId={fromId}
        toId={toId}
        onFrom={setFromId}
        onTo={setToId}
        onCompare={() => (ordersRun ? undefined : void compare())}
        onReapply={() => setReapplying(true)}
      />
      {ordersRun && <OrdersOnlyNote feature="compare" testId="compare-orders-note" />}
      {!shown && !ordersRun && (
        <Typography.Paragraph type="secondary">
          {runs.length < 2 ? t('compare.needTwo') : t('compare.choose')}
        </Typography.Paragraph>
      )}
      {shown && !ordersRun && (
        <ComparisonView
          comparison={shown.comparison}
          rowName={(key) => label(key, shown.names.from)}
          colName={(key) => label(key, shown.names.to)}
          onExport={(row, move) => void exportMoves(row, move)}
          money={money}
        />
      )}
      <ReapplyDialog
        open={reapplying}
        onRun={(request) => void reapply(request)}
        onCancel={() => setReapplying(false)}
      />
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
    </div>
  );
}
