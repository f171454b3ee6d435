import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { PersonalKind } from '../../../shared/exports';
import { customerCodes } from '../features/customer-codes';
import { DAY_MS } from '../features/customer-features';
import { roleNumbers } from '../features/role-numbers';
import type { Days } from '../overview/period';
import { detectPersonal } from '../report/mask-personal';
import type { SummaryAggregates } from './summary-aggregates';
import { mapFloat64 } from '../table/map-typed';

/**
 * What every Overview of a dataset summarised per customer starts from: its aggregates (months ×
 * cohorts, hours, days) and, per customer (the table's rows), the first and last purchase day,
 * the orders and the spend.
 */
export interface SummaryOverviewBase {
  aggregates: SummaryAggregates;
  firstDay: Float64Array;
  lastDay: Float64Array;
  orders: Float64Array;
  spend: Float64Array;
  ids: () => string[];
  personal: PersonalKind | null;
  /** The first and the last day with an order. */
  data: Days;
}

const days = (ms: Float64Array) => mapFloat64(ms, (v) => Math.floor(v / DAY_MS));

/** The base of a summary's Overview (made once per dataset version; periods are cut from it). */
export function summaryOverviewBase(
  table: Table,
  idColumn: string,
  aggregates: SummaryAggregates,
): SummaryOverviewBase {
  const numbers = (name: string) => roleNumbers(table, name, 'revenue') ?? new Float64Array(table.numRows);
  const dayRows = aggregates.days;
  if (dayRows.length === 0)
    throw new AppError('E_NO_VALUES', 'The dataset has no order with a date: there is nothing to give an overview of.');
  let names: string[] | null = null;
  const ids = () => {
    if (names) return names;
    const coded = customerCodes(table, idColumn);
    names = Array.from(coded.codes, (c) => (coded.numbers ? String(coded.numbers[c]) : coded.ids![c]));
    return names;
  };
  return {
    aggregates,
    firstDay: days(numbers('first_purchase')),
    lastDay: days(numbers('last_purchase')),
    orders: numbers('orders'),
    spend: numbers('spend'),
    ids,
    personal: table.numRows > 0 ? detectPersonal(idColumn, ids().slice(0, 200)) : null,
    data: { from: dayRows[0][0], until: dayRows[dayRows.length - 1][0] },
  };
}
