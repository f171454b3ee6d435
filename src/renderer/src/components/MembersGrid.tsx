import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../shared/segments';
import { call } from '../api';
import { useCall } from '../hooks/useCall';
import { useFormat } from '../hooks/useFormat';
import { type MemberField, useMemberColumns } from '../hooks/useMemberColumns';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { PagedTable } from './PagedTable';
import { pageRows, type GridQuery } from './paged-grid';

const PAGE_SIZE = 50;

/** The members shown: one segment (its index), a CLV run's churn-risk list, or all (undefined). */
export type MembersShown = number | 'churnRisk' | undefined;

interface Query extends GridQuery {
  segment?: MembersShown;
}

/** The segment choice's value for the churn-risk list (segments are 0…, all is −1). */
const CHURN_RISK = -2;

interface Props {
  runId: number;
  result: RunResult;
  currency: string | null;
  /** The segment shown (its index), the churn-risk list, or all when undefined; chosen here, from a persona card or the churn panel. */
  segment: MembersShown;
  onSegment(segment: MembersShown): void;
  /** Opens the customer-list export for the segment shown. */
  onExport(): void;
}

/** The grid's words for a run's members: customers, or orders (order segments). */
const CUSTOMER_WORDS = {
  id: null,
  all: 'segments.allMembers',
  total: 'segments.membersTotal',
  label: 'segments.members',
};
const ORDER_WORDS = {
  id: 'orderSegments.orderId',
  all: 'runNames.allOrders',
  total: 'orderSegments.ordersCount',
  label: 'orderSegments.members',
};

/** Which members the grid shows: all, one segment, or (a CLV run with one) the churn-risk list. */
function MembersChoice(props: {
  result: RunResult;
  all: string;
  segment: MembersShown;
  onSegment(s: MembersShown): void;
}) {
  const { result, segment, onSegment } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const churnRisk = result.clv?.churn.customers ?? 0;
  return (
    <Select
      style={{ minWidth: 220 }}
      value={segment === 'churnRisk' ? CHURN_RISK : (segment ?? -1)}
      onChange={(v: number) => onSegment(v === CHURN_RISK ? 'churnRisk' : v < 0 ? undefined : v)}
      options={[
        { value: -1, label: props.all },
        ...result.segments.map((s, i) => ({ value: i, label: `${s.name[lang]} (${fmt.int(s.customers)})` })),
        ...(churnRisk > 0 ? [{ value: CHURN_RISK, label: t('clvChurn.onlyAtRisk', { n: fmt.int(churnRisk) }) }] : []),
      ]}
      aria-label={t('a11y.membersSegment')}
      data-testid="members-segment"
    />
  );
}

/** A run's members, one page at a time from the worker: one segment, a CLV run's churn-risk list or all, searchable and sortable. */
export function MembersGrid({ runId, result, currency, segment, onSegment, onExport }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState<Query>({ page: 1, search: '', segment });
  // Another run starts afresh; another segment (chosen here or from a persona card) starts at page 1.
  const [shownRun, setShownRun] = useState(runId);
  if (shownRun !== runId) {
    setShownRun(runId);
    setQuery({ page: 1, search: '', segment });
  } else if (query.segment !== segment) setQuery({ ...query, page: 1, segment });
  // The columns and the count stay while the next page loads.
  const [fields, setFields] = useState<MemberField[]>([]);
  const [total, setTotal] = useState(result.customers);

  const page = useCall(
    () => {
      const offset = (query.page - 1) * PAGE_SIZE;
      const { sortColumn, sortDesc, search } = query;
      return call('run:members', {
        runId,
        segment: typeof query.segment === 'number' ? query.segment : undefined,
        only: query.segment === 'churnRisk' ? 'churnRisk' : undefined,
        query: { offset, limit: PAGE_SIZE, sortColumn, sortDesc, search: search || undefined },
      }).then(({ total: count, arrow }) => ({ count, ...pageRows(arrow, offset) }));
    },
    [runId, query],
    ({ count, table }) => {
      setFields(table.schema.fields.map((f) => ({ name: f.name, kind: f.metadata.get('segdesk.kind') ?? '' })));
      setTotal(count);
    },
  );
  const rows = page.data?.rows ?? null;

  const words = result.model === 'orders' ? ORDER_WORDS : CUSTOMER_WORDS;
  const idTitle = words.id ? t(words.id) : undefined;
  const columns = useMemberColumns(fields, query, result.segments, currency, result.clv?.settings.horizon, idTitle);

  return (
    <>
      <Flex gap={12} style={{ marginBottom: 12 }}>
        <MembersChoice result={result} all={t(words.all)} segment={segment} onSegment={onSegment} />
        <Input.Search
          allowClear
          placeholder={t('segments.searchMembers')}
          aria-label={t('segments.searchMembers')}
          style={{ maxWidth: 280 }}
          onSearch={(search) => setQuery((q) => ({ ...q, page: 1, search }))}
          data-testid="members-search"
        />
        <Button icon={<DownloadOutlined />} onClick={onExport} data-testid="members-export">
          {t('a11y.exportShown')}
        </Button>
      </Flex>
      <PagedTable
        rows={rows}
        columns={columns}
        query={query}
        onQuery={setQuery}
        total={total}
        pageSize={PAGE_SIZE}
        pagination={{
          showTotal: (n) => <span data-testid="members-total">{t(words.total, { count: n, n: fmt.int(n) })}</span>,
        }}
        testId="members-grid"
        label={t(words.label)}
      />
    </>
  );
}
