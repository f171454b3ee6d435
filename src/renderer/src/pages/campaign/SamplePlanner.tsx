import { Card, Form, InputNumber, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';

/** How many customers a test needs per group to see a given uplift over a baseline response rate. */
export function SamplePlanner() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const [plan, setPlan] = useState({ baseline: 5, uplift: 1, alpha: 0.05, power: 0.8 });
  const { baseline, uplift, alpha, power } = plan;
  // A plan out of range, or one the worker cannot size, shows "—".
  const { data: size } = useCall(
    () =>
      baseline > 0 && uplift > 0 && baseline + uplift < 100
        ? call('campaign:sampleSize', { baseline: baseline / 100, uplift: uplift / 100, alpha, power }).catch(
            () => null,
          )
        : Promise.resolve(null),
    [baseline, uplift, alpha, power],
  );
  const field = (key: keyof typeof plan, label: string, props: Parameters<typeof InputNumber>[0], fallback: number) => (
    <Form.Item label={label} htmlFor={`${id}-${key}`}>
      <InputNumber
        id={`${id}-${key}`}
        {...props}
        value={plan[key]}
        onChange={(v) => setPlan({ ...plan, [key]: typeof v === 'number' ? v : fallback })}
        data-testid={`plan-${key}`}
      />
    </Form.Item>
  );
  return (
    <Card size="small" title={t('campaign.plannerTitle')} style={{ maxWidth: 760 }}>
      <Form layout="inline">
        {field(
          'baseline',
          t('campaign.baseline'),
          { min: 0.1, max: 99, step: 0.5, addonAfter: '%', style: { width: 120 } },
          5,
        )}
        {field(
          'uplift',
          t('campaign.minUplift'),
          { min: 0.1, max: 50, step: 0.5, addonAfter: 'pp', style: { width: 120 } },
          1,
        )}
        {field('alpha', 'α', { min: 0.001, max: 0.5, step: 0.01, style: { width: 90 } }, 0.05)}
        {field('power', t('campaign.power'), { min: 0.5, max: 0.99, step: 0.05, style: { width: 90 } }, 0.8)}
      </Form>
      <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 0 }} data-testid="plan-result">
        {size
          ? t('campaign.plan', {
              perGroup: fmt.int(size.perGroup),
              total: fmt.int(size.total),
              from: fmt.pct(baseline / 100),
              to: fmt.pct((baseline + uplift) / 100),
            })
          : '—'}
      </Typography.Paragraph>
    </Card>
  );
}
