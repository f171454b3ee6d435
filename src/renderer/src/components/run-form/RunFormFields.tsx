import { DatePicker, Flex, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import type { Scheme } from './run-spec';

interface RunFormFieldsProps {
  datasets: DatasetInfo[];
  /** Editing a run: its dataset stays. */
  editing: boolean;
  scheme: Scheme | undefined;
}

/** The dialog's own fields: dataset, analysis day, scheme, and for RFM the number of scores and how they are cut. */
export function RunFormFields({ datasets, editing, scheme }: RunFormFieldsProps) {
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
          hidden={scheme === 'clv'}
        >
          <DatePicker data-testid="run-analysis-date" />
        </Form.Item>
      </Flex>
      <Form.Item name="scheme" label={t('segments.scheme')}>
        <Radio.Group data-testid="run-scheme">
          <Radio.Button value="eleven">{t('segments.schemeEleven')}</Radio.Button>
          <Radio.Button value="eight">{t('segments.schemeEight')}</Radio.Button>
          <Radio.Button value="table">{t('segments.schemeTable')}</Radio.Button>
          <Radio.Button value="rules">{t('segments.schemeRules')}</Radio.Button>
          <Radio.Button value="cluster">{t('cluster.scheme')}</Radio.Button>
          <Radio.Button value="clv">{t('clv.scheme')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Flex
        gap={16}
        style={{ display: scheme === 'rules' || scheme === 'cluster' || scheme === 'clv' ? 'none' : undefined }}
      >
        <Form.Item name="bins" label={t('segments.bins')}>
          <Radio.Group options={[3, 4, 5].map((b) => ({ value: b, label: String(b) }))} optionType="button" />
        </Form.Item>
        <Form.Item name="method" label={t('segments.method')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'quantile', label: t('segments.methodQuantile') },
              { value: 'rank', label: t('segments.methodRank') },
            ]}
          />
        </Form.Item>
      </Flex>
    </>
  );
}
