import { Flex, Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClusterFeature } from '../../../../shared/cluster';
import type { RuleFieldInfo } from '../../../../shared/segments';
import type { ClusterDraft } from './cluster-draft';
import { FirstOrderNote } from '../rule-builder/FirstOrderNote';
import { FeatureTable } from './FeatureTable';

interface ClusterFieldsProps {
  fields: RuleFieldInfo[];
  value: ClusterDraft;
  label(name: string): string;
  set(patch: Partial<ClusterDraft>): void;
}

/** Which fields the clusters are made of: numeric ones (each with its scaling) and categorical ones. */
export function ClusterFields({ fields, value, label, set }: ClusterFieldsProps) {
  const { t } = useTranslation();
  const numeric = fields.filter((f) => f.kind === 'number');
  const categorical = fields.filter((f) => f.kind === 'category');
  // An order file's per-customer columns among the chosen ones: where their values come from.
  const noted = fields.filter(
    (f) => f.firstOrder && (value.categories.includes(f.name) || value.features.some((x) => x.field === f.name)),
  );
  const setFeature = (i: number, patch: Partial<ClusterFeature>) =>
    set({ features: value.features.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  return (
    <>
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
      {value.features.length > 0 && <FeatureTable features={value.features} label={label} onFeature={setFeature} />}
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
      {noted.length > 0 && (
        <Flex vertical style={{ marginTop: -16, marginBottom: 16 }}>
          {noted.map((f) => (
            <FirstOrderNote key={f.name} field={f} label={label(f.name)} />
          ))}
        </Flex>
      )}
    </>
  );
}
