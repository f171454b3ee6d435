import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { CurrencySelect } from '../CurrencySelect';
import { WriteAction } from '../WriteAction';

/** The currency the dataset's money is shown in: detected at import, corrected here. */
export function CurrencyPicker({ dataset, onChanged }: { dataset: DatasetInfo; onChanged(): void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{t('data.currency')}</Typography.Text>
      <WriteAction>
        <CurrencySelect
          value={dataset.currency}
          label={t('data.currency')}
          testId="dataset-currency"
          onChange={(currency) =>
            void call('dataset:setCurrency', { datasetId: dataset.id, currency }).then(onChanged, showError)
          }
        />
      </WriteAction>
    </Flex>
  );
}
