import { Collapse, Flex, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvSpec } from '../../../../shared/clv';

const percent = (share: number) => Math.round(share * 1000) / 10;

/** The churn-risk list's rule, folded away: the chance-still-active threshold and the top share of valuable customers. */
export function ChurnSettings({
  value,
  onChange,
}: {
  value: ClvSpec['churn'];
  onChange(next: ClvSpec['churn']): void;
}) {
  const { t } = useTranslation();
  const field = (key: 'alive' | 'top', min: number) => (
    <Form.Item label={t(`clvCompare.churn_${key}`)} tooltip={t(`clvCompare.churnHint_${key}`)}>
      <InputNumber
        min={min}
        max={100}
        step={5}
        addonAfter="%"
        value={percent(value[key])}
        onChange={(v) => onChange({ ...value, [key]: v === null ? (key === 'alive' ? 0.5 : 0.2) : v / 100 })}
        style={{ width: 130 }}
        data-testid={`clv-churn-${key}`}
      />
    </Form.Item>
  );
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="clv-advanced"
      items={[
        {
          key: 'churn',
          label: t('clvCompare.advanced'),
          children: (
            <Flex gap={16} wrap>
              {field('alive', 0)}
              {field('top', 1)}
            </Flex>
          ),
        },
      ]}
    />
  );
}
