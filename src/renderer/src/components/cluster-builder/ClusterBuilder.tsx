import { Form, Radio, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { FEATURE_NAMES } from '../../../../shared/segments';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { ChooseKPanel } from './ChooseKPanel';
import type { ClusterDraft } from './cluster-draft';
import { ClusterFields } from './ClusterFields';
import { ClusterRunSettings } from './ClusterRunSettings';
import { useChooseK } from './useChooseK';

interface ClusterBuilderProps {
  datasetId: number;
  analysisDate?: string;
  value: ClusterDraft;
  onChange(next: ClusterDraft): void;
}

/** The clustering settings: method, numeric fields with their scaling, categorical fields, missing values, k (with help choosing it), seed. */
export function ClusterBuilder({ datasetId, analysisDate, value, onChange }: ClusterBuilderProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { data: offer } = useCall(() => call('rules:fields', { datasetId, analysisDate }), [datasetId, analysisDate]);
  const { choosing, chooseK } = useChooseK(datasetId, analysisDate, value);
  const label = (name: string) => FEATURE_NAMES[name]?.[lang] ?? name;
  const set = (patch: Partial<ClusterDraft>) => onChange({ ...value, ...patch });

  if (!offer) return <Spin />;
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
      <ClusterFields fields={offer.fields} value={value} label={label} set={set} />
      <ClusterRunSettings
        value={value}
        set={set}
        canChoose={!(value.features.length + value.categories.length === 0 || (choosing !== null && !chosen))}
        onChooseK={() => void chooseK()}
      />
      {choosing && !chosen && <Spin style={{ display: 'block', marginBottom: 12 }} />}
      {chosen && <ChooseKPanel chosen={chosen} onUseK={(k) => set({ k })} />}
    </div>
  );
}
