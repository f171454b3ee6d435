import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleFieldInfo } from '../../../../shared/segments';

/**
 * Where an order file's per-customer column (Country) is offered: it is read from each customer's
 * first order, and how many customers have more than one value. Nothing for other fields.
 */
export function FirstOrderNote({ field, label }: { field: RuleFieldInfo | undefined; label: string }) {
  const { t } = useTranslation();
  if (!field?.firstOrder) return null;
  const { several } = field.firstOrder;
  return (
    <Typography.Text type="secondary" style={{ flexBasis: '100%', fontSize: 12 }} data-testid="first-order-note">
      {several > 0
        ? t('custAttr.firstOrder', { field: label, count: several })
        : t('custAttr.firstOrderSame', { field: label })}
    </Typography.Text>
  );
}
