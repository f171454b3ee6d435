import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** Which customer feature an order-segments run cannot serve (orderSegments.features.*). */
export type CustomerFeature = 'rfm' | 'clv' | 'cluster' | 'compare' | 'campaign';

/** One sentence on why a feature that follows customers is not there for orders without a customer id, and what file would make it possible. */
export function OrdersOnlyNote({ feature, testId }: { feature: CustomerFeature; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('orderSegments.notForOrders', { feature: t(`orderSegments.features.${feature}`) })}
      data-testid={testId}
    />
  );
}
