import type { Translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import { roundDecimal } from '../../../shared/round-decimal';
import type { SheetKind } from './xlsx-book';

const decimalsOf = new Map<string, number>();

/**
 * The decimals a currency is written with (ISO 4217, as Intl knows them): 2 for GBP, USD, EUR,
 * CNY; 0 for JPY, KRW; 3 for KWD; 2 for a code Intl does not know. Asked once per currency (a
 * NumberFormat costs microseconds, and a list asks for every amount).
 */
export function currencyDecimals(currency: string): number {
  let decimals = decimalsOf.get(currency);
  if (decimals === undefined) {
    try {
      decimals =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      decimals = 2;
    }
    decimalsOf.set(currency, decimals);
  }
  return decimals;
}

/** Excel's number format for money in a currency, with its symbol as the export's language writes it ("£"#,##0.00, "¥"#,##0). */
export function moneyFormat(currency: string, lang: Language): string {
  const symbol =
    new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')
      ?.value ?? currency;
  const decimals = currencyDecimals(currency);
  return `"${symbol.replace(/"/g, '')}"#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}

/**
 * A number as an export writes it, rounded for people (the workspace keeps it exact): money in the
 * currency's decimals, whole numbers, one decimal, a share as a percentage with one decimal — in a
 * CSV the percentage itself (12.3, its header says "%"), in a workbook the fraction its 0.0% format
 * shows (0.123) — and the user's own numbers to 15 significant digits, as they were imported.
 */
export function exportNumber(value: number, kind: SheetKind, currency: string, target: 'csv' | 'xlsx'): number {
  switch (kind) {
    case 'money':
      return roundDecimal(value, currencyDecimals(currency));
    case 'integer':
      return roundDecimal(value, 0);
    case 'decimal1':
      return roundDecimal(value, 1);
    case 'percent': {
      const share = roundDecimal(value, 3);
      // 0.123 → 12.3 on its decimal text, so no binary error comes back.
      return target === 'csv' ? Number(`${share}e2`) : share;
    }
    case 'number':
      return Number(value.toPrecision(15));
    default:
      return value;
  }
}

/** A header with its column's unit where it has one: "Spend (GBP)", "Share of customers (%)" (a CSV has no other place to say it). */
export function headerWithUnit(label: string, kind: SheetKind, currency: string, t: Translate): string {
  const unit = kind === 'money' ? currency : kind === 'percent' ? '%' : null;
  return unit ? t('memberFields.withUnit', { label, unit }) : label;
}
