import { Flex, InputNumber, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleCondition, RuleFieldInfo } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';

type Range = Extract<RuleCondition, { op: 'range' }>;

interface NumberRangeProps {
  condition: Range;
  field: RuleFieldInfo;
  onChange(condition: Range): void;
}

/** From (inclusive) and below (exclusive) on a number field, with the field's range as a hint. */
export function NumberRange({ condition, field, onChange }: NumberRangeProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Flex gap={4} align="center">
      <InputNumber
        value={condition.min}
        onChange={(v) => onChange({ ...condition, min: v ?? null })}
        placeholder={t('rules.from')}
        data-testid="rule-min"
      />
      <Typography.Text type="secondary">≤ x &lt;</Typography.Text>
      <InputNumber
        value={condition.max}
        onChange={(v) => onChange({ ...condition, max: v ?? null })}
        placeholder={t('rules.below')}
        data-testid="rule-max"
      />
      <Tooltip
        title={t('rules.rangeHint', {
          min: field.min === null ? '—' : fmt.num(field.min),
          max: field.max === null ? '—' : fmt.num(field.max),
        })}
      >
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {field.min === null ? '' : `${fmt.num(field.min)} – ${fmt.num(field.max ?? field.min)}`}
        </Typography.Text>
      </Tooltip>
    </Flex>
  );
}
