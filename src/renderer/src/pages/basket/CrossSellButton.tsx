import { UsergroupAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemLevel, ItemRef } from '../../../../shared/products';
import type { RunInfo } from '../../../../shared/schemas';
import { WriteAction } from '../../components/WriteAction';
import { CrossSellDialog } from './CrossSellDialog';

interface Props {
  run: RunInfo;
  segment: number;
  by: ItemLevel;
  /** The segment's top items (the first five are offered). */
  items: readonly ItemRef[];
}

/** The most items a list from a segment's top products offers. */
export const TOP_OFFERED = 5;

/**
 * A segment's top products as a cross-sell list: the segment's customers who have bought none
 * of them yet (the products panel of the segment page places it).
 */
export function CrossSellButton({ run, segment, by, items }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const offered = items.slice(0, TOP_OFFERED);
  return (
    <>
      <WriteAction title={t('basketUi.topProductsOffer')}>
        <Button
          size="small"
          icon={<UsergroupAddOutlined />}
          disabled={offered.length === 0}
          onClick={() => setOpen(true)}
          data-testid="top-products-list"
        >
          {t('basketUi.fromTopProducts')}
        </Button>
      </WriteAction>
      {open && (
        <CrossSellDialog
          draft={{ runId: run.id, spec: { segment, by, bought: [], notBought: [...offered], source: 'topProducts' } }}
          runs={[run]}
          onClose={() => setOpen(false)}
          onKept={() => setOpen(false)}
        />
      )}
    </>
  );
}
