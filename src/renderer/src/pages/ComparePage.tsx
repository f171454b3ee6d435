import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Modal,
  Select,
  Table,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEW_ROW, rowLabel, type Comparison, type SegmentKpiInfo } from '../../../shared/compare';
import { buildMigrationSankeyOption } from '../../../shared/charts/build-compare-options';
import type { WorkspaceInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { call } from '../api';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { JobProgress } from '../components/JobProgress';
import { useFormat } from '../hooks/useFormat';
import { useJobRunner } from '../hooks/useJobRunner';
import { MenuDropdown } from '../components/MenuDropdown';

/** A row of the migration matrix: a first-run segment, its count per second-run segment (by key), the total. */
type MatrixRow = { key: string; name: string; total: number } & Record<string, unknown>;

interface Props {
  workspace: WorkspaceInfo;
  onChanged(): void;
  onError(err: unknown): void;
}

/** Two runs side by side: re-apply a run to a later date or window, then see who moved between segments and how each segment's KPIs changed. */
export function ComparePage({ workspace, onChanged, onError }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const jobs = useJobRunner();
  const { message } = App.useApp();
  const runs = workspace.runs;
  // The latest two runs; with one run, it is the first (re-apply it to have a second).
  const [fromId, setFromId] = useState<number | undefined>(runs.length >= 2 ? runs.at(-2)!.id : runs.at(-1)?.id);
  const [toId, setToId] = useState<number | undefined>(runs.length >= 2 ? runs.at(-1)!.id : undefined);
  const [names, setNames] = useState<{ from: RunResult | null; to: RunResult | null }>({ from: null, to: null });
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [reapplying, setReapplying] = useState(false);
  const [form] = Form.useForm<{
    analysisDate?: { format(f: string): string } | null;
    windowDays?: number | null;
    recompute?: boolean;
  }>();

  useEffect(() => setComparison(null), [fromId, toId]);

  const compare = async () => {
    if (fromId === undefined || toId === undefined) return;
    try {
      const [from, to, result] = await Promise.all([
        call('run:get', { runId: fromId }),
        call('run:get', { runId: toId }),
        jobs.run('run:compare', { fromRunId: fromId, toRunId: toId }),
      ]);
      setNames({ from: from.result, to: to.result });
      setComparison(result);
    } catch (err) {
      onError(err);
    }
  };

  const reapply = async () => {
    const v = await form.validateFields();
    if (fromId === undefined) return;
    setReapplying(false);
    try {
      const { run } = await jobs.run('run:reapply', {
        runId: fromId,
        ...(v.analysisDate ? { analysisDate: v.analysisDate.format('YYYY-MM-DD') } : {}),
        ...(v.windowDays ? { windowDays: v.windowDays } : {}),
        ...(v.recompute ? { recompute: true } : {}),
      });
      onChanged();
      setToId(run.id);
    } catch (err) {
      onError(err);
    }
  };

  const exportMoves = async (row: string, move: 'up' | 'down' | 'stayed' | 'gone' | null) => {
    if (fromId === undefined || toId === undefined) return;
    try {
      const saved = await call('run:exportMoves', { fromRunId: fromId, toRunId: toId, row, move, lang });
      if (saved) message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      onError(err);
    }
  };

  const label = (key: string, result: RunResult | null) => rowLabel(key, result?.segments, lang, t);

  const matrix = useMemo(() => {
    if (!comparison) return null;
    const total = (r: number) => comparison.counts[r].reduce((s, v) => s + v, 0);
    return comparison.rows.map((row, r) => ({
      key: row,
      name: label(row, names.from),
      total: total(r),
      ...Object.fromEntries(comparison.cols.map((col, c) => [col, comparison.counts[r][c]])),
      moves: comparison.movesByRow[r],
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [comparison, names, lang]);

  if (runs.length < 1)
    return (
      <div className="page">
        <EmptyState testId="compare-empty" title={t('compare.emptyTitle')} hint={t('compare.emptyHint')} />
      </div>
    );

  const runOptions = fmt.runOptions(runs);
  const pct = (v: number | null) => (v === null ? '—' : fmt.pct(v));
  const arrow = (v: number | null) =>
    v === null || v === 0 ? null : v > 0 ? (
      <ArrowUpOutlined style={{ color: '#389e0d' }} />
    ) : (
      <ArrowDownOutlined style={{ color: '#cf1322' }} />
    );
  const money = (v: number | null) => (v === null ? '—' : fmt.num(Math.round(v * 100) / 100));
  return (
    <div className="page" data-testid="compare-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('compare.title')}
      </Typography.Title>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          style={{ minWidth: 320 }}
          value={fromId}
          onChange={setFromId}
          options={runOptions}
          data-testid="compare-from"
          placeholder={t('compare.from')}
          aria-label={t('compare.from')}
        />
        <Typography.Text type="secondary">→</Typography.Text>
        <Select
          style={{ minWidth: 320 }}
          value={toId}
          onChange={setToId}
          options={runOptions}
          data-testid="compare-to"
          placeholder={t('compare.to')}
          aria-label={t('compare.to')}
        />
        <Button
          type="primary"
          disabled={fromId === undefined || toId === undefined || fromId === toId}
          onClick={() => void compare()}
          data-testid="compare-run"
        >
          {t('compare.run')}
        </Button>
        <Button
          icon={<RedoOutlined />}
          disabled={fromId === undefined}
          onClick={() => setReapplying(true)}
          data-testid="reapply-open"
        >
          {t('compare.reapply')}
        </Button>
      </Flex>
      {!comparison && (
        <Typography.Paragraph type="secondary">
          {runs.length < 2 ? t('compare.needTwo') : t('compare.choose')}
        </Typography.Paragraph>
      )}
      {comparison && matrix && (
        <>
          <Typography.Paragraph data-testid="compare-moves">
            {t('compare.moves', {
              up: fmt.int(comparison.moves.up),
              down: fmt.int(comparison.moves.down),
              stayed: fmt.int(comparison.moves.stayed),
              new: fmt.int(comparison.moves.new),
              gone: fmt.int(comparison.moves.gone),
            })}
          </Typography.Paragraph>
          <Card size="small" title={t('compare.matrixTitle')} style={{ marginBottom: 16 }}>
            <Table<MatrixRow>
              size="small"
              pagination={false}
              scroll={{ x: true }}
              data-testid="compare-matrix"
              dataSource={matrix}
              columns={[
                {
                  title: t('compare.fromTo'),
                  dataIndex: 'name',
                  fixed: 'left' as const,
                  render: (text: string, row: MatrixRow) => (
                    <Flex justify="space-between" align="center" gap={4}>
                      <span>{text}</span>
                      <MenuDropdown
                        menu={{
                          items: (row.key === NEW_ROW
                            ? ([null] as const)
                            : ([null, 'up', 'down', 'stayed', 'gone'] as const)
                          ).map((move) => ({
                            key: move ?? 'all',
                            label: move ? t(`compare.export_${move}`) : t('compare.export_all'),
                            onClick: () => void exportMoves(row.key, move),
                          })),
                        }}
                      >
                        <Button
                          size="small"
                          type="text"
                          icon={<DownloadOutlined />}
                          aria-label={t('a11y.movesOf', { name: text })}
                          aria-haspopup="menu"
                          data-testid={`moves-export-${row.key}`}
                        />
                      </MenuDropdown>
                    </Flex>
                  ),
                },
                ...comparison.cols.map((col) => ({
                  title: label(col, names.to),
                  dataIndex: col,
                  align: 'right' as const,
                  // The count, its share of the row beneath, shaded by that share (a heat map of where each segment went).
                  onCell: (row: MatrixRow) => ({
                    style: {
                      background: `rgba(22, 104, 220, ${((Number(row[col]) || 0) / Math.max(row.total, 1)) * 0.45})`,
                      whiteSpace: 'nowrap' as const,
                    },
                  }),
                  render: (v: number, row: MatrixRow) =>
                    v ? (
                      <>
                        <div>{fmt.int(v)}</div>
                        <div style={{ fontSize: 11, opacity: 0.65 }}>{pct(v / row.total)}</div>
                      </>
                    ) : (
                      <Typography.Text type="secondary">·</Typography.Text>
                    ),
                })),
                {
                  title: t('compare.total'),
                  dataIndex: 'total',
                  align: 'right' as const,
                  render: (v: number) => fmt.int(v),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('compare.sankeyTitle')} style={{ marginBottom: 16 }}>
            <Chart
              height={Math.max(320, 26 * Math.max(comparison.rows.length, comparison.cols.length))}
              testId="compare-sankey"
              name={t('compare.sankeyTitle')}
              title={t('compare.sankeyTitle')}
              format={fmt.int}
              option={buildMigrationSankeyOption(
                comparison,
                comparison.rows.map((r) => label(r, names.from)),
                comparison.cols.map((c) => label(c, names.to)),
              )}
            />
          </Card>
          <Card size="small" title={t('compare.kpiTitle')} style={{ marginBottom: 16 }}>
            {comparison.periods && (
              <Typography.Paragraph type="secondary" data-testid="compare-periods">
                {t('compare.periods', {
                  b0: comparison.periods.before[0],
                  b1: comparison.periods.before[1],
                  a0: comparison.periods.after[0],
                  a1: comparison.periods.after[1],
                })}
              </Typography.Paragraph>
            )}
            <Table<SegmentKpiInfo>
              size="small"
              pagination={false}
              rowKey="segment"
              scroll={{ x: true }}
              data-testid="compare-kpis"
              dataSource={comparison.kpis}
              columns={[
                { title: t('segments.segment'), dataIndex: 'segment', render: (k: string) => label(k, names.from) },
                {
                  title: t('compare.activeBefore'),
                  dataIndex: 'activeBefore',
                  align: 'right' as const,
                  render: (v: number) => fmt.int(v),
                },
                {
                  title: t('compare.activeAfter'),
                  dataIndex: 'activeAfter',
                  align: 'right' as const,
                  render: (v: number) => fmt.int(v),
                },
                {
                  title: t('compare.retention'),
                  dataIndex: 'retention',
                  align: 'right' as const,
                  render: (v: number | null) => pct(v),
                },
                {
                  title: t('compare.churn'),
                  dataIndex: 'churn',
                  align: 'right' as const,
                  render: (v: number | null) => pct(v),
                },
                {
                  title: t('compare.reactivated'),
                  dataIndex: 'reactivated',
                  align: 'right' as const,
                  render: (v: number) => fmt.int(v),
                },
                {
                  title: t('compare.revenue'),
                  key: 'revenue',
                  align: 'right' as const,
                  render: (_: unknown, k: SegmentKpiInfo) => `${money(k.revenueBefore)} → ${money(k.revenueAfter)}`,
                },
                {
                  title: t('compare.growth'),
                  dataIndex: 'revenueGrowth',
                  align: 'right' as const,
                  render: (v: number | null) => (
                    <span>
                      {arrow(v)} {pct(v)}
                    </span>
                  ),
                },
                {
                  title: t('compare.orders'),
                  key: 'orders',
                  align: 'right' as const,
                  render: (_: unknown, k: SegmentKpiInfo) => `${fmt.int(k.ordersBefore)} → ${fmt.int(k.ordersAfter)}`,
                },
                {
                  title: t('compare.aovChange'),
                  dataIndex: 'aovChange',
                  align: 'right' as const,
                  render: (v: number | null) => (
                    <span>
                      {arrow(v)} {pct(v)}
                    </span>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
      <Modal
        open={reapplying}
        title={t('compare.reapplyTitle')}
        okText={t('compare.reapplyRun')}
        cancelText={t('common.cancel')}
        onOk={() => void reapply()}
        onCancel={() => setReapplying(false)}
        okButtonProps={{ 'data-testid': 'reapply-run' } as never}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('compare.reapplyHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="analysisDate" label={t('segments.analysisDate')} tooltip={t('compare.reapplyDateHint')}>
            <DatePicker data-testid="reapply-date" />
          </Form.Item>
          <Form.Item name="windowDays" label={t('compare.window')} tooltip={t('compare.windowHint')}>
            <InputNumber min={1} max={36500} style={{ width: 160 }} data-testid="reapply-window" />
          </Form.Item>
          <Form.Item name="recompute" valuePropName="checked">
            <Checkbox data-testid="reapply-recompute">{t('compare.recompute')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
      <JobProgress job={jobs.active} onCancel={jobs.cancel} />
    </div>
  );
}
