import { ShoppingOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** A persona card's "What they buy": the segment in the products panel. */
export function BuysButton({ name, onClick }: { name: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="small"
      type="link"
      icon={<ShoppingOutlined />}
      onClick={onClick}
      aria-label={t('productsUi.openProductsOf', { name })}
      data-testid="segment-products"
    >
      {t('productsUi.openProducts')}
    </Button>
  );
}
