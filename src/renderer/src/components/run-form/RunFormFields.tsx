import { Collapse, DatePicker, Flex, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { ModelChoice } from './ModelChoice';
import type { Scheme } from './run-spec';

interface RunFormFieldsProps {
  datasets: DatasetInfo[];
  /** Editing a run: its dataset stays. */
  editing: boolean;
  scheme: Scheme | undefined;
  /** The chosen dataset holds orders alone (no customer id). */
  ordersOnly?: boolean;
}

/** The dialog's own fields: dataset, analysis day, the model as cards, and for RFM (under Advanced) the number of scores and how they are cut. */
export function RunFormFields({ datasets, editing, scheme, ordersOnly = false }: RunFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Flex gap={16} wrap>
        <Form.Item
          name="datasetId"
          label={t('segments.dataset')}
          rules={[{ required: true }]}
          style={{ minWidth: 260 }}
        >
          <Select
            disabled={editing}
            options={datasets.map((d) => ({ value: d.id, label: d.name }))}
            data-testid="run-dataset"
          />
        </Form.Item>
        <Form.Item
          name="analysisDate"
          label={t('segments.analysisDate')}
          tooltip={t('segments.analysisDateHint')}
          hidden={scheme === 'clv' || scheme === 'orders'}
        >
          <DatePicker data-testid="run-analysis-date" />
        </Form.Item>
      </Flex>
      <Form.Item name="scheme" label={t('segments.scheme')}>
        <ModelChoice ordersOnly={ordersOnly} />
      </Form.Item>
      <Collapse
        size="small"
        ghost
        style={{
          display:
            scheme === 'rules' || scheme === 'cluster' || scheme === 'clv' || scheme === 'orders' ? 'none' : undefined,
        }}
        data-testid="run-advanced"
        items={[
          {
            key: 'advanced',
            label: t('segments.advanced'),
            forceRender: true,
            children: (
              <Flex gap={16} wrap>
                <Form.Item name="bins" label={t('segments.bins')} tooltip={t('segments.binsHint')}>
                  <Radio.Group options={[3, 4, 5].map((b) => ({ value: b, label: String(b) }))} optionType="button" />
                </Form.Item>
                <Form.Item name="method" label={t('segments.method')} tooltip={t('segments.methodHint')}>
                  <Radio.Group
                    optionType="button"
                    data-testid="run-method"
                    options={[
                      { value: 'quantile', label: t('segments.methodQuantile') },
                      { value: 'rank', label: t('segments.methodRank') },
                    ]}
                  />
                </Form.Item>
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
