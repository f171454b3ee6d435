import { Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemLevel, SegmentItems } from '../../../../../shared/products';
import { useFormat } from '../../../hooks/useFormat';
import { ItemName } from './ItemName';

type Stopped = SegmentItems['stopped'][number]['items'][number];

/** What a segment's customers bought before the last 90 (or 180) days and not since: a window switch and the items, most customers first. */
export function StoppedItems({
  stopped,
  level,
  analysisDate,
}: {
  stopped: SegmentItems['stopped'];
  level: ItemLevel;
  analysisDate: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [days, setDays] = useState(stopped[0]?.days ?? 90);
  const window = stopped.find((w) => w.days === days) ?? stopped[0];
  if (!window) return null;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16, marginBottom: 4 }}>
        <Typography.Text strong>{t('productsUi.stopped')}</Typography.Text>
        <Segmented
          size="small"
          aria-label={t('productsUi.stoppedLabel')}
          data-testid="products-stopped-days"
          value={window.days}
          onChange={(v) => setDays(Number(v))}
          options={stopped.map((w) => ({ value: w.days, label: t('productsUi.stoppedDays', { days: w.days }) }))}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('productsUi.stoppedHint', { days: window.days, date: analysisDate ?? '—' })}
      </Typography.Paragraph>
      {window.items.length === 0 ? (
        <Typography.Paragraph data-testid="products-stopped-none">
          {t('productsUi.stoppedNone', { days: window.days })}
        </Typography.Paragraph>
      ) : (
        <Table<Stopped>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={window.items}
          data-testid="products-stopped"
          columns={[
            { key: 'item', title: t(`productsUi.col_item_${level}`), render: (_, s) => <ItemName item={s} /> },
            {
              key: 'customers',
              title: t('productsUi.col_stopped'),
              align: 'right',
              render: (_, s) => fmt.int(s.customers),
            },
            {
              key: 'share',
              title: t('productsUi.col_stoppedShare'),
              align: 'right',
              render: (_, s) => fmt.pct(s.share),
            },
          ]}
        />
      )}
    </>
  );
}
