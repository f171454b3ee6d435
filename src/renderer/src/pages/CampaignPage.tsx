import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowLabel } from '../../../shared/compare';
import type { ControlDraw } from '../../../shared/presets';
import type { WorkspaceInfo } from '../../../shared/schemas';
import { EmptyState } from '../components/EmptyState';
import { JobProgress } from '../components/JobProgress';
import { RunSelect } from '../components/RunSelect';
import { useRunExports } from '../components/RunExports';
import { WriteAction } from '../components/WriteAction';
import { OrdersOnlyNote } from '../components/OrdersOnlyNote';
import { useJobRunner } from '../hooks/useJobRunner';
import { CampaignResults } from './campaign/CampaignResults';
import { ControlGroups } from './campaign/ControlGroups';
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
  // The test group of a draw goes out through the customer-list dialog, on a preset, its control group left out.
  const exports = useRunExports(runId ?? null);
  const sendTest = (draw: ControlDraw) =>
    exports.openMembers(
      draw.segments.map((key) => run?.segments.findIndex((s) => s.key === key) ?? -1).filter((i) => i >= 0),
      { destination: 'mailchimp', excludeControl: draw },
    );
  // Order segments follow no customers: a campaign to them cannot be measured.
  const ordersRun = workspace.runs.find((r) => r.id === runId)?.model === 'orders';

  const results = useResultsImport(runId, add, jobs);

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
        <WriteAction>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={runId === undefined || ordersRun}
            onClick={() => void results.importResults()}
            data-testid="campaign-import"
          >
            {t('campaign.import')}
          </Button>
        </WriteAction>
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
      {!ordersRun && <ControlGroups runId={runId} run={run} onSendTest={sendTest} />}
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
      {exports.element}
      {results.element}
    </div>
  );
}
