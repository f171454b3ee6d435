import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { FIGURE_KEYS, type Overview, type OverviewPeriod } from '../../../shared/overview';
import type { PersonalKind } from '../../../shared/exports';
import type { RoleMapping } from '../../../shared/roles';
import { detectPersonal } from '../report/mask-personal';
import { cohorts } from './cohorts';
import { concentration } from './concentration';
import { dayOfIso, isoOfDay } from './days';
import { keyFigures } from './figures';
import { orderBook, type OrderBook } from './order-book';
import { overviewFindings } from './overview-findings';
import type { OverviewRows } from './overview-rows';
import { type Days, resolvePeriod } from './period';
import { placeColumn, type PlaceColumn } from './place-column';
import { places } from './places';
import { readOverviewRows } from './read-rows';
import { trend } from './trend';
import { when } from './when';

/** What every Overview of a dataset version starts from: its rows, its orders by day, the column that places them. */
export interface OverviewBase {
  rows: OverviewRows;
  book: OrderBook;
  places: PlaceColumn | null;
  /** Whether the customer ids are personal data (names, phones, e-mails), from their header and values. */
  personal: PersonalKind | null;
}

/** The Overview's base of a transactions table (made once per dataset version; periods are cut from it). */
export function overviewBase(table: Table, roles: RoleMapping): OverviewBase {
  const rows = readOverviewRows(table, roles);
  let names: string[] | null = null;
  const ids = () => (names ??= rows.ids());
  const header = roles.customerId ?? '';
  const personal = rows.customers > 0 ? detectPersonal(header, ids().slice(0, 200)) : null;
  return { rows: { ...rows, ids }, book: orderBook(rows), places: placeColumn(table, roles), personal };
}

const range = (d: Days) => ({ from: isoOfDay(d.from), until: isoOfDay(d.until) });

/** The Overview of a dataset for a period without its findings: every panel. */
export function overviewPanels(
  base: OverviewBase,
  dataset: { id: number; currency: string },
  asked: OverviewPeriod,
): Omit<Overview, 'findings'> {
  const { book, rows } = base;
  if (book.size === 0)
    throw new AppError('E_NO_VALUES', 'The dataset has no order with a date: there is nothing to give an overview of.');
  const data = { from: book.day[0], until: book.day[book.size - 1] };
  const { period, previous, grain } = resolvePeriod(asked, data);
  const hasCustomers = book.customers > 0;
  const now = keyFigures(book, period, hasCustomers);
  const before = previous ? keyFigures(book, previous, hasCustomers) : null;
  return {
    datasetId: dataset.id,
    hasCustomers,
    currency: dataset.currency,
    data: range(data),
    period: range(period),
    previous: previous ? range(previous) : null,
    figures: FIGURE_KEYS.map((key) => ({ key, value: now[key], previous: before ? before[key] : null })),
    grain,
    trend: trend(book, period, grain, hasCustomers),
    cohorts: hasCustomers ? cohorts(book, period) : null,
    concentration: hasCustomers ? concentration(book, period, rows.ids, base.personal) : null,
    places: base.places ? places(book, period, base.places, hasCustomers) : null,
    when: when(book, period),
  };
}

/** The Overview of a dataset for a period: every panel, then the findings read from them (as of the day after the period). */
export function computeOverview(
  base: OverviewBase,
  dataset: { id: number; currency: string },
  asked: OverviewPeriod,
): Overview {
  const overview = overviewPanels(base, dataset, asked);
  return { ...overview, findings: overviewFindings(overview, base.rows, dayOfIso(overview.period.until) + 1) };
}
