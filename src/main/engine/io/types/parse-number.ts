import type { NumberFormat } from '../../../../shared/column-spec';

export type { NumberFormat };

const CURRENCY = /^(?:[¥￥$€£]|US\$|HK\$|RMB|CNY|USD|EUR|GBP)\s*|\s*(?:元|RMB|CNY|USD|EUR|GBP|[¥￥$€£])$/;
const DOT_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^[+-]?\.\d+$/;
const COMMA_DECIMAL = /^[+-]?(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:,\d*)?$|^[+-]?,\d+$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

const SYMBOLS: Record<string, string> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  HK$: 'HKD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
};

/** Splits a cell into its number part, currency and percent sign. */
function strip(text: string): { body: string; currency: string | null; percent: boolean } {
  let body = text.trim();
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }
  let currency: string | null = null;
  const m = CURRENCY.exec(body);
  if (m) {
    currency = SYMBOLS[m[0].trim()] ?? null;
    body = body.slice(0, m.index) + body.slice(m.index + m[0].length);
    body = body.trim();
  }
  // A sign written before the currency symbol: -$5.00
  return { body, currency, percent };
}

/** Parses one cell in a column's format; NaN when it is not a number of that format. */
export function parseNumber(text: string, format: NumberFormat): number {
  const { body, percent } = strip(text);
  if (body === '' || percent !== format.percent) return Number.NaN;
  let plain: string;
  if (EXPONENT.test(body)) plain = body;
  else if (format.decimal === '.') {
    if (!DOT_DECIMAL.test(body)) return Number.NaN;
    plain = body.replace(/,/g, '');
  } else {
    if (!COMMA_DECIMAL.test(body)) return Number.NaN;
    plain = body.replace(/[. \u00a0]/g, '').replace(',', '.');
  }
  const value = Number(plain);
  return format.percent ? value / 100 : value;
}

/**
 * Finds the one format in which every value is a number, or null. Decimal commas are chosen
 * only when some value needs them (1,5 or 1.234,56); "1,234" alone reads as 1234.
 */
export function detectNumberFormat(values: readonly string[]): NumberFormat | null {
  let percent: boolean | null = null;
  let currency: string | null = null;
  let dotOk = true;
  let commaOk = true;
  let needsComma = false;
  for (const v of values) {
    const s = strip(v);
    if (s.body === '') return null;
    if (percent === null) percent = s.percent;
    else if (percent !== s.percent) return null;
    if (s.currency) {
      if (currency && currency !== s.currency) return null;
      currency = s.currency;
    }
    if (EXPONENT.test(s.body)) continue;
    const dot = DOT_DECIMAL.test(s.body);
    const comma = COMMA_DECIMAL.test(s.body);
    if (!dot) dotOk = false;
    if (!comma) commaOk = false;
    if (comma && !dot) needsComma = true;
    if (!dotOk && !commaOk) return null;
  }
  if (percent === null) return null;
  const decimal = needsComma ? (commaOk ? ',' : null) : dotOk ? '.' : commaOk ? ',' : null;
  return decimal ? { decimal, percent, currency } : null;
}
