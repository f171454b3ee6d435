import { SearchOutlined } from '@ant-design/icons';
import {
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Input,
  Row,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnStats, JoinStats } from '../../../shared/explore';
import { CURRENCIES, type DatasetInfo } from '../../../shared/schemas';
import { call } from '../api';
import { buildHistogramOption, buildTopValuesOption } from '../charts/build-histogram-option';
import { useFormat } from '../hooks/useFormat';
import { Chart } from './Chart';
import { PagedTable } from './PagedTable';
import { pageRows, type GridQuery } from './paged-grid';
import { isNumericKind, KIND_COLORS, renderCell } from './renderCell';

const PAGE_SIZE = 50;

type Query = GridQuery;

/** A dataset: its rows (one page at a time from the worker), its columns (type, missing, distribution) and its import report. */
export function DatasetView({
  dataset,
  datasets,
  onChanged,
  onError,
}: {
  dataset: DatasetInfo;
  datasets: DatasetInfo[];
  onChanged(): void;
  onError(err: unknown): void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('data.preview', { name: dataset.name })}
      extra={
        <Flex gap={16} align="center">
          <CurrencyPicker dataset={dataset} onChanged={onChanged} onError={onError} />
          {dataset.kind === 'transactions' && dataset.roles.customerId ? (
            <CustomerLink dataset={dataset} datasets={datasets} onChanged={onChanged} onError={onError} />
          ) : null}
        </Flex>
      }
      data-testid="data-preview"
      styles={{ body: { paddingTop: 0 } }}
    >
      <Tabs
        items={[
          { key: 'rows', label: t('data.rowsTab'), children: <RowsGrid dataset={dataset} onError={onError} /> },
          {
            key: 'columns',
            label: t('data.columnsTab'),
            children: <ColumnsPanel dataset={dataset} onError={onError} />,
          },
          { key: 'quality', label: t('data.qualityTab'), children: <QualityPanel dataset={dataset} /> },
        ]}
      />
    </Card>
  );
}

/** The currency the dataset's money is shown in: detected at import, corrected here. */
function CurrencyPicker({
  dataset,
  onChanged,
  onError,
}: {
  dataset: DatasetInfo;
  onChanged(): void;
  onError(err: unknown): void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{t('data.currency')}</Typography.Text>
      <Select
        size="small"
        style={{ width: 96 }}
        value={dataset.currency as (typeof CURRENCIES)[number]}
        data-testid="dataset-currency"
        aria-label={t('data.currency')}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        onChange={(currency: (typeof CURRENCIES)[number]) =>
          call('dataset:setCurrency', { datasetId: dataset.id, currency }).then(onChanged, onError)
        }
      />
    </Flex>
  );
}

function RowsGrid({ dataset, onError }: { dataset: DatasetInfo; onError(err: unknown): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState<Query>({ page: 1, search: '' });
  const [rows, setRows] = useState<Record<string, unknown>[] | null>(null);
  const [total, setTotal] = useState(dataset.rowCount);
  const search = useRef<InputRef>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    let live = true;
    setRows(null);
    const { page, sortColumn, sortDesc, search: text } = query;
    call('dataset:page', {
      datasetId: dataset.id,
      query: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, sortColumn, sortDesc, search: text || undefined },
    })
      .then(({ total: count, arrow }) => {
        if (!live) return;
        setTotal(count);
        setRows(pageRows(arrow, (page - 1) * PAGE_SIZE).rows);
      })
      .catch((err: unknown) => live && onError(err));
    return () => {
      live = false;
    };
  }, [dataset.id, query]);

  const money = useMemo(
    () => new Set([dataset.roles.amount, dataset.roles.unitPrice, dataset.roles.revenue].filter(Boolean)),
    [dataset.roles],
  );
  const columns = useMemo(
    () =>
      dataset.columns.map((c) => ({
        key: c.name,
        dataIndex: c.name,
        sorter: true,
        sortOrder: query.sortColumn === c.name ? (query.sortDesc ? ('descend' as const) : ('ascend' as const)) : null,
        title: (
          <span>
            {c.name}{' '}
            <Tag color={KIND_COLORS[c.spec.kind]} style={{ marginInlineStart: 4 }} data-testid="column-kind">
              {t(`kinds.${c.spec.kind}`)}
            </Tag>
          </span>
        ),
        align: isNumericKind(c.spec.kind) ? ('right' as const) : ('left' as const),
        render: (v: unknown) =>
          money.has(c.name) && typeof v === 'number' && !Number.isNaN(v)
            ? fmt.money(v, dataset.currency)
            : renderCell(v, c.spec.kind, fmt, t),
      })),
    [dataset, t, fmt, money, query.sortColumn, query.sortDesc],
  );

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Input
          ref={search}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('data.search')}
          aria-label={t('data.search')}
          style={{ maxWidth: 320 }}
          data-testid="grid-search"
          onChange={(e) => setQuery((q) => ({ ...q, page: 1, search: e.target.value }))}
        />
        <Typography.Text type="secondary" data-testid="grid-total">
          {t('data.matching', { rows: fmt.int(total), all: fmt.int(dataset.rowCount) })}
        </Typography.Text>
      </Flex>
      <PagedTable
        rows={rows}
        columns={columns}
        query={query}
        onQuery={setQuery}
        total={total}
        pageSize={PAGE_SIZE}
        pagination={{ showQuickJumper: true }}
        scrollY={420}
        testId="row-grid"
        label={t('data.preview', { name: dataset.name })}
      />
    </>
  );
}

function ColumnsPanel({ dataset, onError }: { dataset: DatasetInfo; onError(err: unknown): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [stats, setStats] = useState<ColumnStats[] | null>(null);
  useEffect(() => {
    let live = true;
    call('dataset:stats', { datasetId: dataset.id })
      .then((r) => live && setStats(r.columns))
      .catch((err: unknown) => live && onError(err));
    return () => {
      live = false;
    };
  }, [dataset.id]);
  if (!stats) return <Card loading />;
  return (
    <Row gutter={[12, 12]} data-testid="column-stats">
      {dataset.columns.map((c, i) => {
        const s = stats[i];
        const kind = c.spec.kind;
        const edge = (v: number) => (kind === 'date' || kind === 'datetime' ? fmt.calendarDate(v) : fmt.num(v));
        const numeric = s.histogram.length > 0;
        return (
          <Col key={c.name} xs={24} md={12} xl={8}>
            <Card
              size="small"
              title={
                <span>
                  {c.name} <Tag color={KIND_COLORS[kind]}>{t(`kinds.${kind}`)}</Tag>
                </span>
              }
            >
              <Descriptions size="small" column={2}>
                <Descriptions.Item label={t('data.missing')}>{fmt.int(s.missing)}</Descriptions.Item>
                {s.distinct !== null && (
                  <Descriptions.Item label={t('data.distinct')}>{fmt.int(s.distinct)}</Descriptions.Item>
                )}
                {s.min !== null && <Descriptions.Item label={t('data.min')}>{edge(s.min)}</Descriptions.Item>}
                {s.max !== null && <Descriptions.Item label={t('data.max')}>{edge(s.max)}</Descriptions.Item>}
                {s.mean !== null && kind !== 'date' && kind !== 'datetime' && (
                  <Descriptions.Item label={t('data.mean')}>{fmt.num(s.mean)}</Descriptions.Item>
                )}
              </Descriptions>
              {numeric ? (
                <Chart
                  option={buildHistogramOption(s, { edge, rows: t('data.rows') })}
                  name={c.name}
                  title={c.name}
                  format={fmt.int}
                />
              ) : s.top.length > 0 ? (
                <Chart
                  option={buildTopValuesOption(s, { empty: '—' })}
                  height={Math.max(80, 22 * s.top.length)}
                  name={c.name}
                  title={c.name}
                  format={fmt.int}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function QualityPanel({ dataset }: { dataset: DatasetInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { quality } = dataset;
  return (
    <div data-testid="dataset-quality">
      <Typography.Paragraph strong>
        {t('data.qualitySummary', { read: fmt.int(quality.rowsRead), kept: fmt.int(quality.rowsKept) })}
      </Typography.Paragraph>
      {(quality.appended ?? []).map((a) => (
        <Typography.Paragraph key={a.at + a.sourceName} data-testid="append-record">
          {t('data.appendRecord', {
            file: a.sourceName,
            read: fmt.int(a.rowsRead),
            added: fmt.int(a.rowsAdded),
            overlap: fmt.int(a.overlap),
            at: fmt.dateTime(a.at),
          })}
        </Typography.Paragraph>
      ))}
      {quality.issues.length === 0 ? (
        <Typography.Text type="secondary">{t('import.noIssues')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={quality.issues}
          columns={[
            {
              key: 'what',
              title: t('data.issue'),
              render: (_: unknown, i) => t(`issues.${i.code}`, { count: fmt.int(i.count), column: i.column ?? '' }),
            },
            { key: 'policy', title: t('data.policy'), render: (_: unknown, i) => t(`policies.${i.policy}`) },
            {
              key: 'lines',
              title: t('import.examples'),
              render: (_: unknown, i) => i.examples.map((e) => t('import.line', { line: e.line })).join(', '),
            },
          ]}
        />
      )}
    </div>
  );
}

/** Joins a transactions dataset to a customers dataset: their attributes become available to every model. */
function CustomerLink({
  dataset,
  datasets,
  onChanged,
  onError,
}: {
  dataset: DatasetInfo;
  datasets: DatasetInfo[];
  onChanged(): void;
  onError(err: unknown): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [match, setMatch] = useState<JoinStats | null>(null);
  const candidates = datasets.filter((d) => d.kind === 'customers' && d.roles.customerId);
  useEffect(() => {
    let live = true;
    setMatch(null);
    call('dataset:customerMatch', { datasetId: dataset.id })
      .then((m) => live && setMatch(m))
      .catch((err: unknown) => live && onError(err));
    return () => {
      live = false;
    };
  }, [dataset.id, dataset.customersDatasetId]);
  const link = (customersId: number | null) =>
    call('dataset:linkCustomers', { datasetId: dataset.id, customersId })
      .then(() => onChanged())
      .catch(onError);
  return (
    <Flex align="center" gap={8} data-testid="customer-link">
      <Typography.Text type="secondary">{t('data.customerAttributes')}</Typography.Text>
      <Select
        style={{ width: 220 }}
        allowClear
        placeholder={candidates.length ? t('data.noJoin') : t('data.noCustomersDataset')}
        disabled={candidates.length === 0}
        value={dataset.customersDatasetId ?? undefined}
        onChange={(id?: number) => void link(id ?? null)}
        options={candidates.map((d) => ({ value: d.id, label: d.name }))}
        aria-label={t('data.customerAttributes')}
        data-testid="customer-link-select"
      />
      {match && (
        <Typography.Text
          type={match.matchedTransactions === match.transactions ? 'success' : 'warning'}
          data-testid="customer-match"
        >
          {t('data.matched', {
            matched: fmt.int(match.matchedTransactions),
            total: fmt.int(match.transactions),
            share: fmt.num((100 * match.matchedTransactions) / Math.max(1, match.transactions)),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
