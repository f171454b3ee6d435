import { Button, Flex, Form, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClusterDraft } from './cluster-draft';

interface ClusterRunSettingsProps {
  value: ClusterDraft;
  set(patch: Partial<ClusterDraft>): void;
  /** Whether "help me choose k" can start now (fields chosen, no search running). */
  canChoose: boolean;
  onChooseK(): void;
}

/** Missing values, k (with help choosing it), the seed and the number of restarts. */
export function ClusterRunSettings({ value, set, canChoose, onChooseK }: ClusterRunSettingsProps) {
  const { t } = useTranslation();
  return (
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
        <Button onClick={onChooseK} disabled={!canChoose} data-testid="choose-k">
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
  );
}
