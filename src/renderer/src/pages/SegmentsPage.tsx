import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Modal, Radio, Row, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playbookFor } from '../../../shared/playbook';
import type { WorkspaceInfo } from '../../../shared/schemas';
import { FEATURE_NAMES, type ModelSpec, type RuleTemplateInfo, type RunResult, type SegmentName, type SegmentSummary } from '../../../shared/segments';
import { call } from '../api';
import { buildCutHistogramOption, buildRfmHeatmapOption, buildSegmentSharesOption } from '../charts/build-rfm-options';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { MembersGrid } from '../components/MembersGrid';
import { TemplatePicker } from '../components/TemplatePicker';
import { JobProgress } from '../components/JobProgress';
import { useFormat } from '../hooks/useFormat';
import { useJobRunner } from '../hooks/useJobRunner';

export interface SegmentsPageProps {
  workspace: WorkspaceInfo;
  onChanged(): void;
  onError(err: unknown): void;
}

/** Features where less is better (recent purchases, short gaps): their traits are green below average. */
const LOWER_IS_BETTER = new Set(['recency', 'gap']);

interface NewRunForm {
  datasetId: number;
  scheme: 'eleven' | 'eight' | 'template';
  bins: 3 | 4 | 5;
  method: 'quantile' | 'rank';
  analysisDate?: { format(f: string): string } | null;
}

/** Segmentation runs: create one (RFM with the 11 segments or the 8 classes), and see its segments, personas and playbook. */
export function SegmentsPage({ workspace, onChanged, onError }: SegmentsPageProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const jobs = useJobRunner();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewRunForm>();
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [heatMetric, setHeatMetric] = useState<'customers' | 'monetary'>('customers');
  const [template, setTemplate] = useState<RuleTemplateInfo | null>(null);
  const scheme = Form.useWatch('scheme', form);
  const formDataset = Form.useWatch('datasetId', form);
  const [details, setDetails] = useState<{ runId: number; result: RunResult; notes: Record<string, string> } | null>(null);
  const runs = workspace.runs;
  const selected = runs.find((r) => r.id === selectedId) ?? runs[runs.length - 1] ?? null;
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const name = (n: SegmentName) => n[lang];

  useEffect(() => {
    if (!selected) return setDetails(null);
    let live = true;
    call('run:get', { runId: selected.id })
      .then((d) => live && setDetails({ runId: selected.id, result: d.result, notes: d.notes }))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [selected?.id]);

  const dataset = workspace.datasets.find((d) => d.id === selected?.datasetId);
  const money = (n: number | null) => (n === null ? '—' : dataset ? fmt.money(n, dataset.currency) : fmt.num(n));

  const create = async () => {
    const values = await form.validateFields();
    const analysisDate = values.analysisDate ? { analysisDate: values.analysisDate.format('YYYY-MM-DD') } : {};
    if (values.scheme === 'template' && !template) return;
    const spec: ModelSpec =
      values.scheme === 'template'
        ? { model: 'rules', rules: template!.rules, frequency: 'orders', ...analysisDate }
        : {
      model: 'rfm',
      scheme: values.scheme,
      bins: values.bins,
      method: values.method,
      split: 'mean',
      frequency: 'orders',
      ...analysisDate,
    };
    setCreating(false);
    try {
      const name = values.scheme === 'template' && template ? template.name[lang] : undefined;
      const { run } = await jobs.run('run:create', { datasetId: values.datasetId, spec, ...(name ? { name } : {}) });
      setSelectedId(run.id);
      onChanged();
    } catch (err) {
      onError(err);
    }
  };

  const columns = useMemo(
    () => [
      { title: t('segments.segment'), dataIndex: 'name', render: (n: SegmentName) => name(n) },
      { title: t('segments.customers'), dataIndex: 'customers', align: 'right' as const, render: (v: number) => fmt.int(v) },
      { title: t('segments.share'), dataIndex: 'share', align: 'right' as const, render: (v: number) => fmt.pct(v) },
      { title: t('segments.orders'), dataIndex: 'orders', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : fmt.int(v)) },
      { title: t('segments.revenue'), dataIndex: 'revenue', align: 'right' as const, render: money },
      { title: t('segments.revenueShare'), dataIndex: 'revenueShare', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : fmt.pct(v)) },
      { title: t('segments.aov'), dataIndex: 'aov', align: 'right' as const, render: money },
      { title: t('segments.medianRecency'), dataIndex: 'medianRecency', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : fmt.num(v)) },
      { title: t('segments.medianFrequency'), dataIndex: 'medianFrequency', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : fmt.num(v)) },
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
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-run">
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
    const datasets = workspace.datasets;
    return (
      <Modal open={creating} title={t('segments.new')} okText={t('segments.runIt')} cancelText={t('common.cancel')} onOk={create} onCancel={() => setCreating(false)} okButtonProps={{ 'data-testid': 'run-create' } as never} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ datasetId: datasets[datasets.length - 1]?.id, scheme: 'eleven', bins: 5, method: 'quantile' }} preserve={false}>
          <Form.Item name="datasetId" label={t('segments.dataset')} rules={[{ required: true }]}>
            <Select options={datasets.map((d) => ({ value: d.id, label: d.name }))} data-testid="run-dataset" />
          </Form.Item>
          <Form.Item name="scheme" label={t('segments.scheme')}>
            <Radio.Group data-testid="run-scheme">
              <Radio.Button value="eleven">{t('segments.schemeEleven')}</Radio.Button>
              <Radio.Button value="eight">{t('segments.schemeEight')}</Radio.Button>
              <Radio.Button value="template">{t('segments.schemeTemplate')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          {scheme === 'template' && formDataset !== undefined && (
            <Form.Item label={t('segments.template')}>
              <TemplatePicker datasetId={formDataset} onChange={setTemplate} onError={onError} />
            </Form.Item>
          )}
          <Flex gap={16} style={{ display: scheme === 'template' ? 'none' : undefined }}>
            <Form.Item name="bins" label={t('segments.bins')}>
              <Radio.Group options={[3, 4, 5].map((b) => ({ value: b, label: String(b) }))} optionType="button" />
            </Form.Item>
            <Form.Item name="method" label={t('segments.method')}>
              <Radio.Group optionType="button" options={[{ value: 'quantile', label: t('segments.methodQuantile') }, { value: 'rank', label: t('segments.methodRank') }]} />
            </Form.Item>
          </Flex>
          <Form.Item name="analysisDate" label={t('segments.analysisDate')} extra={t('segments.analysisDateHint')}>
            <DatePicker data-testid="run-analysis-date" />
          </Form.Item>
        </Form>
      </Modal>
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
          options={runs.map((r) => ({ value: r.id, label: `${r.name} · ${fmt.dateTime(r.createdAt)}` }))}
          data-testid="run-select"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-run">
          {t('segments.new')}
        </Button>
      </Flex>
      {result && (
        <>
          <Typography.Paragraph type="secondary" data-testid="run-facts">
            {t('segments.facts', { customers: fmt.int(result.customers), date: result.analysisDate, segments: fmt.int(result.segments.filter((s) => s.customers > 0).length) })}
          </Typography.Paragraph>
          {result.charts && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              <Col xs={24} xl={10}>
                <Card
                  size="small"
                  title={t('segments.heatmap')}
                  extra={<Segmented size="small" value={heatMetric} onChange={(v) => setHeatMetric(v as 'customers' | 'monetary')} options={[{ value: 'customers', label: t('segments.customers') }, { value: 'monetary', label: t('segments.meanSpend') }]} data-testid="heatmap-metric" />}
                >
                  <Chart
                    height={300}
                    testId="rfm-heatmap"
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
                    option={buildSegmentSharesOption(
                      result.segments.map((seg) => ({ name: name(seg.name), share: seg.share, revenueShare: seg.revenueShare })),
                      { customers: t('segments.customers'), revenue: t('segments.revenue') },
                    )}
                  />
                </Card>
              </Col>
              {result.bins &&
                (['recency', 'frequency', 'monetary'] as const).map((dim) => (
                  <Col key={dim} xs={24} md={8}>
                    <Card size="small">
                      <Chart
                        height={180}
                        testId={`rfm-histogram-${dim}`}
                        option={buildCutHistogramOption(result.charts!.histograms[dim], result.bins![dim].lower.slice(1), {
                          title: t(`segments.hist_${dim}`),
                          edge: (v) => (dim === 'monetary' && dataset ? fmt.money(Math.round(v), dataset.currency).replace(/[.,]00$/, '') : fmt.num(v)),
                        })}
                      />
                    </Card>
                  </Col>
                ))}
            </Row>
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
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('segments.personas')}
          </Typography.Title>
          <Row gutter={[16, 16]} data-testid="persona-cards">
            {result.segments.map((seg, i) =>
              seg.customers === 0 ? null : (
                <Col key={seg.key} xs={24} md={12} xl={8}>
                  <Card size="small" title={name(seg.name)} extra={<Tag>{t('segments.customersCount', { count: seg.customers, n: fmt.int(seg.customers) })}</Tag>} data-testid="persona-card">
                    <Typography.Paragraph data-testid="persona-description">{name(result.personas[i].description)}</Typography.Paragraph>
                    <Flex wrap gap={4} style={{ marginBottom: 8 }}>
                      {result.personas[i].numeric.slice(0, 3).map((trait) => (
                        <Tag key={trait.field} color={(LOWER_IS_BETTER.has(trait.field) ? trait.difference < 0 : trait.difference > 0) ? 'green' : 'orange'}>
                          {t('segments.trait', { field: FEATURE_NAMES[trait.field]?.[lang] ?? trait.field, diff: `${trait.difference > 0 ? '+' : ''}${fmt.num(trait.difference)}` })}
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
                      data-testid="segment-notes"
                    />
                  </Card>
                </Col>
              ),
            )}
          </Row>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('segments.members')}
          </Typography.Title>
          <MembersGrid runId={details!.runId} result={result} currency={dataset?.currency ?? null} onError={onError} />
        </>
      )}
      {renderForm()}
      <JobProgress job={jobs.active} onCancel={jobs.cancel} />
    </div>
  );
}
