import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemLevel } from '../../../../shared/products';
import type { DatasetInfo, RunInfo } from '../../../../shared/schemas';
import type { SegmentSummary } from '../../../../shared/segments';
import { runLabels } from '../../components/run-labels';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import type { BasketChoice } from './basket-choice';

interface Props {
  datasets: DatasetInfo[];
  /** The chosen dataset's runs (whose segments can narrow the orders). */
  runs: RunInfo[];
  /** The chosen run's segments (null while they load, or with no run). */
  segments: SegmentSummary[] | null;
  choice: BasketChoice;
  onChoice(patch: Partial<BasketChoice>): void;
  onFind(): void;
}

/** A share typed as a percentage (1 → 0.01), kept within what the request takes. */
const fromPct = (v: number | null, min: number) => Math.min(1, Math.max(min, (v ?? 0) / 100));
const ALL = 0;

/** Which orders: the dataset, all customers or one segment of a run, items by product or category. */
function ScopeFields({ datasets, runs, segments, choice, onChoice }: Omit<Props, 'onFind'>) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const labels = runLabels(runs, t);
  return (
    <Flex gap={16} wrap align="flex-end">
      <Form.Item label={t('basketUi.dataset')} style={{ minWidth: 220 }}>
        <Select
          value={choice.datasetId}
          onChange={(datasetId: number) => onChoice({ datasetId, runId: undefined, segment: undefined })}
          options={datasets.map((d) => ({ value: d.id, label: d.name }))}
          aria-label={t('basketUi.dataset')}
          data-testid="basket-dataset"
        />
      </Form.Item>
      <Form.Item label={t('basketUi.scope')} style={{ minWidth: 240 }}>
        <Select
          value={choice.runId ?? ALL}
          onChange={(id: number) => onChoice({ runId: id === ALL ? undefined : id, segment: undefined })}
          options={[
            { value: ALL, label: t('basketUi.allCustomers') },
            ...runs.map((r, i) => ({ value: r.id, label: labels[i] })),
          ]}
          aria-label={t('basketUi.scope')}
          data-testid="basket-run"
        />
      </Form.Item>
      {choice.runId !== undefined && (
        <Form.Item label={t('basketUi.segment')} style={{ minWidth: 200 }}>
          <Select
            value={choice.segment}
            placeholder={t('basketUi.chooseSegment')}
            loading={segments === null}
            onChange={(segment: number) => onChoice({ segment })}
            options={(segments ?? []).map((s, i) => ({
              value: i,
              label: `${s.name[lang]} (${s.customers})`,
              disabled: s.customers === 0,
            }))}
            aria-label={t('basketUi.segment')}
            data-testid="basket-segment"
          />
        </Form.Item>
      )}
      <Form.Item label={t('basketUi.by')}>
        <Segmented
          value={choice.by}
          onChange={(by) => onChoice({ by: by as ItemLevel })}
          options={[
            { value: 'product', label: t('basketUi.byProduct') },
            { value: 'category', label: t('basketUi.byCategory') },
          ]}
          aria-label={t('basketUi.by')}
          data-testid="basket-by"
        />
      </Form.Item>
    </Flex>
  );
}

/** The two thresholds as percentages, each explained in a sentence, and Find. */
function ThresholdFields({ choice, onChoice, ready }: Pick<Props, 'choice' | 'onChoice'> & { ready: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap align="flex-start">
      <Form.Item label={t('basketUi.minSupport')} extra={t('basketUi.minSupportHelp')} style={{ maxWidth: 320 }}>
        <InputNumber
          value={Math.round(choice.minSupport * 1000) / 10}
          min={0.01}
          max={100}
          step={0.5}
          suffix="%"
          onChange={(v) => onChoice({ minSupport: fromPct(v, 0.0001) })}
          aria-label={t('basketUi.minSupport')}
          data-testid="basket-support"
        />
      </Form.Item>
      <Form.Item label={t('basketUi.minConfidence')} extra={t('basketUi.minConfidenceHelp')} style={{ maxWidth: 320 }}>
        <InputNumber
          value={Math.round(choice.minConfidence * 1000) / 10}
          min={0}
          max={100}
          step={5}
          suffix="%"
          onChange={(v) => onChoice({ minConfidence: fromPct(v, 0) })}
          aria-label={t('basketUi.minConfidence')}
          data-testid="basket-confidence"
        />
      </Form.Item>
      <Form.Item label={<Typography.Text aria-hidden> </Typography.Text>}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} disabled={!ready} data-testid="basket-find">
          {t('basketUi.find')}
        </Button>
      </Form.Item>
    </Flex>
  );
}

/** Whose orders basket rules are found in (a dataset, all customers or one segment of a run), items by product or category, and the two thresholds, each explained in a sentence. */
export function BasketBar(props: Props) {
  const { choice, onChoice, onFind } = props;
  const ready = choice.datasetId !== undefined && (choice.runId === undefined || choice.segment !== undefined);
  return (
    <Form layout="vertical" data-testid="basket-bar" onFinish={onFind}>
      <ScopeFields {...props} />
      <ThresholdFields choice={choice} onChoice={onChoice} ready={ready} />
    </Form>
  );
}
