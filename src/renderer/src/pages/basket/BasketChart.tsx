import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  basketGraphHeight,
  buildBasketGraphOption,
  pairGroups,
  strongestPairs,
} from '../../../../shared/charts/build-basket-option';
import type { BasketRule } from '../../../../shared/products';
import type { ChartTable } from '../../charts/chart-table';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';
import { itemName } from './item-names';

/** The strongest pairs of items as a network (circles joined by lines as thick as the pair's lift), with its numbers as a table. */
export function BasketChart({ rules }: { rules: BasketRule[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { option, table, height } = useMemo(() => {
    const times = (n: number) => t('basketUi.times', { n: fmt.dec1(n) });
    const pairs = strongestPairs(rules);
    const words = {
      pair: (p: Record<string, string>) => t('basketUi.chartTooltip', { ...p, interpolation: { escapeValue: false } }),
      item: (p: Record<string, string>) =>
        t('basketUi.chartItemTooltip', { ...p, interpolation: { escapeValue: false } }),
      int: fmt.int,
      pct: fmt.pct,
      times,
    };
    const rows = pairs.map((p) => ({
      label: `${itemName(p.a)} + ${itemName(p.b)}`,
      cells: [fmt.int(p.orders), fmt.pct(p.support), times(p.lift)],
    }));
    const best = pairs[0];
    const tableOf: ChartTable = {
      kind: 'graph',
      columns: [t('basketUi.colRule'), t('basketUi.colOrders'), t('basketUi.colSupport'), t('basketUi.colLift')],
      rows,
      highlights: best ? [{ series: '', label: rows[0].label, value: times(best.lift) }] : [],
    };
    return {
      option: buildBasketGraphOption(pairs, words),
      table: tableOf,
      height: basketGraphHeight(pairGroups(pairs)),
    };
  }, [rules, t, fmt]);
  if (table.rows.length === 0) return null;
  return (
    <ChartCard
      option={option}
      table={table}
      height={height}
      title={t('basketUi.chartTitle')}
      name={t('basketUi.chartTitle')}
      testId="basket-chart"
      style={{ marginBottom: 16 }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('basketUi.chartNote')}
      </Typography.Text>
    </ChartCard>
  );
}
