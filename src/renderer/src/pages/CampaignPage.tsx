import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowLabel } from '../../../shared/compare';
import type { WorkspaceInfo } from '../../../shared/schemas';
import { EmptyState } from '../components/EmptyState';
import { JobProgress } from '../components/JobProgress';
import { RunSelect } from '../components/RunSelect';
import { OrdersOnlyNote } from '../components/OrdersOnlyNote';
import { useJobRunner } from '../hooks/useJobRunner';
import { CampaignResults } from './campaign/CampaignResults';
import { ControlGroups } from './campaign/ControlGroups';
import { ResultsImportButtons } from './campaign/ResultsImportButtons';
import { useDrawnGroups } from './campaign/useDrawnGroups';
import { useResultsImport } from './campaign/useResultsImport';
import { SamplePlanner } from './campaign/SamplePlanner';
import { useCampaigns } from './campaign/useCampaigns';
import { runCurrency } from './segments/run-currency';
import { useMoney } from './segments/useMoney';

interface Props {
  workspace: WorkspaceInfo;
}

/** Campaign results against a run's segments (test vs control, uplift, significance), and a sample-size planner. */
export function CampaignPage({ workspace }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const jobs = useJobRunner();
  const [runId, setRunId] = useState<number | undefined>(workspace.runs.at(-1)?.id);
  const { run, campaigns, shown, show, add } = useCampaigns(runId);
  const money = useMoney(runCurrency(workspace, runId));
  const groups = useDrawnGroups(runId, run);
  // Order segments follow no customers: a campaign to them cannot be measured.
  const ordersRun = workspace.runs.find((r) => r.id === runId)?.model === 'orders';

  const results = useResultsImport(runId, groups.draw, add, jobs);

  if (workspace.runs.length === 0)
    return (
      <div className="page">
        <EmptyState testId="campaign-empty" title={t('campaign.emptyTitle')} hint={t('campaign.emptyHint')} />
      </div>
    );

  return (
    <div className="page" data-testid="campaign-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('campaign.title')}
      </Typography.Title>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <RunSelect
          runs={workspace.runs}
          value={runId}
          onChange={setRunId}
          label={t('a11y.campaignRun')}
          testId="campaign-run"
          minWidth={320}
        />
        <ResultsImportButtons
          disabled={runId === undefined || ordersRun}
          onImport={() => void results.importResults()}
          onImportMapped={() => void results.importMapped()}
        />
        {campaigns.length > 1 && (
          <RunSelect
            runs={campaigns}
            value={shown?.id}
            onChange={show}
            label={t('a11y.savedCampaign')}
            testId="campaign-saved"
            minWidth={260}
          />
        )}
      </Flex>
      {ordersRun && <OrdersOnlyNote feature="campaign" testId="campaign-orders-note" />}
      {!shown && !ordersRun && <Typography.Paragraph type="secondary">{t('campaign.hint')}</Typography.Paragraph>}
      {shown && (
        <CampaignResults
          campaign={shown}
          name={(key) => rowLabel(key, run?.segments, lang, t)}
          money={(n) => money(n)}
        />
      )}
      <SamplePlanner />
      {!ordersRun && (
        <ControlGroups
          runId={runId}
          run={run}
          drawn={groups.draw}
          onDrawn={groups.onDrawn}
          onSendTest={groups.sendTest}
        />
      )}
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
      {groups.element}
      {results.element}
    </div>
  );
}
