import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ColumnKind } from '../../../shared/column-spec';
import type { useFormat } from '../hooks/useFormat';

export const KIND_COLORS: Record<ColumnKind, string> = {
  integer: 'blue',
  decimal: 'blue',
  date: 'purple',
  datetime: 'purple',
  boolean: 'cyan',
  id: 'gold',
  category: 'green',
  text: 'default',
};

export const isNumericKind = (kind: ColumnKind) => kind === 'integer' || kind === 'decimal';

/** One cell of a typed column as the user reads it (dates in UTC: they are calendar dates; `percent`: a fraction as a percentage). */
export function renderCell(
  value: unknown,
  kind: ColumnKind,
  fmt: ReturnType<typeof useFormat>,
  t: (key: string) => string,
  percent = false,
): ReactNode {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  if (kind === 'date') return fmt.calendarDate(value as number);
  if (kind === 'datetime') return fmt.calendarDateTime(value as number);
  if (kind === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (isNumericKind(kind)) return percent ? fmt.pct(value as number) : fmt.num(value as number);
  return String(value as string | number | bigint);
}
