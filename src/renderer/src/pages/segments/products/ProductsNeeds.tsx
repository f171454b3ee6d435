import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductsNeed } from '../../../../../shared/products';
import { useOpenMeanings } from '../../../errors/ErrorProvider';

/** What a run's products need that its dataset lacks, in one sentence; for a missing column, the way to its column meanings. */
export function ProductsNeeds({ needs, datasetId }: { needs: ProductsNeed; datasetId: number }) {
  const { t } = useTranslation();
  const openMeanings = useOpenMeanings();
  return (
    <Typography.Paragraph data-testid="products-needs">
      {t(`productsUi.needs_${needs}`)}{' '}
      {needs === 'productOrCategory' && (
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          data-testid="products-map-role"
          onClick={() => openMeanings({ datasetId, roles: ['productId', 'productName', 'category'] })}
        >
          {t('productsUi.mapButton')}
        </Button>
      )}
    </Typography.Paragraph>
  );
}
