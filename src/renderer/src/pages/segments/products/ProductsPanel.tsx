import { Card, Flex, Segmented, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemLevel } from '../../../../../shared/products';
import type { RunResult } from '../../../../../shared/segments';
import { useUiLanguage } from '../../../hooks/useUiLanguage';
import { NonProductCodes } from './NonProductCodes';
import { ProductsNeeds } from './ProductsNeeds';
import { SegmentItemsView } from './SegmentItemsView';
import { CrossSellButton } from '../../basket/CrossSellButton';
import type { RunInfo } from '../../../../../shared/schemas';
import type { ProductsPanelState } from './useProductsPanel';

/**
 * "What they buy": one segment's products (or categories, when the dataset has both: a switch),
 * chosen in the panel or from a persona card; the codes that are not products under it. While the
 * worker works it out, a spinner; a run without products says in one sentence what it needs.
 */
export function ProductsPanel({
  panel,
  result,
  run,
  money,
}: {
  panel: ProductsPanelState;
  result: RunResult;
  run: RunInfo;
  money(n: number): string;
}) {
  const { datasetId } = run;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [chosenLevel, setLevel] = useState<ItemLevel>('product');
  const { data, loading, reload } = panel.products;
  const levels = data ? (['product', 'category'] as const).filter((l) => data[l] !== null) : [];
  const level = levels.includes(chosenLevel) ? chosenLevel : levels[0];
  const items = level && data?.[level];
  const segmentItems = items ? items.segments.find((s) => s.segment === panel.segment) : undefined;
  const segmentName = result.segments[panel.segment]?.name[lang] ?? '';
  const controls = (
    <Flex gap={8} wrap>
      {levels.length > 1 && (
        <Segmented
          aria-label={t('productsUi.levelLabel')}
          data-testid="products-level"
          value={level}
          onChange={(v) => setLevel(v as ItemLevel)}
          options={levels.map((l) => ({ value: l, label: t(`productsUi.level_${l}`) }))}
        />
      )}
      <Select
        style={{ minWidth: 200 }}
        aria-label={t('productsUi.segmentLabel')}
        data-testid="products-segment"
        value={panel.segment}
        onChange={panel.setSegment}
        options={result.segments.flatMap((s, i) => (s.customers === 0 ? [] : [{ value: i, label: s.name[lang] }]))}
      />
    </Flex>
  );
  return (
    <Card
      size="small"
      title={
        <span ref={panel.heading} tabIndex={-1} className="focus-target">
          {t('productsUi.title')}
        </span>
      }
      extra={data?.needs === null ? controls : undefined}
      style={{ marginTop: 24 }}
      data-testid="products-panel"
    >
      {loading && (
        <Flex align="center" gap={8} data-testid="products-loading">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('productsUi.loading')}</Typography.Text>
        </Flex>
      )}
      {data?.needs && <ProductsNeeds needs={data.needs} datasetId={datasetId} />}
      {items && segmentItems && (
        <SegmentItemsView
          key={`${level}:${panel.segment}`}
          level={items}
          items={segmentItems}
          name={segmentName}
          analysisDate={data.analysisDate}
          money={money}
          topAction={(top, by) => <CrossSellButton run={run} items={top} by={by} />}
        />
      )}
      {data?.needs === null && level === 'product' && (
        <NonProductCodes datasetId={datasetId} excluded={data.excluded} money={money} onChanged={reload} />
      )}
    </Card>
  );
}
