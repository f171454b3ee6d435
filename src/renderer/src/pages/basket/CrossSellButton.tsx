import { UsergroupAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { specFromTopProducts } from '../../../../shared/cross-sell-spec';
import type { ItemLevel, SegmentItems } from '../../../../shared/products';
import type { RunInfo } from '../../../../shared/schemas';
import { WriteAction } from '../../components/WriteAction';
import { CrossSellDialog } from './CrossSellDialog';

interface Props {
  run: RunInfo;
  /** What the segment buys at this level (its top items by customers are offered). */
  items: SegmentItems;
  by: ItemLevel;
}

/** The most items a list from a segment's top products offers. */
export const TOP_OFFERED = 5;

/**
 * A segment's top products as a cross-sell list: the segment's customers who have bought none
 * of them yet (the products panel of the segment page places it).
 */
export function CrossSellButton({ run, items, by }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const spec = specFromTopProducts(items, TOP_OFFERED, by);
  return (
    <>
      <WriteAction title={t('basketUi.topProductsOffer')}>
        <Button
          size="small"
          icon={<UsergroupAddOutlined />}
          disabled={spec === null}
          onClick={() => setOpen(true)}
          data-testid="top-products-list"
        >
          {t('basketUi.fromTopProducts')}
        </Button>
      </WriteAction>
      {open && spec && (
        <CrossSellDialog
          draft={{ runId: run.id, spec }}
          runs={[run]}
          onClose={() => setOpen(false)}
          onKept={() => setOpen(false)}
        />
      )}
    </>
  );
}
