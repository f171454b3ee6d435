import { DownloadOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playbookFor } from '../../../shared/playbook';
import type { WorkspaceInfo } from '../../../shared/schemas';
import {
  FEATURE_NAMES,
  renameInSpec,
  type ModelSpec,
  type RunResult,
  type SegmentName,
  type SegmentSummary,
} from '../../../shared/segments';
import { call } from '../api';
import { useRunExports } from '../components/RunExports';
import {
  buildCutHistogramOption,
  buildRfmHeatmapOption,
  buildSegmentSharesOption,
} from '../../../shared/charts/build-rfm-options';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { ClusterViews } from '../components/ClusterViews';
import { ClvViews } from '../components/ClvViews';
import { MembersGrid } from '../components/MembersGrid';
import { RunForm } from '../components/RunForm';
import { JobProgress } from '../components/JobProgress';
import { useFormat } from '../hooks/useFormat';
import { useJobRunner } from '../hooks/useJobRunner';
import { MenuDropdown } from '../components/MenuDropdown';

export interface SegmentsPageProps {
  workspace: WorkspaceInfo;
  onChanged(): void;
  onError(err: unknown): void;
}

/** Features where less is better (recent purchases, short gaps): their traits are green below average. */
const LOWER_IS_BETTER = new Set(['recency', 'gap']);

/** Segmentation runs: create one (RFM with the 11 segments or the 8 classes), and see its segments, personas and playbook. */
export function SegmentsPage({ workspace, onChanged, onError }: SegmentsPageProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const jobs = useJobRunner();
  const { message } = App.useApp();
  const [creating, setCreating] = useState<'new' | 'edit' | null>(null);
  const [renaming, setRenaming] = useState<SegmentSummary | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [heatMetric, setHeatMetric] = useState<'customers' | 'monetary'>('customers');
  // The segment the members grid shows (all when undefined): chosen there, or opened from a persona card.
  const [membersSegment, setMembersSegment] = useState<number | undefined>(undefined);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const [details, setDetails] = useState<{
    runId: number;
    revision: number;
    spec: ModelSpec;
    result: RunResult;
    notes: Record<string, string>;
  } | null>(null);
  const runs = workspace.runs;
  const selected = runs.find((r) => r.id === selectedId) ?? runs[runs.length - 1] ?? null;
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const name = (n: SegmentName) => n[lang];

  useEffect(() => {
    if (!selected) return setDetails(null);
    let live = true;
    call('run:get', { runId: selected.id })
      .then(
        (d) =>
          live &&
          setDetails({ runId: selected.id, revision: d.run.revision, spec: d.spec, result: d.result, notes: d.notes }),
      )
      .catch(onError);
    return () => {
      live = false;
    };
  }, [selected?.id, selected?.revision]);
  useEffect(() => setMembersSegment(undefined), [selected?.id]);

  /** Opens a segment's customers: the grid below shows them, and the focus moves there (the keyboard follows). */
  const openSegment = (index: number) => {
    setMembersSegment(index);
    membersHeading.current?.scrollIntoView({ block: 'start' });
    membersHeading.current?.focus();
  };

  const dataset = workspace.datasets.find((d) => d.id === selected?.datasetId);

  const money = (n: number | null) => (n === null ? '—' : dataset ? fmt.money(n, dataset.currency) : fmt.num(n));
  // Ctrl/Cmd+E (File → Export…) opens the customer-list export of the run on screen.
  const runExports = useRunExports(details?.runId ?? null, onError, true);

  /** Runs a spec in the worker: a new run, or the selected run re-made in place (with an undo back to its previous spec). */
  const runSpec = async (
    datasetId: number,
    spec: ModelSpec,
    replace: { runId: number; previous: ModelSpec; done: string } | null,
  ) => {
    setCreating(null);
    try {
      const { run } = await jobs.run('run:create', {
        datasetId,
        spec,
        ...(replace ? { replaceRunId: replace.runId } : {}),
      });
      setSelectedId(run.id);
      onChanged();
      if (replace) {
        // One message per run: an undo's own message takes the place of the edit's.
        const key = `edited-${run.id}`;
        message.open({
          key,
          type: 'success',
          duration: 8,
          content: (
            <span data-testid="run-edited">
              {replace.done}{' '}
              <Button
                size="small"
                type="link"
                data-testid="run-undo"
                onClick={() => {
                  void runSpec(datasetId, replace.previous, { runId: run.id, previous: spec, done: t('rules.undone') });
                }}
              >
                {t('common.undo')}
              </Button>
            </span>
          ),
        });
      }
    } catch (err) {
      onError(err);
    }
  };

  const columns = useMemo(
    () => [
      {
        title: t('segments.segment'),
        dataIndex: 'name',
        render: (n: SegmentName, row: SegmentSummary) => (
          <Flex align="center" gap={4} className="segment-name-cell">
            {name(n)}
            {row.key !== 'all' && (
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => setRenaming(row)}
                aria-label={t('a11y.renameOf', { name: name(n) })}
                data-testid="rename-segment"
                className="rename-segment"
              />
            )}
          </Flex>
        ),
      },
      {
        title: t('segments.customers'),
        dataIndex: 'customers',
        align: 'right' as const,
        render: (v: number) => fmt.int(v),
      },
      { title: t('segments.share'), dataIndex: 'share', align: 'right' as const, render: (v: number) => fmt.pct(v) },
      {
        title: t('segments.orders'),
        dataIndex: 'orders',
        align: 'right' as const,
        render: (v: number | null) => (v === null ? '—' : fmt.int(v)),
      },
      { title: t('segments.revenue'), dataIndex: 'revenue', align: 'right' as const, render: money },
      {
        title: t('segments.revenueShare'),
        dataIndex: 'revenueShare',
        align: 'right' as const,
        render: (v: number | null) => (v === null ? '—' : fmt.pct(v)),
      },
      { title: t('segments.aov'), dataIndex: 'aov', align: 'right' as const, render: money },
      {
        title: t('segments.medianRecency'),
        dataIndex: 'medianRecency',
        align: 'right' as const,
        render: (v: number | null) => (v === null ? '—' : fmt.num(v)),
      },
      {
        title: t('segments.medianFrequency'),
        dataIndex: 'medianFrequency',
        align: 'right' as const,
        render: (v: number | null) => (v === null ? '—' : fmt.num(v)),
      },
    ],
    [lang, dataset?.currency],
  );

  if (workspace.datasets.length === 0 || (runs.length === 0 && !jobs.active)) {
    return (
      <div className="page">
        <EmptyState
          testId="segments-empty"
          title={t('segments.emptyTitle')}
          hint={workspace.datasets.length === 0 ? t('segments.emptyHint') : t('segments.emptyRunHint')}
          action={
            workspace.datasets.length > 0 ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('new')} data-testid="new-run">
                {t('segments.new')}
              </Button>
            ) : undefined
          }
        />
        {renderForm()}
        <JobProgress job={jobs.active} onCancel={jobs.cancel} />
      </div>
    );
  }

  function renderForm() {
    const runDataset = runs.find((r) => r.id === details?.runId)?.datasetId;
    const editing =
      creating === 'edit' && details && runDataset !== undefined ? { datasetId: runDataset, spec: details.spec } : null;
    return (
      <>
        <RunForm
          open={creating !== null}
          datasets={workspace.datasets}
          editing={editing}
          onCancel={() => setCreating(null)}
          onError={onError}
          onSubmit={(datasetId, spec) =>
            void runSpec(
              datasetId,
              spec,
              editing && details ? { runId: details.runId, previous: details.spec, done: t('rules.rerunDone') } : null,
            )
          }
        />
        <RenameSegment
          segment={renaming}
          onCancel={() => setRenaming(null)}
          onRename={(segmentName) => {
            const seg = renaming!;
            setRenaming(null);
            if (!details || runDataset === undefined) return;
            void runSpec(runDataset, renameInSpec(details.spec, seg.key, segmentName), {
              runId: details.runId,
              previous: details.spec,
              done: t('rules.renamed', { name: segmentName[lang] }),
            });
          }}
        />
      </>
    );
  }

  const result = details && details.runId === selected?.id ? details.result : null;
  const saveNote = async (segmentKey: string, notes: string) => {
    if (!details || (details.notes[segmentKey] ?? '') === notes) return;
    try {
      const saved = await call('run:setNote', { runId: details.runId, segmentKey, notes });
      setDetails({ ...details, notes: saved.notes });
      message.success(t('segments.noteSaved'));
    } catch (err) {
      onError(err);
    }
  };
  return (
    <div className="page" data-testid="segments-page">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} gap={12}>
        <Select
          style={{ minWidth: 360 }}
          value={selected?.id}
          onChange={setSelectedId}
          options={fmt.runOptions(runs)}
          aria-label={t('a11y.runSelect')}
          data-testid="run-select"
        />
        <Flex gap={8}>
          <MenuDropdown disabled={!details} menu={{ items: runExports.items }}>
            <Button icon={<DownloadOutlined />} data-testid="export-menu">
              {t('export.button')}
            </Button>
          </MenuDropdown>
          <Button
            icon={<EditOutlined />}
            disabled={!details}
            onClick={() => setCreating('edit')}
            data-testid="edit-run"
          >
            {t('rules.editRun')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('new')} data-testid="new-run">
            {t('segments.new')}
          </Button>
        </Flex>
      </Flex>
      {result && (
        <>
          <Typography.Paragraph type="secondary" data-testid="run-facts">
            {t('segments.facts', {
              customers: fmt.int(result.customers),
              date: result.analysisDate,
              segments: fmt.int(result.segments.filter((s) => s.customers > 0).length),
            })}
          </Typography.Paragraph>
          {result.bins &&
            (['recency', 'frequency', 'monetary'] as const).some((dim) => result.bins![dim].empty.length > 0) && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="bins-warning"
                title={t('segments.binsCollapsed', {
                  list: (['recency', 'frequency', 'monetary'] as const)
                    .filter((dim) => result.bins![dim].empty.length > 0)
                    .map((dim) => t(`segments.emptyScores_${dim}`, { scores: result.bins![dim].empty.join(', ') }))
                    .join(lang === 'zh-CN' ? '；' : '; '),
                })}
              />
            )}
          {result.charts && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              <Col xs={24} xl={10}>
                <Card
                  size="small"
                  title={t('segments.heatmap')}
                  extra={
                    <Segmented
                      size="small"
                      value={heatMetric}
                      onChange={(v) => setHeatMetric(v as 'customers' | 'monetary')}
                      options={[
                        { value: 'customers', label: t('segments.customers') },
                        { value: 'monetary', label: t('segments.meanSpend') },
                      ]}
                      aria-label={t('a11y.heatmapMetric')}
                      data-testid="heatmap-metric"
                    />
                  }
                >
                  <Chart
                    height={300}
                    testId="rfm-heatmap"
                    name={`${selected?.name} · ${t('segments.heatmap')}`}
                    title={`${t('segments.heatmap')}: ${heatMetric === 'customers' ? t('segments.customers') : t('segments.meanSpend')}`}
                    format={heatMetric === 'customers' ? fmt.int : money}
                    option={buildRfmHeatmapOption(result.charts, heatMetric, {
                      r: t('segments.rScore'),
                      f: t('segments.fScore'),
                      value: heatMetric === 'customers' ? t('segments.customers') : t('segments.meanSpend'),
                      format: (v) => (heatMetric === 'customers' ? fmt.int(v) : money(v)),
                    })}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('segments.sharesTitle')}>
                  <Chart
                    height={300}
                    testId="segment-shares"
                    name={`${selected?.name} · ${t('segments.sharesTitle')}`}
                    title={t('segments.sharesTitle')}
                    format={fmt.pct}
                    option={buildSegmentSharesOption(
                      result.segments.map((seg) => ({
                        name: name(seg.name),
                        share: seg.share,
                        revenueShare: seg.revenueShare,
                      })),
                      { customers: t('segments.customers'), revenue: t('segments.revenue') },
                    )}
                  />
                </Card>
              </Col>
              {result.bins &&
                (['recency', 'frequency', 'monetary'] as const).map((dim) => (
                  <Col key={dim} xs={24} md={8}>
                    <Card size="small" data-testid={`cuts-${dim}`}>
                      <Chart
                        height={180}
                        testId={`rfm-histogram-${dim}`}
                        name={`${selected?.name} · ${t(`segments.hist_${dim}`)}`}
                        title={t(`segments.hist_${dim}`)}
                        format={fmt.int}
                        option={buildCutHistogramOption(
                          result.charts!.histograms[dim],
                          result.bins![dim].lower.slice(1),
                          {
                            title: t(`segments.hist_${dim}`),
                            edge: (v) =>
                              dim === 'monetary' && dataset
                                ? fmt.money(Math.round(v), dataset.currency).replace(/[.,]00$/, '')
                                : fmt.num(v),
                          },
                        )}
                      />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('segments.cutPoints', {
                          cuts: result
                            .bins![dim].lower.slice(1)
                            .map((v) => (v === null ? '—' : dim === 'monetary' && dataset ? money(v) : fmt.num(v)))
                            .join(' · '),
                        })}
                      </Typography.Text>
                    </Card>
                  </Col>
                ))}
            </Row>
          )}
          {result.clv && selected && <ClvViews runName={selected.name} clv={result.clv} money={(n) => money(n)} />}
          {result.cluster && selected && (
            <ClusterViews
              runName={selected.name}
              result={result}
              cluster={result.cluster}
              onSaveRules={(spec) => void runSpec(selected.datasetId, spec, null)}
            />
          )}
          <Table<SegmentSummary>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={[...result.segments, result.overall]}
            columns={columns}
            data-testid="segment-summary"
            rowClassName={(row) => (row.key === 'all' ? 'summary-total' : '')}
          />
          <Typography.Title level={2} style={{ marginTop: 24, fontSize: 16 }}>
            {t('segments.personas')}
          </Typography.Title>
          <Row gutter={[16, 16]} data-testid="persona-cards">
            {result.segments.map((seg, i) =>
              seg.customers === 0 ? null : (
                <Col key={seg.key} xs={24} md={12} xl={8}>
                  <Card
                    size="small"
                    title={name(seg.name)}
                    extra={
                      <Tag>{t('segments.customersCount', { count: seg.customers, n: fmt.int(seg.customers) })}</Tag>
                    }
                    actions={[
                      <Button
                        key="open"
                        size="small"
                        type="link"
                        icon={<TeamOutlined />}
                        onClick={() => openSegment(i)}
                        aria-label={t('a11y.openSegment', { name: name(seg.name) })}
                        data-testid="segment-open"
                      >
                        {t('a11y.openSegmentShort')}
                      </Button>,
                    ]}
                    data-testid="persona-card"
                  >
                    <Typography.Paragraph data-testid="persona-description">
                      {name(result.personas[i].description)}
                    </Typography.Paragraph>
                    <Flex wrap gap={4} style={{ marginBottom: 8 }}>
                      {result.personas[i].numeric.slice(0, 3).map((trait) => (
                        <Tag
                          key={trait.field}
                          color={
                            (LOWER_IS_BETTER.has(trait.field) ? trait.difference < 0 : trait.difference > 0)
                              ? 'green'
                              : 'orange'
                          }
                        >
                          {t('segments.trait', {
                            field: FEATURE_NAMES[trait.field]?.[lang] ?? trait.field,
                            diff: `${trait.difference > 0 ? '+' : ''}${fmt.num(trait.difference)}`,
                          })}
                        </Tag>
                      ))}
                      {result.personas[i].categories.slice(0, 2).map((trait) => (
                        <Tag key={`${trait.field}=${trait.value}`} color="blue">
                          {t('segments.lift', { value: trait.value, lift: fmt.num(trait.lift) })}
                        </Tag>
                      ))}
                    </Flex>
                    <Typography.Text type="secondary">{t('segments.playbook')}</Typography.Text>
                    <ul style={{ margin: '4px 0 8px', paddingInlineStart: 18 }} data-testid="playbook">
                      {playbookFor(seg.key).map((action) => (
                        <li key={action.en}>{name(action)}</li>
                      ))}
                    </ul>
                    <Input.TextArea
                      key={`${details!.runId}-${seg.key}`}
                      defaultValue={details!.notes[seg.key] ?? ''}
                      placeholder={t('segments.notesPlaceholder')}
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      maxLength={4000}
                      onBlur={(e) => void saveNote(seg.key, e.target.value)}
                      aria-label={t('a11y.notesOf', { name: name(seg.name) })}
                      data-testid="segment-notes"
                    />
                  </Card>
                </Col>
              ),
            )}
          </Row>
          <Typography.Title
            level={2}
            style={{ marginTop: 24, fontSize: 16 }}
            ref={membersHeading}
            tabIndex={-1}
            className="focus-target"
            data-testid="members-heading"
          >
            {t('segments.members')}
          </Typography.Title>
          <MembersGrid
            runId={details!.runId}
            result={result}
            currency={dataset?.currency ?? null}
            segment={membersSegment}
            onSegment={setMembersSegment}
            onExport={() => runExports.openMembers(membersSegment === undefined ? [] : [membersSegment])}
            onError={onError}
          />
        </>
      )}
      {renderForm()}
      {runExports.element}
      <JobProgress job={jobs.active} onCancel={jobs.cancel} />
    </div>
  );
}

/** Renames a segment in both UI languages; the run is re-made with the new name. */
function RenameSegment({
  segment,
  onRename,
  onCancel,
}: {
  segment: SegmentSummary | null;
  onRename(name: SegmentName): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SegmentName>();
  return (
    <Modal
      open={segment !== null}
      title={t('rules.renameSegment')}
      okText={t('rules.rename')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={async () => onRename(await form.validateFields())}
      okButtonProps={{ 'data-testid': 'rename-ok' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={segment?.name} preserve={false}>
        <Form.Item name="zh-CN" label={t('rules.nameZh')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="rename-zh" />
        </Form.Item>
        <Form.Item name="en" label={t('rules.nameEn')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="rename-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
