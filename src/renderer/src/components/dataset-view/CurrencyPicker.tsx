import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { WriteAction } from '../WriteAction';

type Currency = (typeof CURRENCIES)[number];

/** The currency the dataset's money is shown in: detected at import, corrected here. */
export function CurrencyPicker({ dataset, onChanged }: { dataset: DatasetInfo; onChanged(): void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{t('data.currency')}</Typography.Text>
      <WriteAction>
        <Select
          size="small"
          style={{ width: 96 }}
          value={dataset.currency as Currency}
          data-testid="dataset-currency"
          aria-label={t('data.currency')}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          onChange={(currency: Currency) =>
            void call('dataset:setCurrency', { datasetId: dataset.id, currency }).then(onChanged, showError)
          }
        />
      </WriteAction>
    </Flex>
  );
}
