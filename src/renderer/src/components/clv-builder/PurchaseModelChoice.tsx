import { Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PURCHASE_MODELS, type ClvSpec } from '../../../../shared/clv';

/** The purchase model a CLV run uses: automatic (by the holdout), or one chosen — each with one plain sentence. */
export function PurchaseModelChoice({
  value,
  onChange,
}: {
  value: ClvSpec['purchaseModel'];
  onChange(next: ClvSpec['purchaseModel']): void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('clvCompare.purchaseModel')}>
      <Radio.Group value={value} onChange={(e) => onChange(e.target.value)} data-testid="clv-purchase-model">
        <Space direction="vertical" size={2}>
          {(['auto', ...PURCHASE_MODELS] as const).map((kind) => (
            <Radio key={kind} value={kind}>
              {t(`clvCompare.model_${kind}`)}{' '}
              <Typography.Text type="secondary">— {t(`clvCompare.modelHint_${kind}`)}</Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}
