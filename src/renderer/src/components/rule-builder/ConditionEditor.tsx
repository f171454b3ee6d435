import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleCondition, RuleFieldInfo } from '../../../../shared/segments';
import { orderValueName } from '../../../../shared/order-facts';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { conditionFor } from './condition-for';
import { DateRange } from './DateRange';
import { fieldOptions } from './field-options';
import { FirstOrderNote } from './FirstOrderNote';
import { NumberRange } from './NumberRange';

interface ConditionEditorProps {
  condition: RuleCondition;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  onChange(condition: RuleCondition): void;
  onRemove(): void;
}

/** One test on one field: a range of numbers or dates, a set of values, or missing. */
export function ConditionEditor({ condition, fields, fieldLabel, onChange, onRemove }: ConditionEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const field = fields.find((f) => f.name === condition.field);
  const ops = field?.kind === 'category' ? (['in', 'notIn', 'missing'] as const) : (['range', 'missing'] as const);
  return (
    <Flex gap={8} align="center" wrap data-testid="rule-condition">
      <Select
        showSearch
        style={{ width: 220 }}
        placeholder={t('rules.field')}
        value={condition.field || undefined}
        onChange={(name: string) => {
          const next = fields.find((f) => f.name === name);
          if (next) onChange(conditionFor(next));
        }}
        optionFilterProp="label"
        options={fieldOptions(fields, fieldLabel)}
        data-testid="rule-field"
      />
      {field && (
        <Select
          style={{ width: 130 }}
          value={condition.op}
          onChange={(op: RuleCondition['op']) => onChange(conditionFor(field, op))}
          options={ops.map((op) => ({ value: op, label: t(`rules.op_${op}`) }))}
          data-testid="rule-op"
        />
      )}
      {field && (condition.op === 'in' || condition.op === 'notIn') && (
        <Select
          mode="multiple"
          style={{ minWidth: 260, flex: 1 }}
          value={condition.values}
          onChange={(values: string[]) => onChange({ ...condition, values })}
          options={field.values.map((v) => ({
            value: v.value,
            label: `${orderValueName(field.name, v.value, lang)} (${fmt.int(v.customers)})`,
          }))}
          placeholder={t('rules.values')}
          data-testid="rule-values"
        />
      )}
      {field && condition.op === 'range' && field.kind === 'number' && (
        <NumberRange condition={condition} field={field} onChange={onChange} />
      )}
      {field && condition.op === 'range' && field.kind === 'date' && (
        <DateRange condition={condition} onChange={onChange} />
      )}
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        onClick={onRemove}
        aria-label={t('rules.removeCondition')}
        data-testid="rule-remove-condition"
      />
      <FirstOrderNote field={field} label={field ? fieldLabel(field.name) : ''} />
    </Flex>
  );
}
