import type { NumberFormat } from '../../../../shared/column-spec';

export type { NumberFormat };

const CURRENCY = /^(?:[¥￥$€£]|US\$|HK\$|RMB|CNY|USD|EUR|GBP)\s*|\s*(?:元|RMB|CNY|USD|EUR|GBP|[¥￥$€£])$/;
const DOT_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^[+-]?\.\d+$/;
const COMMA_DECIMAL = /^[+-]?(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:,\d*)?$|^[+-]?,\d+$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
/** What a number column holds where there is no number: NaN, infinities, Excel's error values. */
const NOT_A_NUMBER = /^[+-]?(?:nan|inf|infinity|∞)$|^#(?:n\/a|div\/0!|value!|num!|ref!|name\?|null!)$/i;
/** Numbers in the other decimal convention (1.234,56 among 1,234.56) a number column tolerates: this share of its cells. */
const ODD_CONVENTION_SHARE = 0.05;

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
  // A numeral past the largest double (1e400) is no number a computer can hold: unreadable, counted as out of range.
  if (!Number.isFinite(value)) return Number.NaN;
  return format.percent ? value / 100 : value;
}

/** Is the cell a number word or error (NaN, Infinity, #DIV/0!) rather than a number or a word of its own? */
export function isNotANumber(text: string): boolean {
  return NOT_A_NUMBER.test(text.trim());
}

/** Is the cell a numeral too large for a double (1e400, ±Infinity)? Such cells are out of range, not unreadable. */
export function isOutOfRange(text: string): boolean {
  const { body } = strip(text);
  if (/^[+-]?(?:inf|infinity|∞)$/i.test(body)) return true;
  const plain = body.replace(/[,. \u00a0]/g, '');
  return /^[+-]?\d+(?:[eE][+-]?\d+)?$/.test(plain) && !Number.isFinite(Number(plain));
}

/**
 * Finds the one format in which every value is a number, or null. Decimal commas are chosen
 * only when some value needs them (1,5 or 1.234,56); "1,234" alone reads as 1234. Cells that are
 * no number (NaN, Infinity, #DIV/0!) and a few numbers in the other convention (at most 5 % of
 * the cells, weighted by `counts`) do not make the column text: they are unreadable cells.
 */
export function detectNumberFormat(values: readonly string[], counts?: ArrayLike<number>): NumberFormat | null {
  let percent: boolean | null = null;
  let currency: string | null = null;
  let numbers = 0;
  let dotMisses = 0;
  let commaMisses = 0;
  for (let i = 0; i < values.length; i++) {
    const s = strip(values[i]);
    if (s.body === '') return null;
    if (NOT_A_NUMBER.test(s.body)) continue;
    if (percent === null) percent = s.percent;
    else if (percent !== s.percent) return null;
    if (s.currency) {
      if (currency && currency !== s.currency) return null;
      currency = s.currency;
    }
    const weight = counts ? counts[i] : 1;
    numbers += weight;
    if (EXPONENT.test(s.body)) continue;
    const dot = DOT_DECIMAL.test(s.body);
    const comma = COMMA_DECIMAL.test(s.body);
    if (!dot && !comma) return null;
    if (!dot) dotMisses += weight;
    if (!comma) commaMisses += weight;
  }
  if (percent === null) return null;
  let decimal: '.' | ',' | null = null;
  if (dotMisses === 0) decimal = '.';
  else if (commaMisses === 0) decimal = ',';
  else if (Math.min(dotMisses, commaMisses) <= ODD_CONVENTION_SHARE * numbers && dotMisses !== commaMisses)
    decimal = dotMisses < commaMisses ? '.' : ',';
  return decimal ? { decimal, percent, currency } : null;
}
