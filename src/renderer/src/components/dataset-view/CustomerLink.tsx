import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';
import { WriteAction } from '../WriteAction';

interface CustomerLinkProps {
  dataset: DatasetInfo;
  datasets: DatasetInfo[];
  onChanged(): void;
}

/** Joins a transactions dataset to a customers dataset: their attributes become available to every model. */
export function CustomerLink({ dataset, datasets, onChanged }: CustomerLinkProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const showError = useShowError();
  const candidates = datasets.filter((d) => d.kind === 'customers' && d.roles.customerId);
  const { data: match, reload } = useCall(() => call('dataset:customerMatch', { datasetId: dataset.id }), [dataset.id]);
  // The match is of the linked dataset: asked again once the link changed.
  const link = (customersId: number | null) =>
    call('dataset:linkCustomers', { datasetId: dataset.id, customersId })
      .then(() => {
        reload();
        onChanged();
      })
      .catch(showError);
  return (
    <Flex align="center" gap={8} data-testid="customer-link">
      <Typography.Text type="secondary">{t('data.customerAttributes')}</Typography.Text>
      <WriteAction>
        <Select
          style={{ width: 220 }}
          allowClear
          placeholder={candidates.length ? t('data.noJoin') : t('data.noCustomersDataset')}
          disabled={candidates.length === 0}
          value={dataset.customersDatasetId ?? undefined}
          onChange={(id?: number) => void link(id ?? null)}
          options={candidates.map((d) => ({ value: d.id, label: d.name }))}
          aria-label={t('data.customerAttributes')}
          data-testid="customer-link-select"
        />
      </WriteAction>
      {match && (
        <Typography.Text
          type={match.matchedTransactions === match.transactions ? 'success' : 'warning'}
          data-testid="customer-match"
        >
          {t('data.matched', {
            matched: fmt.int(match.matchedTransactions),
            total: fmt.int(match.transactions),
            share: fmt.num((100 * match.matchedTransactions) / Math.max(1, match.transactions)),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
