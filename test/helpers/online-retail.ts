import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedData } from './paths';

/** Column kinds of the UCI Online Retail data, the same in its CSV and its XLSX sample. */
export const ONLINE_RETAIL_KINDS = {
  InvoiceNo: 'id',
  StockCode: 'id',
  Description: 'text',
  Quantity: 'integer',
  InvoiceDate: 'datetime',
  UnitPrice: 'decimal',
  CustomerID: 'integer',
  Country: 'category',
};

/** The Country rule run of issue 23: the UK, the EU member states of 2011 in the file, and everything else. */
export const EU_COUNTRIES = [
  'Austria',
  'Belgium',
  'Cyprus',
  'Czech Republic',
  'Denmark',
  'EIRE',
  'Finland',
  'France',
  'Germany',
  'Greece',
  'Italy',
  'Lithuania',
  'Malta',
  'Netherlands',
  'Poland',
  'Portugal',
  'Spain',
  'Sweden',
];

/** The rules of that run, by the order file's Country column. */
export const COUNTRY_RULES = [
  {
    key: 'uk',
    name: { en: 'United Kingdom', 'zh-CN': '英国' },
    when: { all: [{ field: 'Country', op: 'in' as const, values: ['United Kingdom'] }] },
  },
  {
    key: 'eu',
    name: { en: 'EU member states', 'zh-CN': '欧盟成员国' },
    when: { all: [{ field: 'Country', op: 'in' as const, values: EU_COUNTRIES }] },
  },
];

/**
 * Each customer's country in cleaned rows (no customer id, cancellations, quantity or price not
 * above 0 dropped, as the import drops them), from the customer's first row: the earliest
 * InvoiceDate, ties by file order; with the number of clean rows and of customers with two or more countries.
 */
export function countriesByFirstRow(
  rows: Iterable<{ invoice: string; quantity: number; date: string; price: number; customer: string; country: string }>,
): {
  rows: number;
  country: Map<string, string>;
  several: number;
} {
  const first = new Map<string, { date: string; country: string }>();
  const seen = new Map<string, Set<string>>();
  let kept = 0;
  for (const r of rows) {
    if (r.customer === '' || r.invoice.startsWith('C') || !(r.quantity > 0) || !(r.price > 0)) continue;
    kept++;
    const f = first.get(r.customer);
    if (!f || r.date < f.date) first.set(r.customer, { date: r.date, country: r.country });
    seen.set(r.customer, (seen.get(r.customer) ?? new Set()).add(r.country));
  }
  return {
    rows: kept,
    country: new Map([...first].map(([id, f]) => [id, f.country])),
    several: [...seen.values()].filter((s) => s.size > 1).length,
  };
}

/** The rows of the UCI CSV (Country holds no comma; Description may, quoted: fields are read from the right). */
export function* uciRows(text: string) {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line) continue;
    const right = line.split(',').slice(-5);
    const [quantity, date, price, customer, country] = right;
    yield {
      invoice: line.slice(0, line.indexOf(',')),
      quantity: Number(quantity),
      date,
      price: Number(price),
      customer,
      country,
    };
  }
}

/** Customers per segment of the Country rule run: the UK, the EU, everything else. */
export function countrySegments(country: Map<string, string>): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (const c of country.values()) out[c === 'United Kingdom' ? 0 : EU_COUNTRIES.includes(c) ? 1 : 2]++;
  return out;
}

/** `countriesByFirstRow` of the whole UCI file, read straight from /work/shared/data. */
export const uciCountries = () =>
  countriesByFirstRow(uciRows(gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8')));
