import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult } from '../../../../shared/clv';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';
import { pageRows } from '../paged-grid';

/** How many customers of the churn-risk list the panel shows. */
export const CHURN_PREVIEW = 10;
const DAY_MS = 86_400_000;

/**
 * The most valuable customers on a CLV run's churn-risk list (by predicted value), read from the
 * worker as one page of the list: id, past spend, predicted value, chance still active, last purchase.
 */
export function ChurnPreview({ runId, clv, money }: { runId: number; clv: ClvResult; money(n: number): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const page = useCall(
    () =>
      call('run:members', {
        runId,
        only: 'churnRisk',
        query: { offset: 0, limit: CHURN_PREVIEW, sortColumn: 'clv', sortDesc: true },
      }).then(({ arrow }) => pageRows(arrow, 0).rows),
    [runId],
  );
  // Recency counts whole days back from the day after the calibration period.
  const analysisDay = Date.parse(`${clv.calibrationEnd}T00:00:00Z`) + DAY_MS;
  const number = (v: unknown, write: (n: number) => string) =>
    typeof v === 'number' && Number.isFinite(v) ? write(v) : '—';
  const columns = [
    { key: 'customerId', dataIndex: 'customerId', title: t('clvChurn.customer') },
    {
      key: 'monetary',
      dataIndex: 'monetary',
      title: t('clvChurn.pastRevenue'),
      align: 'right' as const,
      render: (v: unknown) => number(v, money),
    },
    {
      key: 'clv',
      dataIndex: 'clv',
      title: t('clvChurn.clv'),
      align: 'right' as const,
      render: (v: unknown) => number(v, money),
    },
    {
      key: 'pAlive',
      dataIndex: 'pAlive',
      title: t('memberFields.pAlive'),
      align: 'right' as const,
      render: (v: unknown) => number(v, fmt.pct),
    },
    {
      key: 'recency',
      dataIndex: 'recency',
      title: t('clvChurn.lastPurchase'),
      align: 'right' as const,
      render: (v: unknown) => number(v, (days) => fmt.calendarDate(analysisDay - days * DAY_MS)),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="__key"
      pagination={false}
      loading={page.loading}
      dataSource={page.data ?? []}
      columns={columns}
      scroll={{ x: 'max-content' }}
      style={{ marginBottom: 12 }}
      data-testid="clv-churn-preview"
    />
  );
}
