import { Button, Form, type FormInstance, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BandsRequest, RuleFieldInfo } from '../../../../shared/segments';
import { fieldOptions } from './field-options';
import { parseEdges } from './parse-edges';

export interface BandsValues {
  field: string;
  method: BandsRequest['method'];
  bins: number;
  edges: string;
}

interface BandsFormProps {
  form: FormInstance<BandsValues>;
  /** The number fields (the only ones bands can cut). */
  numbers: RuleFieldInfo[];
  fieldLabel(name: string): string;
  onMake(): void;
}

/** The bands helper's settings: which field, how to cut it (edges, equal width, quantiles), and into how many. */
export function BandsForm({ form, numbers, fieldLabel, onMake }: BandsFormProps) {
  const { t } = useTranslation();
  const method = Form.useWatch('method', form);
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ width: 320 }}
      initialValues={{
        field: numbers.find((f) => f.name === 'age')?.name ?? numbers[0]?.name,
        method: 'edges',
        bins: 4,
        edges: '18, 26, 36, 46, 56',
      }}
    >
      <Form.Item name="field" label={t('rules.field')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={fieldOptions(numbers, fieldLabel)}
          data-testid="bands-field"
        />
      </Form.Item>
      <Form.Item name="method" label={t('rules.bandsMethod')}>
        <Radio.Group
          optionType="button"
          size="small"
          options={[
            { value: 'edges', label: t('rules.bandsEdges') },
            { value: 'width', label: t('rules.bandsWidth') },
            { value: 'quantile', label: t('rules.bandsQuantile') },
          ]}
          data-testid="bands-method"
        />
      </Form.Item>
      {method === 'edges' ? (
        <Form.Item
          name="edges"
          label={t('rules.bandsEdgesLabel')}
          extra={t('rules.bandsEdgesHint')}
          rules={[
            {
              validator: (_, text: string) =>
                parseEdges(text) ? Promise.resolve() : Promise.reject(new Error(t('rules.bandsEdgesBad'))),
            },
          ]}
        >
          <Input data-testid="bands-edges" />
        </Form.Item>
      ) : (
        <Form.Item name="bins" label={t('rules.bandsCount')}>
          <InputNumber min={2} max={20} data-testid="bands-count" />
        </Form.Item>
      )}
      <Button type="primary" onClick={onMake} data-testid="bands-make">
        {t('rules.bandsMake')}
      </Button>
    </Form>
  );
}
