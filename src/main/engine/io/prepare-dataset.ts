import type { ColumnKind } from '../../../shared/column-spec';
import type { Policies, QualityReport } from '../../../shared/quality';
import { requiredRoles, type DatasetKind, type RoleMapping } from '../../../shared/roles';
import type { ColumnInfo } from '../../../shared/schemas';
import { AppError } from '../../../shared/errors';
import { assessQuality, withFlags } from '../quality/assess-quality';
import { normalizeIdColumn } from '../quality/normalize-id';
import { selectRows } from '../table/select-rows';
import type { Table } from 'apache-arrow';
import type { RawTable } from './raw-table';
import { suggestRoles } from './suggest-roles';
import { KIND_KEY, toColumnInfo, toTypedTable } from './to-typed-table';

export interface PrepareOptions {
  /** Column types the user chose. */
  types?: Record<string, ColumnKind>;
  /** One row per order line or per customer; suggested when not given. */
  kind?: DatasetKind;
  /** Role → column; suggested when not given. */
  roles?: RoleMapping;
  policies?: Policies;
  /** "Now" for future dates, UTC ms. */
  now: number;
  /** Currency when no symbol tells (from the UI locale). */
  fallbackCurrency: string;
}

export interface PreparedDataset {
  table: Table;
  columns: ColumnInfo[];
  kind: DatasetKind;
  roles: RoleMapping;
  quality: QualityReport;
  currency: string;
}

/**
 * From raw cells to what is stored: types (inferred or chosen), roles (suggested or chosen),
 * ids normalised, the quality report with its policies applied (dropped rows are counted,
 * flagged rows marked in a hidden column), and the dataset's currency.
 */
export function prepareDataset(raw: RawTable, options: PrepareOptions): PreparedDataset {
  const typed = toTypedTable(raw, options.types);
  const suggestion = suggestRoles(
    typed.columns.map((c, i) => ({
      name: c.name,
      kind: c.spec.kind,
      distinct: raw.columns[i].size,
      filled: raw.rowCount - c.missing,
    })),
    options.kind,
  );
  const kind = options.kind ?? suggestion.kind;
  const roles = options.roles ?? suggestion.roles;
  for (const [role, name] of Object.entries(roles)) {
    if (!raw.names.includes(name)) throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to ${role} does not exist.`);
  }
  const missing = requiredRoles(kind).filter((r) => !roles[r]);
  if (missing.length > 0) throw new AppError('E_MISSING_ROLE', `Map a column to: ${missing.join(', ')}.`, { roles: missing });

  let table = typed.table;
  for (const role of ['customerId', 'orderId'] as const) if (roles[role]) table = normalizeIdColumn(table, roles[role]!);
  const { report, keep, flags } = assessQuality(table, raw, { kind, roles, policies: options.policies, now: options.now });
  table = selectRows(withFlags(table, flags), keep);

  const infos = typed.columns.map(toColumnInfo).map((info, i): ColumnInfo => {
    const kindNow = table.schema.fields[i].metadata.get(KIND_KEY);
    const spec = kindNow === 'id' && info.spec.kind !== 'id' ? { kind: 'id' as const } : info.spec;
    return { ...info, spec, missing: table.getChildAt(i)!.nullCount };
  });
  const money = [roles.amount, roles.unitPrice, roles.revenue]
    .map((name) => typed.columns.find((c) => c.name === name)?.spec)
    .find((spec) => spec && 'number' in spec && spec.number.currency);
  const currency = (money && 'number' in money && money.number.currency) || options.fallbackCurrency;
  return { table, columns: infos, kind, roles, quality: report, currency };
}
