import { Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isPercent } from '../../../../shared/column-spec';
import type { DatasetInfo } from '../../../../shared/schemas';
import { useFormat } from '../../hooks/useFormat';
import type { GridQuery } from '../paged-grid';
import { isNumericKind, KIND_COLORS, renderCell } from '../renderCell';

/** The row grid's columns: sortable, headed by name and kind, money in the dataset's currency. */
export function useRowColumns(dataset: DatasetInfo, query: GridQuery) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMemo(
    () => new Set([dataset.roles.amount, dataset.roles.unitPrice, dataset.roles.revenue].filter(Boolean)),
    [dataset.roles],
  );
  return useMemo(
    () =>
      dataset.columns.map((c) => ({
        key: c.name,
        dataIndex: c.name,
        sorter: true,
        sortOrder: query.sortColumn === c.name ? (query.sortDesc ? ('descend' as const) : ('ascend' as const)) : null,
        title: (
          <span>
            {c.name}{' '}
            <Tag color={KIND_COLORS[c.spec.kind]} style={{ marginInlineStart: 4 }} data-testid="column-kind">
              {t(`kinds.${c.spec.kind}`)}
            </Tag>
          </span>
        ),
        align: isNumericKind(c.spec.kind) ? ('right' as const) : ('left' as const),
        render: (v: unknown) =>
          money.has(c.name) && typeof v === 'number' && !Number.isNaN(v)
            ? fmt.money(v, dataset.currency)
            : renderCell(v, c.spec.kind, fmt, t, isPercent(c.spec)),
      })),
    [dataset, t, fmt, money, query.sortColumn, query.sortDesc],
  );
}
