import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { DatasetInfo } from '../../../shared/schemas';
import type { FeatureSettings } from '../../../shared/segments';
import { customerFeatures, DAY_MS, type CustomerFeatures } from '../../engine/features/customer-features';
import { featuresFromCustomers } from '../../engine/features/features-from-customers';
import {
  attributeFields,
  customersOf,
  featureFields,
  rowsOfIds,
  type CustomerField,
  type CustomerTable,
} from '../../engine/features/customer-table';
import { orderFileAttributes } from '../../engine/features/order-file-attributes';
import { SUMMARY_FEATURE_COLUMNS } from './summary-table';
import { isoDay } from '../../engine/models/segment-run/segment-run';
import { loadDataset } from '../dataset-cache';
import { datasetVersion } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';

/** The customers, their fields (features and attributes) and, where the data has them, the RFM inputs. */
export function customerData(
  info: DatasetInfo,
  table: Table,
  spec: FeatureSettings,
  analysisDate: number | undefined,
  now: number,
  linked: { info: DatasetInfo; table: Table } | null,
) {
  const features: CustomerFeatures | null =
    info.kind === 'transactions'
      ? customerFeatures(table, info.roles, {
          analysisDate,
          windowDays: spec.windowDays,
          frequency: spec.frequency,
          shares: true,
        })
      : hasRfmRoles(info.roles)
        ? featuresFromCustomers(table, info.roles, {
            analysisDate,
            frequency: spec.frequency,
            summary: info.source.summarised ? summaryCounting(spec, info) : undefined,
          })
        : null;
  const ids = features ? features.ids : customersOf(table, info.roles.customerId).ids;
  const day =
    features && Number.isFinite(features.analysisDate)
      ? features.analysisDate
      : (analysisDate ?? Math.floor(now / DAY_MS) * DAY_MS);
  const fields: CustomerField[] = features ? featureFields(features) : [];
  const add = (more: CustomerField[]) => fields.push(...more.filter((f) => !fields.some((g) => g.name === f.name)));
  // Attributes: the customers table itself (not a summary's columns: they are the features), or the
  // customers dataset linked to these transactions.
  const attributes = info.kind === 'customers' ? (info.source.summarised ? null : { info, table }) : linked;
  if (attributes)
    add(
      attributeFields(
        attributes.table,
        attributes.info.roles,
        rowsOfIds(attributes.table, attributes.info.roles.customerId, ids),
        day,
      ),
    );
  // And the order file's own columns that hold one value per customer (Country), from each customer's first order.
  const own = info.kind === 'transactions' && features ? orderFileAttributes(table, info.roles, ids, day) : null;
  if (own) add(own.fields);
  // (A linked customers dataset's column of the same name is the one used.)
  const perCustomer = own
    ? own.perCustomer.filter((c) => fields.some((f) => f.name === c.name && own.fields.includes(f)))
    : [];
  return { ids, features, analysisDate: day, perCustomer, table: { ids, fields } satisfies CustomerTable };
}

/**
 * A dataset summarised per customer holds every order, with its order lines and (since it was
 * kept) purchase days: a window of days would need the order lines it no longer has.
 */
function summaryCounting(spec: FeatureSettings, info: DatasetInfo) {
  const hasDays = info.columns.some((c) => c.name === SUMMARY_FEATURE_COLUMNS.purchaseDays);
  if (spec.windowDays !== undefined || (spec.frequency === 'days' && !hasDays))
    throw new AppError(
      'E_BAD_SPEC',
      spec.windowDays !== undefined
        ? 'This dataset was summarised per customer on import: it counts every order (no window of days). Import the file whole to count a window.'
        : 'This dataset was summarised per customer before purchase days were kept: count purchases as orders or order lines, or import the file again.',
      { windowDays: spec.windowDays, frequency: spec.frequency },
    );
  return { ...SUMMARY_FEATURE_COLUMNS, shares: info.source.summarised?.shares };
}

const hasRfmRoles = (roles: DatasetInfo['roles']) =>
  Boolean((roles.recency || roles.lastPurchase) && roles.orderCount && roles.revenue);

/** The last customer tables made: the rule builder asks for fields, then counts on every edit, then runs. */
const cached = recentCache<{ info: DatasetInfo } & ReturnType<typeof customerData>>(2);

/**
 * A dataset's customers as the rules and templates see them (with the customers dataset linked to
 * it), made once per dataset version, link and settings and reused while the user edits.
 */
export function loadCustomerData(
  workspacePath: string,
  datasetId: number,
  spec: FeatureSettings,
  now: number,
  ctx: JobContext,
) {
  const { info, table } = loadDataset(workspacePath, datasetId, ctx.config);
  const linked =
    info.customersDatasetId !== null ? loadDataset(workspacePath, info.customersDatasetId, ctx.config) : null;
  const analysisDate = spec.analysisDate ? Date.parse(`${spec.analysisDate}T00:00:00Z`) : undefined;
  const keyAt = (day: string | undefined) =>
    [
      workspacePath,
      datasetVersion(info),
      linked ? datasetVersion(linked.info) : '-',
      day ?? '-',
      spec.windowDays ?? '-',
      spec.frequency ?? 'orders',
      Math.floor(now / DAY_MS),
    ].join('|');
  const made = cached(keyAt(spec.analysisDate), () => ({
    info,
    ...customerData(info, table, spec, analysisDate, now, linked),
  }));
  // Orders counted to the day after the last purchase are the orders counted to that day given: a
  // run made by default is exported and reported (with its day given) from the same tables.
  if (info.kind === 'transactions' && spec.analysisDate === undefined && Number.isFinite(made.analysisDate))
    cached(keyAt(isoDay(made.analysisDate)), () => made);
  // Names (and the link's roles) may change without a new version: they are read afresh.
  return { ...made, info };
}
