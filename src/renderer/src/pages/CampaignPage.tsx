import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNIFICANCE, type CampaignResultsInfo, type SavedCampaignInfo } from '../../../shared/campaign';
import { rowLabel } from '../../../shared/compare';
import type { WorkspaceInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { JobProgress } from '../components/JobProgress';
import { useFormat } from '../hooks/useFormat';
import { useJobRunner } from '../hooks/useJobRunner';

type Row = CampaignResultsInfo['segments'][number];

interface Props {
  workspace: WorkspaceInfo;
  onError(err: unknown): void;
}

/** Campaign results against a run's segments (test vs control, uplift, significance), and a sample-size planner. */
export function CampaignPage({ workspace, onError }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const jobs = useJobRunner();
  const { message } = App.useApp();
  const id = useId();
  const [runId, setRunId] = useState<number | undefined>(workspace.runs.at(-1)?.id);
  const [run, setRun] = useState<RunResult | null>(null);
  const [campaigns, setCampaigns] = useState<SavedCampaignInfo[]>([]);
  const [shownId, setShownId] = useState<number | null>(null);
  const shown = campaigns.find((c) => c.id === shownId) ?? campaigns.at(-1) ?? null;
  const results = shown ? { file: shown.name, data: shown.results } : null;
  const [plan, setPlan] = useState({ baseline: 5, uplift: 1, alpha: 0.05, power: 0.8 });
  const [size, setSize] = useState<{ perGroup: number; total: number } | null>(null);

  // Another run: its segment names, and no results of the one before (a language switch keeps them).
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    setCampaigns([]);
    setShownId(null);
    if (runId === undefined) return;
    call('run:get', { runId }).then(
      (d) => setRun(d.result),
      (err) => report.current(err),
    );
    // The campaigns imported against this run before (kept in the workspace).
    call('campaign:list', { runId }).then(
      (r) => setCampaigns(r.campaigns),
      (err) => report.current(err),
    );
  }, [runId]);

  useEffect(() => {
    const { baseline, uplift, alpha, power } = plan;
    if (!(baseline > 0 && uplift > 0 && baseline + uplift < 100)) return setSize(null);
    call('campaign:sampleSize', { baseline: baseline / 100, uplift: uplift / 100, alpha, power }).then(setSize, () =>
      setSize(null),
    );
  }, [plan]);

  const [pick, setPick] = useState<{ segments: string[]; share: number; seed: number }>({
    segments: [],
    share: 50,
    seed: 42,
  });
  const pickGroups = async () => {
    if (runId === undefined || !run) return;
    const segments = pick.segments.length
      ? pick.segments
      : run.segments.filter((x) => x.customers > 0).map((x) => x.key);
    try {
      const saved = await call('campaign:pickGroups', {
        runId,
        segments,
        share: pick.share / 100,
        seed: pick.seed,
        lang,
      });
      if (saved) message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      onError(err);
    }
  };

  const importResults = async () => {
    if (runId === undefined) return;
    try {
      const chosen = await call('import:choose', {});
      if (!chosen) return;
      const saved = await jobs.run('campaign:results', { runId, token: chosen.token });
      setCampaigns((list) => [...list, saved]);
      setShownId(saved.id);
    } catch (err) {
      onError(err);
    }
  };

  if (workspace.runs.length === 0)
    return (
      <div className="page">
        <EmptyState testId="campaign-empty" title={t('campaign.emptyTitle')} hint={t('campaign.emptyHint')} />
      </div>
    );

  const name = (key: string) => rowLabel(key, run?.segments, lang, t);
  const pct = (v: number | null) => (v === null ? '—' : fmt.pct(v));
  const points = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} pp`);
  const interval = (ci: [number, number] | null, f: (v: number) => string) => (ci ? `[${f(ci[0])}, ${f(ci[1])}]` : '—');
  const p = (v: number | undefined) => (v === undefined ? '—' : v < 0.001 ? '< 0.001' : v.toFixed(3));
  return (
    <div className="page" data-testid="campaign-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('campaign.title')}
      </Typography.Title>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          style={{ minWidth: 320 }}
          value={runId}
          onChange={setRunId}
          options={fmt.runOptions(workspace.runs)}
          aria-label={t('a11y.campaignRun')}
          data-testid="campaign-run"
        />
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={runId === undefined}
          onClick={() => void importResults()}
          data-testid="campaign-import"
        >
          {t('campaign.import')}
        </Button>
        {campaigns.length > 1 && (
          <Select
            style={{ minWidth: 260 }}
            value={shown?.id}
            onChange={setShownId}
            options={fmt.runOptions(campaigns)}
            aria-label={t('a11y.savedCampaign')}
            data-testid="campaign-saved"
          />
        )}
      </Flex>
      {!results && <Typography.Paragraph type="secondary">{t('campaign.hint')}</Typography.Paragraph>}
      {results && (
        <Card size="small" title={t('campaign.resultsTitle', { file: results.file })} style={{ marginBottom: 16 }}>
          {results.data.unmatched > 0 && (
            <Typography.Paragraph type="warning">
              {t('campaign.unmatched', { n: fmt.int(results.data.unmatched) })}
            </Typography.Paragraph>
          )}
          <Table<Row>
            size="small"
            rowKey="segment"
            pagination={false}
            scroll={{ x: true }}
            data-testid="campaign-table"
            dataSource={results.data.segments.filter((s) => s.test.customers + s.control.customers > 0)}
            columns={[
              { title: t('segments.segment'), dataIndex: 'segment', render: (k: string) => name(k) },
              {
                title: t('campaign.test'),
                key: 'test',
                align: 'right' as const,
                onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
                render: (_: unknown, r: Row) =>
                  `${pct(r.test.rate)} (${fmt.int(r.test.responders)}/${fmt.int(r.test.customers)})`,
              },
              {
                title: t('campaign.control'),
                key: 'control',
                align: 'right' as const,
                onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
                render: (_: unknown, r: Row) =>
                  `${pct(r.control.rate)} (${fmt.int(r.control.responders)}/${fmt.int(r.control.customers)})`,
              },
              {
                title: t('campaign.uplift'),
                key: 'uplift',
                align: 'right' as const,
                render: (_: unknown, r: Row) => (
                  <span>
                    {points(r.uplift)}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 11, whiteSpace: 'nowrap' }}>
                      {interval(r.upliftCi, points)}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: t('campaign.relative'),
                key: 'relative',
                align: 'right' as const,
                render: (_: unknown, r: Row) => (
                  <span>
                    {pct(r.relativeUplift)}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 11, whiteSpace: 'nowrap' }}>
                      {interval(r.relativeCi, (v) => fmt.pct(v))}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: t('campaign.zP'),
                key: 'z',
                align: 'right' as const,
                render: (_: unknown, r: Row) => p(r.zTest?.p),
              },
              {
                title: t('campaign.chiP'),
                key: 'chi',
                align: 'right' as const,
                render: (_: unknown, r: Row) => p(r.chiSquare?.p),
              },
              {
                title: t('campaign.significant'),
                key: 'sig',
                render: (_: unknown, r: Row) =>
                  r.zTest ? (
                    r.zTest.p < SIGNIFICANCE ? (
                      <Tag color="green">{t('campaign.yes')}</Tag>
                    ) : (
                      <Tag>{t('campaign.no')}</Tag>
                    )
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('campaign.revenue'),
                key: 'revenue',
                align: 'right' as const,
                render: (_: unknown, r: Row) =>
                  r.revenue ? (
                    <span>
                      {`${r.revenue.difference >= 0 ? '+' : ''}${fmt.num(r.revenue.difference)}`}
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                        p {p(r.revenue.p)}
                      </Typography.Text>
                    </span>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {t('campaign.method')}
          </Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title={t('campaign.plannerTitle')} style={{ maxWidth: 760 }}>
        <Form layout="inline">
          <Form.Item label={t('campaign.baseline')} htmlFor={`${id}-baseline`}>
            <InputNumber
              id={`${id}-baseline`}
              min={0.1}
              max={99}
              step={0.5}
              value={plan.baseline}
              addonAfter="%"
              onChange={(v) => setPlan({ ...plan, baseline: v ?? 5 })}
              data-testid="plan-baseline"
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item label={t('campaign.minUplift')} htmlFor={`${id}-uplift`}>
            <InputNumber
              id={`${id}-uplift`}
              min={0.1}
              max={50}
              step={0.5}
              value={plan.uplift}
              addonAfter="pp"
              onChange={(v) => setPlan({ ...plan, uplift: v ?? 1 })}
              data-testid="plan-uplift"
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item label="α" htmlFor={`${id}-alpha`}>
            <InputNumber
              id={`${id}-alpha`}
              min={0.001}
              max={0.5}
              step={0.01}
              value={plan.alpha}
              onChange={(v) => setPlan({ ...plan, alpha: v ?? 0.05 })}
              data-testid="plan-alpha"
              style={{ width: 90 }}
            />
          </Form.Item>
          <Form.Item label={t('campaign.power')} htmlFor={`${id}-power`}>
            <InputNumber
              id={`${id}-power`}
              min={0.5}
              max={0.99}
              step={0.05}
              value={plan.power}
              onChange={(v) => setPlan({ ...plan, power: v ?? 0.8 })}
              data-testid="plan-power"
              style={{ width: 90 }}
            />
          </Form.Item>
        </Form>
        <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 0 }} data-testid="plan-result">
          {size
            ? t('campaign.plan', {
                perGroup: fmt.int(size.perGroup),
                total: fmt.int(size.total),
                from: fmt.pct(plan.baseline / 100),
                to: fmt.pct((plan.baseline + plan.uplift) / 100),
              })
            : '—'}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('campaign.groupsTitle')} style={{ maxWidth: 760, marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('campaign.groupsHint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('campaign.groupsSegments')} htmlFor={`${id}-groups`}>
            <Select
              id={`${id}-groups`}
              mode="multiple"
              value={pick.segments}
              onChange={(segments) => setPick({ ...pick, segments })}
              options={(run?.segments ?? [])
                .filter((x) => x.customers > 0)
                .map((x) => ({ value: x.key, label: `${x.name[lang]} (${fmt.int(x.customers)})` }))}
              placeholder={t('campaign.groupsAll')}
              data-testid="groups-segments"
            />
          </Form.Item>
          <Flex gap={16} wrap align="end">
            <Form.Item label={t('campaign.groupsShare')} htmlFor={`${id}-share`}>
              <InputNumber
                id={`${id}-share`}
                min={1}
                max={99}
                value={pick.share}
                addonAfter="%"
                onChange={(v) => setPick({ ...pick, share: v ?? 50 })}
                style={{ width: 120 }}
                data-testid="groups-share"
              />
            </Form.Item>
            <Form.Item label={t('campaign.groupsSeed')} htmlFor={`${id}-seed`}>
              <InputNumber
                id={`${id}-seed`}
                min={0}
                max={2147483647}
                value={pick.seed}
                onChange={(v) => setPick({ ...pick, seed: v ?? 42 })}
                style={{ width: 140 }}
                data-testid="groups-seed"
              />
            </Form.Item>
            <Form.Item>
              <Button
                icon={<DownloadOutlined />}
                disabled={runId === undefined || !run}
                onClick={() => void pickGroups()}
                data-testid="groups-save"
              >
                {t('campaign.groupsSave')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      <JobProgress job={jobs.active} onCancel={jobs.cancel} />
    </div>
  );
}
