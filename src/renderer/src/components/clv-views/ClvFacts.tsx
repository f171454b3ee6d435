import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult } from '../../../../shared/clv';
import { useFormat } from '../../hooks/useFormat';

/** What the run did and what it forecasts, in one sentence each, then the model's warnings. */
export function ClvFacts({ clv, money }: { clv: ClvResult; money(n: number): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unit = t(`clv.${clv.unit}`);
  const { totals, settings } = clv;
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="clv-facts">
        {t('clv.facts', {
          customers: fmt.int(clv.customers),
          end: clv.calibrationEnd,
          repeat: fmt.int(clv.repeatCustomers),
          unit,
        })}{' '}
        {t('clv.totals', {
          horizon: settings.horizon,
          purchases: fmt.num(totals.expectedPurchases),
          clv: money(totals.clv),
          margin: fmt.pct(settings.margin),
          discount: fmt.pct(settings.discountRate),
        })}
      </Typography.Paragraph>
      {clv.warnings.map((w) => (
        <Alert
          key={w.code}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={t(`clv.warn_${w.code}`, { value: w.code === 'correlation' ? w.value.toFixed(2) : fmt.int(w.value) })}
          data-testid={`clv-warning-${w.code}`}
        />
      ))}
    </>
  );
}
