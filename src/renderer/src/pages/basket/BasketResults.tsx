import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BasketResult, BasketRule, BasketSpec } from '../../../../shared/products';
import { useFormat } from '../../hooks/useFormat';
import { BasketChart } from './BasketChart';
import { RulesTable } from './RulesTable';

interface Props {
  spec: BasketSpec;
  result: BasketResult;
  listBlocked: string | null;
  onMakeList(rule: BasketRule): void;
  /** Opens the dataset's column meanings (a product or category column is missing). */
  onMapColumns(datasetId: number): void;
}

/** What a rules search found: the dead ends in one sentence each, else a summary line, the strongest pairs drawn and every rule in a table. */
export function BasketResults({ spec, result, listBlocked, onMakeList, onMapColumns }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (result.needs)
    return (
      <Alert
        type="info"
        showIcon
        data-testid="basket-needs"
        message={t(result.needs === 'transactions' ? 'basketUi.needsTransactions' : 'basketUi.needsProduct')}
        action={
          result.needs === 'productOrCategory' && (
            <Button size="small" onClick={() => onMapColumns(spec.datasetId)} data-testid="basket-map">
              {t('basketUi.mapColumns')}
            </Button>
          )
        }
      />
    );
  const excluded = result.excluded && result.excluded.lines > 0 && (
    <Typography.Paragraph type="secondary" data-testid="basket-excluded">
      {t('basketUi.excluded', { lines: fmt.int(result.excluded.lines) })}
    </Typography.Paragraph>
  );
  if (result.rules.length === 0)
    return (
      <>
        <Alert
          type="warning"
          showIcon
          data-testid="basket-none"
          message={t('basketUi.noRules', {
            orders: fmt.int(result.orders),
            support: fmt.pct(spec.minSupport),
            confidence: fmt.pct(spec.minConfidence),
          })}
        />
        {excluded}
      </>
    );
  return (
    <>
      <Typography.Paragraph data-testid="basket-summary">
        {t('basketUi.summary', {
          found: fmt.int(result.found),
          orders: fmt.int(result.orders),
          items: fmt.int(result.items),
          frequent: fmt.int(result.frequentItems),
          support: fmt.pct(spec.minSupport),
        })}
        {result.truncated && ` ${t('basketUi.truncated', { kept: fmt.int(result.rules.length) })}`}
      </Typography.Paragraph>
      {excluded}
      <BasketChart rules={result.rules} />
      <RulesTable rules={result.rules} listBlocked={listBlocked} onMakeList={onMakeList} />
    </>
  );
}
