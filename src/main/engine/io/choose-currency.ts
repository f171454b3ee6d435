import type { ColumnSpec } from '../../../shared/column-spec';
import type { RoleMapping } from '../../../shared/roles';
import type { CurrencyDecision } from '../../../shared/schemas';
import { countryCurrency } from './country-currency';
import { DictionaryBuilder } from './dictionary-builder';
import type { RawTable } from './raw-table';

/** Headers of a column that names countries (or regions, provinces, a shipping address), in English and Chinese. */
const COUNTRY_HEADER = /country|nation|region|province|国家|國家|国别|國別|地区|地區|省|地址/i;

export interface CurrencyInput {
  raw: RawTable;
  /** Each column's name and type as typed. */
  columns: { name: string; spec: ColumnSpec }[];
  roles: RoleMapping;
  /** The currency the user chose, if any. */
  chosen?: string;
  /** The app language's currency, when nothing in the file tells. */
  fallback: string;
}

/** The most common country a text column names that we know the currency of, or null. */
function commonCountry(column: DictionaryBuilder): { value: string; currency: string } | null {
  const counts = column.valueCounts();
  const values = column.values();
  let best: { value: string; currency: string; count: number } | null = null;
  for (let code = 0; code < values.length; code++) {
    const currency = countryCurrency(values[code]);
    if (currency && (!best || counts[code] > best.count)) best = { value: values[code], currency, count: counts[code] };
  }
  return best && { value: best.value, currency: best.currency };
}

/**
 * The dataset's currency and why: the user's choice; else a money column's currency sign
 * (amount, unit price, revenue); else the country most rows name in a country column (the
 * role, else a column headed like one); else the app language's.
 */
export function chooseCurrency(input: CurrencyInput): { currency: string; why: CurrencyDecision } {
  const { raw, columns, roles } = input;
  if (input.chosen) return { currency: input.chosen, why: { reason: 'chosen', column: null, value: null } };
  for (const name of [roles.amount, roles.unitPrice, roles.revenue]) {
    const spec = columns.find((c) => c.name === name)?.spec;
    if (spec && 'number' in spec && spec.number.currency)
      return { currency: spec.number.currency, why: { reason: 'symbol', column: name!, value: spec.number.currency } };
  }
  const candidates = raw.names
    .map((name, i) => ({ name, column: raw.columns[i] }))
    .filter(({ name }) => name === roles.country || COUNTRY_HEADER.test(name))
    .sort((a, b) => Number(b.name === roles.country) - Number(a.name === roles.country));
  for (const { name, column } of candidates) {
    const found = column instanceof DictionaryBuilder ? commonCountry(column) : null;
    if (found) return { currency: found.currency, why: { reason: 'country', column: name, value: found.value } };
  }
  return { currency: input.fallback, why: { reason: 'locale', column: null, value: null } };
}
