import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunResult, SegmentName, SegmentSummary } from '../../../../shared/segments';
import { WriteAction } from '../../components/WriteAction';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { useMoney } from './useMoney';

/** One row per segment and a total row: customers, shares, orders, revenue, AOV, median recency and frequency. */
export function SummaryTable({
  result,
  currency,
  onRename,
}: {
  result: RunResult;
  currency: string | null;
  onRename(segment: SegmentSummary): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const money = useMoney(currency);
  const orDash = (write: (v: number) => string) => (v: number | null) => (v === null ? '—' : write(v));
  const right = 'right' as const;
  const columns = [
    {
      title: t('segments.segment'),
      dataIndex: 'name',
      render: (n: SegmentName, row: SegmentSummary) => (
        <Flex align="center" gap={4} className="segment-name-cell">
          {n[lang]}
          {row.key !== 'all' && (
            <WriteAction>
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => onRename(row)}
                aria-label={t('a11y.renameOf', { name: n[lang] })}
                data-testid="rename-segment"
                className="rename-segment"
              />
            </WriteAction>
          )}
        </Flex>
      ),
    },
    { title: t('segments.customers'), dataIndex: 'customers', align: right, render: (v: number) => fmt.int(v) },
    { title: t('segments.share'), dataIndex: 'share', align: right, render: (v: number) => fmt.pct(v) },
    { title: t('segments.orders'), dataIndex: 'orders', align: right, render: orDash(fmt.int) },
    { title: t('segments.revenue'), dataIndex: 'revenue', align: right, render: money },
    { title: t('segments.revenueShare'), dataIndex: 'revenueShare', align: right, render: orDash(fmt.pct) },
    { title: t('segments.aov'), dataIndex: 'aov', align: right, render: money },
    { title: t('segments.medianRecency'), dataIndex: 'medianRecency', align: right, render: orDash(fmt.num) },
    { title: t('segments.medianFrequency'), dataIndex: 'medianFrequency', align: right, render: orDash(fmt.num) },
  ];
  return (
    <Table<SegmentSummary>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={[...result.segments, result.overall]}
      columns={columns}
      data-testid="segment-summary"
      rowClassName={(row) => (row.key === 'all' ? 'summary-total' : '')}
    />
  );
}
