import { Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { timesText } from '../../../../../shared/product-persona';
import type { ItemLevel, ItemStat } from '../../../../../shared/products';
import { useFormat } from '../../../hooks/useFormat';
import { useUiLanguage } from '../../../hooks/useUiLanguage';
import { ItemName } from './ItemName';

/**
 * A segment's items, one row each: the item, the share of the segment's customers who bought it,
 * how many times as often as the average customer (the exact shares and lift in its tooltip), the
 * customers and the revenue — rounded for people.
 */
export function ItemTable({
  items,
  level,
  money,
  testId,
}: {
  items: ItemStat[];
  level: ItemLevel;
  money(n: number): string;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  return (
    <Table<ItemStat>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={items}
      data-testid={testId}
      columns={[
        {
          key: 'item',
          title: t(`productsUi.col_item_${level}`),
          render: (_, s) => <ItemName item={s} />,
        },
        { key: 'share', title: t('productsUi.col_share'), align: 'right', render: (_, s) => fmt.pct(s.share) },
        {
          key: 'often',
          title: t('productsReport.col_often'),
          render: (_, s) => (
            <Tooltip
              title={t('productsUi.oftenTip', {
                share: fmt.pct(s.share),
                allShare: fmt.pct(s.allShare),
                allBuyers: fmt.int(s.allBuyers),
                lift: fmt.num(s.lift),
              })}
            >
              <span data-testid="item-often">{timesText(s.lift, lang)}</span>
            </Tooltip>
          ),
        },
        { key: 'buyers', title: t('productsUi.col_buyers'), align: 'right', render: (_, s) => fmt.int(s.buyers) },
        { key: 'revenue', title: t('productsUi.col_revenue'), align: 'right', render: (_, s) => money(s.revenue) },
      ]}
    />
  );
}
