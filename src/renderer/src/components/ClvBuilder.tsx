import { Alert, DatePicker, Flex, Form, InputNumber, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ClvSpec } from '../../../shared/clv';
import type { DatasetInfo } from '../../../shared/schemas';
import { ChurnSettings } from './clv-builder/ChurnSettings';
import { HoldoutProposal } from './clv-builder/HoldoutProposal';
import { PurchaseModelChoice } from './clv-builder/PurchaseModelChoice';

/** The CLV settings being edited (names stay with the run). */
export type ClvDraft = Omit<ClvSpec, 'names'>;

export const DEFAULT_CLV: ClvDraft = {
  model: 'clv',
  timeUnit: 'weeks',
  purchaseModel: 'auto',
  margin: 0.3,
  discountRate: 0.01,
  horizon: 12,
  scheme: 'grid',
  tiers: 'top20',
  count: 4,
  alive: { lost: 0.3, active: 0.7 },
  churn: { alive: 0.5, top: 0.2 },
};

/** What keeps the draft from running, in words; null when it can run. */
export function clvProblem(draft: ClvDraft, t: (key: string) => string): string | null {
  if (draft.holdoutEnd && !draft.calibrationEnd) return t('clv.needCalibration');
  if (draft.holdoutEnd && draft.calibrationEnd && draft.holdoutEnd <= draft.calibrationEnd)
    return t('clv.holdoutAfter');
  if (draft.alive.lost >= draft.alive.active) return t('clv.bandsOrder');
  return null;
}

interface Props {
  value: ClvDraft;
  onChange(next: ClvDraft): void;
  /** The dataset chosen: its order days give the holdout proposal. */
  dataset?: DatasetInfo;
}

/** A percentage input: 0–100, shown as typed. */
const pct = {
  formatter: (v: number | string | undefined) => `${v ?? ''}`,
  min: 0,
  max: 100,
  step: 1,
  addonAfter: '%',
};

interface PartProps {
  value: ClvDraft;
  set(patch: Partial<ClvDraft>): void;
}

const day = (v: string | undefined) => (v ? dayjs(v) : null);
const iso = (d: { format(f: string): string } | null) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * The lifetime-value settings: the purchase model, calibration and holdout periods (the last third
 * proposed as a holdout when none is set), time unit, margin, discounting, horizon, how customers
 * are grouped, and (folded away) the churn-risk list's rule.
 */
export function ClvBuilder({ value, onChange, dataset }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ClvDraft>) => onChange({ ...value, ...patch });
  return (
    <div data-testid="clv-builder">
      <Typography.Paragraph type="secondary">{t('clv.intro')}</Typography.Paragraph>
      <PurchaseModelChoice value={value.purchaseModel} onChange={(purchaseModel) => set({ purchaseModel })} />
      <ClvPeriods value={value} set={set} summarised={Boolean(dataset?.source.summarised)} />
      {dataset?.source.summarised && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('clv.summarised')}
          data-testid="clv-summarised"
        />
      )}
      {dataset && !value.holdoutEnd && (
        <HoldoutProposal dataset={dataset} calibrationEnd={value.calibrationEnd} onUse={set} />
      )}
      <ClvMoney value={value} set={set} />
      <ClvGrouping value={value} set={set} />
      <ChurnSettings value={value.churn} onChange={(churn) => set({ churn })} />
    </div>
  );
}

/** Calibration and holdout periods and the time unit (no holdout for a dataset summarised per customer: it has no order lines to hold out). */
function ClvPeriods({ value, set, summarised }: PartProps & { summarised: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap>
      <Form.Item label={t('clv.calibrationEnd')} tooltip={t('clv.calibrationHint')}>
        <DatePicker
          value={day(value.calibrationEnd)}
          onChange={(d) => set({ calibrationEnd: iso(d) })}
          data-testid="clv-calibration-end"
        />
      </Form.Item>
      {!summarised && (
        <Form.Item label={t('clv.holdoutEnd')} tooltip={t('clv.holdoutHint')}>
          <DatePicker
            value={day(value.holdoutEnd)}
            onChange={(d) => set({ holdoutEnd: iso(d) })}
            data-testid="clv-holdout-end"
          />
        </Form.Item>
      )}
      <Form.Item label={t('clv.timeUnit')}>
        <Radio.Group
          optionType="button"
          value={value.timeUnit}
          onChange={(e) => set({ timeUnit: e.target.value })}
          options={[
            { value: 'weeks', label: t('clv.weeks') },
            { value: 'days', label: t('clv.days') },
          ]}
          data-testid="clv-unit"
        />
      </Form.Item>
    </Flex>
  );
}

/** Margin, discount rate and horizon. */
function ClvMoney({ value, set }: PartProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap>
      <Form.Item label={t('clv.margin')} tooltip={t('clv.marginHint')}>
        <InputNumber
          {...pct}
          value={Math.round(value.margin * 1000) / 10}
          onChange={(v) => set({ margin: (v ?? 0) / 100 })}
          data-testid="clv-margin"
          style={{ width: 130 }}
        />
      </Form.Item>
      <Form.Item label={t('clv.discount')}>
        <InputNumber
          {...pct}
          step={0.1}
          value={Math.round(value.discountRate * 10000) / 100}
          onChange={(v) => set({ discountRate: (v ?? 0) / 100 })}
          data-testid="clv-discount"
          style={{ width: 130 }}
        />
      </Form.Item>
      <Form.Item label={t('clv.horizon')}>
        <InputNumber
          min={1}
          max={120}
          value={value.horizon}
          onChange={(v) => set({ horizon: v ?? 12 })}
          data-testid="clv-horizon"
          style={{ width: 110 }}
        />
      </Form.Item>
    </Flex>
  );
}

/** How customers are grouped: value tiers alone or tiers by chance of being alive. */
function ClvGrouping({ value, set }: PartProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap align="end">
      <Form.Item label={t('clv.segmentsBy')}>
        <Radio.Group
          optionType="button"
          value={value.scheme}
          onChange={(e) => set({ scheme: e.target.value })}
          options={[
            { value: 'grid', label: t('clv.grid') },
            { value: 'tiers', label: t('clv.tiersOnly') },
          ]}
          data-testid="clv-scheme"
        />
      </Form.Item>
      <Form.Item label={t('clv.tiers')}>
        <Radio.Group
          optionType="button"
          value={value.tiers}
          onChange={(e) => set({ tiers: e.target.value })}
          options={[
            { value: 'top20', label: t('clv.top20') },
            { value: 'quantiles', label: t('clv.quantiles') },
          ]}
          data-testid="clv-tiers"
        />
      </Form.Item>
      {value.tiers === 'quantiles' && (
        <Form.Item label={t('clv.count')}>
          <InputNumber
            min={2}
            max={10}
            value={value.count}
            onChange={(v) => set({ count: v ?? 4 })}
            style={{ width: 90 }}
            data-testid="clv-count"
          />
        </Form.Item>
      )}
      {value.scheme === 'grid' && (
        <Form.Item label={t('clv.bands')} tooltip={t('clv.bandsHint')}>
          <Flex gap={8} align="center">
            <InputNumber
              min={0}
              max={1}
              step={0.05}
              value={value.alive.lost}
              onChange={(v) => set({ alive: { ...value.alive, lost: v ?? 0.3 } })}
              style={{ width: 90 }}
              data-testid="clv-lost"
            />
            <Typography.Text type="secondary">–</Typography.Text>
            <InputNumber
              min={0}
              max={1}
              step={0.05}
              value={value.alive.active}
              onChange={(v) => set({ alive: { ...value.alive, active: v ?? 0.7 } })}
              style={{ width: 90 }}
              data-testid="clv-active"
            />
          </Flex>
        </Form.Item>
      )}
    </Flex>
  );
}
