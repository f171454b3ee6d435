import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BasketRule } from '../../../../shared/products';
import { useRuleColumns } from './rule-columns';

interface Props {
  rules: BasketRule[];
  /** Why no list can be made (no run of the dataset); null: the button makes one. */
  listBlocked: string | null;
  onMakeList(rule: BasketRule): void;
}

/** A rule's row key: its items, left side then right. */
export const ruleKey = (r: BasketRule) =>
  `${r.antecedent.map((i) => i.key).join('+')}→${r.consequent.map((i) => i.key).join('+')}`;

/** Basket rules in plain words, the strongest first, sortable; each can become a cross-sell list. The terms defined under them. */
export function RulesTable({ rules, listBlocked, onMakeList }: Props) {
  const { t } = useTranslation();
  const columns = useRuleColumns(listBlocked, onMakeList);
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('basketUi.tableTitle')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={ruleKey}
        columns={columns}
        dataSource={rules}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="basket-rules"
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('basketUi.terms')}
      </Typography.Paragraph>
    </>
  );
}
