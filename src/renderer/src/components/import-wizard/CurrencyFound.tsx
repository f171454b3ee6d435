import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currencyWhy } from '../../../../shared/currency-why';
import { CurrencySelect } from '../CurrencySelect';
import type { StepProps } from './step-props';

/** The currency the money will be shown in, why (a sign, a country column, the language), and the choice of another. */
export function CurrencyFound({ result, update }: Pick<StepProps, 'result' | 'update'>) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
      <Typography.Text>{t('import.currency')}</Typography.Text>
      <CurrencySelect
        value={result.currency}
        label={t('import.currency')}
        testId="import-currency"
        onChange={(currency) => update({ currency })}
      />
      <Typography.Text type="secondary" data-testid="currency-why">
        {currencyWhy((key, params) => t(key, params), result.currencyWhy, result.kind)}
      </Typography.Text>
    </Flex>
  );
}
