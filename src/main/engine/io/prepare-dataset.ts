import { missingRoleError } from '../../../shared/missing-role';
import type { ColumnKind } from '../../../shared/column-spec';
import type { Policies, QualityReport } from '../../../shared/quality';
import { requiredRoles, type DatasetKind, type KindDecision, type RoleMapping } from '../../../shared/roles';
import type { ColumnInfo, CurrencyDecision } from '../../../shared/schemas';
import { AppError } from '../../../shared/errors';
import { assessQuality } from '../quality/assess-quality';
import { withFlags } from '../quality/with-flags';
import { selectRows } from '../table/select-rows';
import type { Table } from 'apache-arrow';
import type { RawTable } from './raw-table';
import { columnFacts } from './column-facts';
import { ParsedColumn } from './parsed-column';
import { checkRoleTypes, chooseRoles } from './choose-roles';
import { chooseCurrency } from './choose-currency';
import { suggestRoles } from './suggest-roles';
import { toColumnInfo, toTypedTable } from './to-typed-table';
import { inferColumn } from './types/infer-column';

/** Distinct values looked at to suggest roles. */
const SAMPLE_VALUES = 5000;

export interface PrepareOptions {
  /** Column types the user chose. */
  types?: Record<string, ColumnKind>;
  /** One row per order line or per customer; suggested when not given. */
  kind?: DatasetKind;
  /** Role → column; suggested when not given. A column of "" says the role is not in the file. */
  roles?: RoleMapping;
  /** `roles` are some of the roles (the CLI's --map): the others are suggested, on columns they leave free. */
  suggestOtherRoles?: boolean;
  policies?: Policies;
  /** "Now" for future dates, UTC ms. */
  now: number;
  /** The currency the user chose (else found in the file, see chooseCurrency). */
  currency?: string;
  /** Currency when nothing in the file tells (from the UI locale). */
  fallbackCurrency: string;
  /** Called between steps; throws to stop (cancel). */
  checkpoint?: () => void;
  /** The wizard previews a file before every required role is mapped. */
  allowMissingRoles?: boolean;
}

export interface PreparedDataset {
  /** What is stored: kept rows, with the hidden flags column. */
  table: Table;
  /** Every row read, typed, before the policies (the preview shows these). */
  parsed: Table;
  columns: ColumnInfo[];
  kind: DatasetKind;
  /** Why the file was taken for its kind. */
  why: KindDecision;
  roles: RoleMapping;
  quality: QualityReport;
  currency: string;
  /** Why the money is in that currency. */
  currencyWhy: CurrencyDecision;
}

/**
 * From raw cells to what is stored: types (inferred or chosen), roles (suggested or chosen, a
 * chosen role refused when its column's type does not fit), the kind and why,
 * ids normalised, the quality report with its policies applied (dropped rows are counted,
 * flagged rows marked in a hidden column), and the dataset's currency.
 */
export function prepareDataset(raw: RawTable, options: PrepareOptions): PreparedDataset {
  const checkpoint = options.checkpoint ?? (() => undefined);
  // Roles are suggested from each column's type judged on its first distinct values…
  const suggestion = suggestRoles(
    columnFacts(raw, (i) => {
      const column = raw.columns[i];
      const name = raw.names[i];
      if (options.types?.[name]) return options.types[name];
      if (column instanceof ParsedColumn) return column.spec().kind;
      return inferColumn(name, column.values(SAMPLE_VALUES), column.valueCounts().subarray(0, SAMPLE_VALUES)).kind;
    }),
    options.kind,
    options.roles,
    !raw.header,
  );
  const kind = options.kind ?? suggestion.kind;
  const roles = chooseRoles(suggestion.roles, options.roles, options.suggestOtherRoles ?? false);
  for (const [role, name] of Object.entries(roles)) {
    if (!raw.names.includes(name))
      throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to ${role} does not exist.`);
  }
  const missing = requiredRoles(kind).filter((r) => !roles[r]);
  if (missing.length > 0 && !options.allowMissingRoles) throw missingRoleError(missing);

  // …then every column is typed on all its values; customer and order ids become normalised ids.
  const types: Record<string, ColumnKind> = { ...options.types };
  for (const role of ['customerId', 'orderId'] as const) if (roles[role]) types[roles[role]!] = 'id';
  const typed = toTypedTable(raw, types, checkpoint);
  checkRoleTypes(typed, roles, options.roles ?? {});
  let table = typed.table;
  const parsed = table;
  checkpoint();
  const { report, keep, flags } = assessQuality(table, typed.raw, {
    kind,
    roles,
    policies: options.policies,
    now: options.now,
  });
  checkpoint();
  table = selectRows(withFlags(table, flags), keep);

  const infos = typed.columns
    .map(toColumnInfo)
    .map((info, i): ColumnInfo => ({ ...info, missing: table.getChildAt(i)!.nullCount }));
  const { currency, why: currencyWhy } = chooseCurrency({
    raw: typed.raw,
    columns: typed.columns,
    roles,
    chosen: options.currency,
    fallback: options.fallbackCurrency,
  });
  return { table, parsed, columns: infos, kind, why: suggestion.why, roles, quality: report, currency, currencyWhy };
}
