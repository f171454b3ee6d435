import type { TFunction } from 'i18next';
import type { useFormat } from '../../hooks/useFormat';

type Format = ReturnType<typeof useFormat>;
const right = 'right' as const;
const orDash = (write: (v: number) => string) => (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : write(v);

/** The summary's count columns: customers, their share and orders; for order segments, orders and their share. */
export function countColumns(orders: boolean, t: TFunction, fmt: Format) {
  return [
    {
      title: t(orders ? 'orderSegments.orders' : 'segments.customers'),
      dataIndex: 'customers',
      align: right,
      render: (v: number) => fmt.int(v),
    },
    {
      title: t(orders ? 'orderSegments.orderShare' : 'segments.share'),
      dataIndex: 'share',
      align: right,
      render: (v: number) => fmt.pct(v),
    },
    ...(orders ? [] : [{ title: t('segments.orders'), dataIndex: 'orders', align: right, render: orDash(fmt.int) }]),
  ];
}

/** Order segments: the share of each segment's orders refunded. */
export function refundColumn(orders: boolean, t: TFunction, fmt: Format) {
  return orders
    ? [{ title: t('orderSegments.refundRate'), dataIndex: 'refundRate', align: right, render: orDash(fmt.pct) }]
    : [];
}
