import { DatePicker, Flex, Form, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { elevenSegments, type ScoreRule } from '../../../shared/rfm-schemes';
import type { ModelSpec, RfmSpec, SegmentRule } from '../../../shared/segments';
import { ClusterBuilder, clusterProblem, DEFAULT_CLUSTER, type ClusterDraft } from './ClusterBuilder';
import { ClvBuilder, clvProblem, DEFAULT_CLV, type ClvDraft } from './ClvBuilder';
import { RuleBuilder } from './RuleBuilder';
import { ScoreTableEditor } from './ScoreTableEditor';

type Scheme = 'eleven' | 'eight' | 'table' | 'rules' | 'cluster' | 'clv';

interface FormValues {
  datasetId: number;
  scheme: Scheme;
  bins: 3 | 4 | 5;
  method: 'quantile' | 'rank';
  analysisDate?: { format(f: string): string } | null;
}

export interface RunFormProps {
  open: boolean;
  datasets: DatasetInfo[];
  /** A run being edited: the form starts from its spec and the run is re-made in place. */
  editing: { datasetId: number; spec: ModelSpec } | null;
  onSubmit(datasetId: number, spec: ModelSpec): void;
  onCancel(): void;
  onError(err: unknown): void;
}

/** A spec's own names (set by renaming) written into its table or rules, which the editors show. */
function namesApplied<T extends { key: string; name: ScoreRule['name'] }>(
  rows: readonly T[],
  names: ModelSpec['names'],
): T[] {
  return rows.map((r) => ({ ...r, name: names?.[r.key] ?? r.name }));
}

/** Scores outside 1..bins brought inside, when the number of scores changes under an edited table. */
const clampTable = (rows: ScoreRule[], bins: number): ScoreRule[] => {
  const c = ([lo, hi]: [number, number]): [number, number] => [Math.min(lo, bins), Math.min(hi, bins)];
  return rows.map((r) => ({ ...r, r: c(r.r), f: c(r.f), m: c(r.m) }));
};

/** The new-run (or edit-run) dialog: RFM with the 11 segments, the 8 classes or an own score table, the user's rules, clusters, or lifetime value. */
export function RunForm({ open, datasets, editing, onSubmit, onCancel, onError }: RunFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const scheme = Form.useWatch('scheme', form);
  const bins = Form.useWatch('bins', form) ?? 5;
  const datasetId = Form.useWatch('datasetId', form);
  const analysisDay = Form.useWatch('analysisDate', form);
  const [table, setTable] = useState<ScoreRule[]>(() => elevenSegments(5));
  const [rules, setRules] = useState<SegmentRule[]>([]);
  const [cluster, setCluster] = useState<ClusterDraft>(DEFAULT_CLUSTER);
  const [clv, setClv] = useState<ClvDraft>(DEFAULT_CLV);
  const [problem, setProblem] = useState<string | null>(null);
  const shownDataset = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    shownDataset.current = undefined;
    const spec = editing?.spec;
    if (spec && (spec.model === 'kmeans' || spec.model === 'kprototypes')) {
      const { analysisDate: _day, ...draft } = spec;
      setCluster(draft);
    } else setCluster(DEFAULT_CLUSTER);
    if (spec?.model === 'clv') {
      const { names: _names, ...draft } = spec;
      setClv(draft);
    } else setClv(DEFAULT_CLV);
    if (spec?.model === 'rules') {
      setRules(namesApplied(spec.rules, spec.names));
      setTable(elevenSegments(5));
    } else {
      setRules([]);
      const rfm = spec?.model === 'rfm' ? spec : undefined;
      setTable(namesApplied(rfm?.table ?? elevenSegments(rfm?.bins ?? 5), spec?.names));
    }
  }, [open, editing]);

  useEffect(() => setTable((rows) => clampTable(rows, bins)), [bins]);
  // Rules name another dataset's fields: a new dataset starts them afresh.
  useEffect(() => {
    if (shownDataset.current !== undefined && datasetId !== shownDataset.current) setRules([]);
    shownDataset.current = datasetId;
  }, [datasetId]);

  const initial = (): Partial<FormValues> => {
    const spec = editing?.spec;
    const base = {
      datasetId: editing?.datasetId ?? datasets[datasets.length - 1]?.id,
      bins: 5 as const,
      method: 'quantile' as const,
      scheme: 'eleven' as Scheme,
    };
    if (!spec) return base;
    const analysisDate = spec.model !== 'clv' && spec.analysisDate ? dayjs(spec.analysisDate) : null;
    if (spec.model === 'kmeans' || spec.model === 'kprototypes') return { ...base, scheme: 'cluster', analysisDate };
    if (spec.model === 'clv') return { ...base, scheme: 'clv' };
    if (spec.model !== 'rfm') return { ...base, scheme: 'rules', analysisDate };
    return {
      ...base,
      scheme: spec.scheme,
      bins: spec.bins,
      method: spec.method === 'fixed' ? 'quantile' : spec.method,
      analysisDate,
    };
  };

  const submit = async () => {
    const v = await form.validateFields();
    const analysisDate = v.analysisDate ? { analysisDate: v.analysisDate.format('YYYY-MM-DD') } : {};
    const kept = editing?.spec.names;
    if (v.scheme === 'cluster') {
      const problem = clusterProblem(cluster, t);
      if (problem) return setProblem(problem);
      return onSubmit(v.datasetId, { ...cluster, ...analysisDate, ...(kept ? { names: kept } : {}) });
    }
    if (v.scheme === 'clv') {
      const problem = clvProblem(clv, t);
      if (problem) return setProblem(problem);
      return onSubmit(v.datasetId, { ...clv, ...(kept ? { names: kept } : {}) });
    }
    if (v.scheme === 'rules') {
      if (rules.length === 0) return setProblem(t('rules.empty'));
      // Names now live in the rules themselves; only Others keeps a name of its own.
      const names = kept?.others ? { names: { others: kept.others } } : {};
      return onSubmit(v.datasetId, { model: 'rules', rules, frequency: 'orders', ...analysisDate, ...names });
    }
    const rfm: RfmSpec = {
      model: 'rfm',
      scheme: v.scheme,
      bins: v.bins,
      method: v.method,
      split: 'mean',
      frequency: 'orders',
      ...analysisDate,
    };
    if (v.scheme === 'table')
      onSubmit(v.datasetId, { ...rfm, table, ...(kept?.others ? { names: { others: kept.others } } : {}) });
    else onSubmit(v.datasetId, { ...rfm, ...(kept ? { names: kept } : {}) });
  };

  const wide = scheme === 'rules' || scheme === 'table' || scheme === 'cluster' || scheme === 'clv';
  return (
    <Modal
      open={open}
      title={editing ? t('rules.editRun') : t('segments.new')}
      okText={editing ? t('rules.rerun') : t('segments.runIt')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'run-create' } as never}
      width={wide ? 980 : 560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial()} preserve={false}>
        <Flex gap={16} wrap>
          <Form.Item
            name="datasetId"
            label={t('segments.dataset')}
            rules={[{ required: true }]}
            style={{ minWidth: 260 }}
          >
            <Select
              disabled={editing !== null}
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
        {scheme === 'table' && <ScoreTableEditor bins={bins} value={table} onChange={setTable} />}
        {scheme === 'rules' && datasetId !== undefined && (
          <RuleBuilder
            datasetId={datasetId}
            analysisDate={analysisDay ? analysisDay.format('YYYY-MM-DD') : undefined}
            value={rules}
            onChange={(next) => {
              setProblem(null);
              setRules(next);
            }}
            onError={onError}
            startFromTemplate={editing === null}
          />
        )}
        {scheme === 'cluster' && datasetId !== undefined && (
          <ClusterBuilder
            datasetId={datasetId}
            analysisDate={analysisDay ? analysisDay.format('YYYY-MM-DD') : undefined}
            value={cluster}
            onChange={(next) => {
              setProblem(null);
              setCluster(next);
            }}
            onError={onError}
          />
        )}
        {scheme === 'clv' && (
          <ClvBuilder
            value={clv}
            onChange={(next) => {
              setProblem(null);
              setClv(next);
            }}
          />
        )}
        {problem && (
          <Typography.Text type="danger" data-testid="run-problem">
            {problem}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
