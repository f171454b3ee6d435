import { Alert, Button, Checkbox, Flex, Form, InputNumber, Radio, Select, Spin, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChooseKResult, ClusterFeature, ClusterSpec } from '../../../shared/cluster';
import { SCALINGS } from '../../../shared/cluster';
import { buildChooseKOption } from '../../../shared/charts/build-cluster-options';
import { FEATURE_NAMES, type RuleFieldInfo } from '../../../shared/segments';
import { call, newJobId } from '../api';
import { Chart } from './Chart';

/** A clustering spec being edited (the dataset and analysis date are the form's). */
export type ClusterDraft = Omit<ClusterSpec, 'analysisDate'>;

export const DEFAULT_CLUSTER: ClusterDraft = {
  model: 'kmeans',
  k: 4,
  features: [],
  categories: [],
  oneHot: false,
  missing: 'median',
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 42,
  frequency: 'orders',
};

/** What keeps a draft from running, in words (null when it can run). */
export function clusterProblem(draft: ClusterDraft, t: (key: string) => string): string | null {
  if (draft.features.length + draft.categories.length === 0) return t('cluster.needFields');
  if (draft.model === 'kmeans' && draft.categories.length > 0 && !draft.oneHot) return t('cluster.needCategories');
  return null;
}

interface Props {
  datasetId: number;
  analysisDate?: string;
  value: ClusterDraft;
  onChange(next: ClusterDraft): void;
  onError(err: unknown): void;
}

/** The clustering settings: method, numeric fields with their scaling, categorical fields, missing values, k (with help choosing it), seed. */
export function ClusterBuilder({ datasetId, analysisDate, value, onChange, onError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [fields, setFields] = useState<RuleFieldInfo[] | null>(null);
  const [choosing, setChoosing] = useState<{ jobId: string; result: ChooseKResult | null } | null>(null);
  const label = (name: string) => FEATURE_NAMES[name]?.[lang] ?? name;
  const set = (patch: Partial<ClusterDraft>) => onChange({ ...value, ...patch });

  useEffect(() => {
    let live = true;
    setFields(null);
    call('rules:fields', { datasetId, analysisDate })
      .then((r) => live && setFields(r.fields))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [datasetId, analysisDate]);
  useEffect(() => setChoosing(null), [datasetId, analysisDate, value.features, value.categories, value.missing]);

  const chooseK = async () => {
    const jobId = newJobId();
    setChoosing({ jobId, result: null });
    try {
      const result = await call('cluster:chooseK', {
        datasetId,
        spec: { ...value, ...(analysisDate ? { analysisDate } : {}) },
        kMin: 2,
        kMax: 10,
        jobId,
      });
      setChoosing((c) => (c?.jobId === jobId ? { jobId, result } : c));
    } catch (err) {
      setChoosing(null);
      if ((err as { code?: string }).code !== 'E_CANCELLED') onError(err);
    }
  };

  if (!fields) return <Spin />;
  const numeric = fields.filter((f) => f.kind === 'number');
  const categorical = fields.filter((f) => f.kind === 'category');
  const setFeature = (i: number, patch: Partial<ClusterFeature>) =>
    set({ features: value.features.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(3));
  const chosen = choosing?.result;
  return (
    <div data-testid="cluster-builder">
      <Form.Item label={t('cluster.model')}>
        <Radio.Group
          value={value.model}
          onChange={(e) => set({ model: e.target.value, oneHot: e.target.value === 'kmeans' ? value.oneHot : false })}
          optionType="button"
          data-testid="cluster-model"
          options={[
            { value: 'kmeans', label: t('cluster.kmeans') },
            { value: 'kprototypes', label: t('cluster.kprototypes') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('cluster.numeric')}>
        <Select
          mode="multiple"
          value={value.features.map((f) => f.field)}
          onChange={(names: string[]) =>
            set({
              features: names.map(
                (field) => value.features.find((f) => f.field === field) ?? { field, scaling: 'zscore', log: false },
              ),
            })
          }
          options={numeric.map((f) => ({ value: f.name, label: label(f.name) }))}
          data-testid="cluster-numeric"
        />
      </Form.Item>
      {value.features.length > 0 && (
        <Table<ClusterFeature>
          size="small"
          pagination={false}
          rowKey="field"
          style={{ marginBottom: 16 }}
          dataSource={value.features}
          columns={[
            { title: t('rules.field'), dataIndex: 'field', render: label },
            {
              title: t('cluster.scaling'),
              dataIndex: 'scaling',
              render: (s: ClusterFeature['scaling'], _row, i) => (
                <Select
                  size="small"
                  style={{ width: 190 }}
                  value={s}
                  onChange={(scaling) => setFeature(i, { scaling })}
                  options={SCALINGS.map((x) => ({ value: x, label: t(`cluster.scaling_${x}`) }))}
                />
              ),
            },
            {
              title: t('cluster.log'),
              dataIndex: 'log',
              render: (log: boolean, _row, i) => (
                <Checkbox
                  checked={log}
                  onChange={(e) => setFeature(i, { log: e.target.checked })}
                  aria-label={t('cluster.logHint')}
                />
              ),
            },
          ]}
        />
      )}
      <Flex gap={16} wrap align="end">
        <Form.Item label={t('cluster.categories')} style={{ minWidth: 320, flex: 1 }}>
          <Select
            mode="multiple"
            value={value.categories}
            onChange={(categories: string[]) => set({ categories })}
            options={categorical.map((f) => ({ value: f.name, label: f.name }))}
            data-testid="cluster-categories"
          />
        </Form.Item>
        {value.model === 'kmeans' && value.categories.length > 0 && (
          <Form.Item label={t('cluster.oneHot')}>
            <Switch checked={value.oneHot} onChange={(oneHot) => set({ oneHot })} data-testid="cluster-onehot" />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={16} wrap align="end">
        <Form.Item label={t('cluster.missing')}>
          <Radio.Group
            value={value.missing}
            onChange={(e) => set({ missing: e.target.value })}
            options={[
              { value: 'median', label: t('cluster.missing_median') },
              { value: 'drop', label: t('cluster.missing_drop') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('cluster.k')}>
          <InputNumber min={2} max={30} value={value.k} onChange={(k) => k && set({ k })} data-testid="cluster-k" />
        </Form.Item>
        <Form.Item label=" ">
          <Button
            onClick={() => void chooseK()}
            disabled={value.features.length + value.categories.length === 0 || (choosing !== null && !chosen)}
            data-testid="choose-k"
          >
            {t('cluster.chooseK')}
          </Button>
        </Form.Item>
        <Form.Item label={t('cluster.seed')}>
          <InputNumber
            min={0}
            max={2 ** 31 - 1}
            value={value.seed}
            onChange={(seed) => seed !== null && set({ seed })}
            data-testid="cluster-seed"
          />
        </Form.Item>
        <Form.Item label={t('cluster.restarts')}>
          <InputNumber min={1} max={50} value={value.nInit} onChange={(nInit) => nInit && set({ nInit })} />
        </Form.Item>
      </Flex>
      {choosing && !chosen && <Spin style={{ display: 'block', marginBottom: 12 }} />}
      {chosen && (
        <div data-testid="choose-k-result">
          <Chart
            height={220}
            name="k"
            title={`${t('cluster.inertia')} · ${t('cluster.silhouette')}`}
            option={buildChooseKOption(chosen, {
              inertia: t('cluster.inertia'),
              silhouette: t('cluster.silhouette'),
              k: 'k',
            })}
            testId="choose-k-chart"
          />
          <Alert
            type="info"
            showIcon
            title={t('cluster.recommended', {
              k: chosen.recommended.k,
              silhouette: fmt(chosen.rows.find((r) => r.k === chosen.recommended.k)?.silhouette ?? null),
              ch: chosen.recommended.calinskiHarabaszBest,
              db: chosen.recommended.daviesBouldinBest,
            })}
            description={
              chosen.silhouetteSample ? t('cluster.silhouetteSample', { n: chosen.silhouetteSample }) : undefined
            }
            action={
              <Button size="small" type="primary" onClick={() => set({ k: chosen.recommended.k })} data-testid="use-k">
                {t('cluster.useK', { k: chosen.recommended.k })}
              </Button>
            }
            data-testid="k-recommendation"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {chosen.rows
              .map((r) => `k=${r.k}: CH ${r.calinskiHarabasz?.toFixed(1) ?? '—'}, DB ${fmt(r.daviesBouldin)}`)
              .join(' · ')}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
