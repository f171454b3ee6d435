import { Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buysSentence } from '../../../../../shared/product-persona';
import type { ItemLevel, LevelItems, SegmentItems } from '../../../../../shared/products';
import { useFormat } from '../../../hooks/useFormat';
import { useUiLanguage } from '../../../hooks/useUiLanguage';
import { ItemTable } from './ItemTable';
import { StoppedItems } from './StoppedItems';
import { SwitchHeading } from './SwitchHeading';

/** One segment's items at one level: what sets it apart, its top items by revenue or by customers, what it stopped buying. */
export function SegmentItemsView({
  level,
  items,
  name,
  analysisDate,
  money,
  topAction,
}: {
  level: LevelItems;
  items: SegmentItems;
  name: string;
  analysisDate: string | null;
  money(n: number): string;
  /** What the top items can become (a cross-sell list of the segment's customers who have not bought them). */
  topAction?: (items: SegmentItems, level: ItemLevel) => ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const [top, setTop] = useState<'byRevenue' | 'byBuyers'>('byRevenue');
  const kind = level.level;
  const buys = buysSentence(items, lang);
  return (
    <>
      <Typography.Paragraph data-testid="products-lead">
        {t(`productsUi.lead_${kind}`, { buyers: fmt.int(items.buyers), name, items: fmt.int(level.items) })}
      </Typography.Paragraph>
      <Typography.Text strong>{t('productsUi.distinctive')}</Typography.Text>
      {buys && (
        <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="products-buys">
          {buys}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('productsUi.distinctiveHint', { min: fmt.int(items.minBuyers ?? level.minBuyers) })}
      </Typography.Paragraph>
      {items.distinctive.length === 0 ? (
        <Typography.Paragraph data-testid="products-distinctive-none">
          {t(`productsReport.none_${kind}`)}
        </Typography.Paragraph>
      ) : (
        <ItemTable items={items.distinctive} level={kind} money={money} testId="products-distinctive" />
      )}
      <SwitchHeading
        title={t('productsUi.top')}
        label={t('productsUi.topLabel')}
        testId="products-top-by"
        value={top}
        onChange={setTop}
        options={[
          { value: 'byRevenue', label: t('productsUi.byRevenue') },
          { value: 'byBuyers', label: t('productsUi.byBuyers') },
        ]}
        extra={topAction?.(items, kind)}
      />
      <ItemTable items={items[top]} level={kind} money={money} testId="products-top" />
      <StoppedItems stopped={items.stopped} level={kind} analysisDate={analysisDate} />
    </>
  );
}
