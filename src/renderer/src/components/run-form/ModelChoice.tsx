import { Col, Radio, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrdersOnlyNote } from '../OrdersOnlyNote';
import type { Scheme } from './run-spec';

/** Each model the dialog offers: its title and its one sentence (i18n keys). */
const MODELS: readonly { value: Scheme; title: string; hint: string }[] = [
  { value: 'eleven', title: 'segments.schemeEleven', hint: 'segments.modelEleven' },
  { value: 'eight', title: 'segments.schemeEight', hint: 'segments.modelEight' },
  { value: 'table', title: 'segments.schemeTable', hint: 'segments.modelTable' },
  { value: 'rules', title: 'segments.schemeRules', hint: 'segments.modelRules' },
  { value: 'cluster', title: 'segments.modelCluster', hint: 'segments.modelClusterHint' },
  { value: 'clv', title: 'clv.scheme', hint: 'segments.modelClv' },
];
const ORDERS = { value: 'orders' as Scheme, title: 'orderSegments.model', hint: 'orderSegments.modelHelp' };

/**
 * The model choice as cards, a title and one sentence each (a form control: value and onChange).
 * For a dataset of orders alone (`ordersOnly`) order segments come first and the customer models
 * are shown unavailable, with one sentence on why and what file would make them possible.
 */
export function ModelChoice({
  value,
  onChange,
  ordersOnly = false,
}: {
  value?: Scheme;
  onChange?(value: Scheme): void;
  ordersOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const models = ordersOnly ? [ORDERS, ...MODELS] : MODELS;
  return (
    <>
      {ordersOnly && <OrdersOnlyNote feature="rfm" testId="orders-only-note" />}
      <Radio.Group
        value={value}
        onChange={(e) => onChange?.(e.target.value as Scheme)}
        style={{ width: '100%' }}
        data-testid="run-scheme"
      >
        <Row gutter={[8, 8]}>
          {models.map((m) => {
            const off = ordersOnly && m.value !== 'orders';
            return (
              <Col key={m.value} xs={24} sm={12} md={8} style={{ display: 'flex' }} data-testid={`model-${m.value}`}>
                <Radio
                  value={m.value}
                  disabled={off}
                  style={{
                    width: '100%',
                    margin: 0,
                    padding: '8px 10px',
                    alignItems: 'flex-start',
                    border: `1px solid ${value === m.value ? token.colorPrimary : token.colorBorder}`,
                    background: value === m.value ? token.colorPrimaryBg : undefined,
                    borderRadius: token.borderRadius,
                  }}
                >
                  <Typography.Text strong disabled={off}>
                    {t(m.title)}
                  </Typography.Text>
                  <Typography.Text style={{ display: 'block', fontSize: 12, color: token.colorTextSecondary }}>
                    {t(m.hint)}
                  </Typography.Text>
                </Radio>
              </Col>
            );
          })}
        </Row>
      </Radio.Group>
    </>
  );
}
