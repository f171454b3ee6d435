import { UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BasketRule } from '../../../../shared/products';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { itemNames, itemsEither } from './item-names';

/** The rules table's columns: the rule in words, in how many orders, how often after the first items, how much more often than usual (sortable), and Make a cross-sell list. */
export function useRuleColumns(
  listBlocked: string | null,
  onMakeList: (rule: BasketRule) => void,
): ColumnsType<BasketRule> {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const times = (n: number) => t('basketUi.times', { n: fmt.dec1(n) });
  return [
    {
      key: 'rule',
      title: t('basketUi.colRule'),
      render: (_, r) => (
        <span data-testid="rule-text">
          {t('basketUi.ruleText', { a: itemNames(r.antecedent, lang), b: itemNames(r.consequent, lang) })}
        </span>
      ),
    },
    {
      key: 'orders',
      title: t('basketUi.colOrders'),
      width: 130,
      align: 'right',
      sorter: (x, y) => x.orders - y.orders,
      render: (_, r) => (
        <span data-testid="rule-orders">
          {t('basketUi.ordersValue', { orders: fmt.int(r.orders), support: fmt.pct(r.support) })}
        </span>
      ),
    },
    {
      key: 'confidence',
      title: t('basketUi.colConfidence'),
      align: 'right',
      sorter: (x, y) => x.confidence - y.confidence,
      render: (_, r) => (
        <span data-testid="rule-confidence">
          {t('basketUi.confidenceValue', { confidence: fmt.pct(r.confidence), a: itemNames(r.antecedent, lang) })}
        </span>
      ),
    },
    {
      key: 'lift',
      title: t('basketUi.colLift'),
      width: 130,
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (x, y) => x.lift - y.lift || x.support - y.support,
      render: (_, r) => <span data-testid="rule-lift">{t('basketUi.liftValue', { lift: times(r.lift) })}</span>,
    },
    {
      key: 'list',
      title: '',
      render: (_, r) => (
        <Tooltip
          title={
            listBlocked ??
            t('basketUi.listOffer', {
              a: itemNames(r.antecedent, lang),
              b: itemNames(r.consequent, lang),
              never: itemsEither(r.consequent, lang),
            })
          }
        >
          <Button
            size="small"
            icon={<UsergroupAddOutlined />}
            disabled={listBlocked !== null}
            onClick={() => onMakeList(r)}
            data-testid="rule-list"
          >
            {t('basketUi.makeList')}
          </Button>
        </Tooltip>
      ),
    },
  ];
}
