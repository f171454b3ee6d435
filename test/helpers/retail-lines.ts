import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_NON_PRODUCT_CODES } from '../../src/shared/products';
import { sharedData } from './paths';

/** The roles of Online Retail as the import suggests them, products included (StockCode, Description), and the country. */
export const RETAIL_PRODUCT_ROLES = {
  customerId: 'CustomerID',
  orderId: 'InvoiceNo',
  orderDate: 'InvoiceDate',
  quantity: 'Quantity',
  unitPrice: 'UnitPrice',
  productId: 'StockCode',
  productName: 'Description',
  country: 'Country',
};

/** A line of the UCI Online Retail file as the import keeps it (the "clean" subset), read straight from the gz. */
export interface RetailLine {
  invoice: string;
  /** StockCode, trimmed (case kept). */
  code: string;
  /** Description, unquoted and trimmed ('' when empty). */
  description: string;
  quantity: number;
  price: number;
  /** InvoiceDate's day, YYYY-MM-DD. */
  day: string;
  /** CustomerID as the import keeps it: "17850.0" → "17850". */
  customer: string;
  /** Country, as written. */
  country: string;
}

/** A CSV field as written: "a, ""b""" → a, "b". */
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

/**
 * The clean lines of online_retail_uci.csv.gz (Quantity > 0, UnitPrice > 0, a CustomerID, InvoiceNo
 * not starting with C: 397,884 rows), in file order. Only Description may hold commas (quoted): the
 * two first and five last fields are split off.
 */
export function retailLines(): RetailLine[] {
  const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
  const out: RetailLine[] = [];
  for (const raw of text.split('\n').slice(1)) {
    const line = raw.replace(/\r$/, '');
    if (!line) continue;
    const fields = line.split(',');
    const [invoice, code] = fields;
    const [quantity, date, price, customer, country] = fields.slice(-5);
    const q = Number(quantity);
    const p = Number(price);
    if (customer === '' || invoice.startsWith('C') || !(q > 0) || !(p > 0)) continue;
    out.push({
      invoice,
      code: code.trim(),
      description: unquote(fields.slice(2, -5).join(',')).trim(),
      quantity: q,
      price: p,
      day: date.slice(0, 10),
      customer: String(Number(customer)),
      country,
    });
  }
  return out;
}

/** Whether a StockCode is one of the default non-product codes (written out here: exact, or a prefix before *; any case). */
export function isDefaultNonProduct(code: string): boolean {
  const c = code.trim().toUpperCase();
  return DEFAULT_NON_PRODUCT_CODES.some((entry) => {
    const e = entry.toUpperCase();
    return e.endsWith('*') ? c.startsWith(e.slice(0, -1)) : c === e;
  });
}

/** Each product code's name: its most frequent non-empty description among `lines`; ties to the alphabetically first. */
export function productNames(lines: readonly RetailLine[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const l of lines) {
    if (!counts.has(l.code)) counts.set(l.code, new Map());
    if (l.description === '') continue;
    const m = counts.get(l.code)!;
    m.set(l.description, (m.get(l.description) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const [code, m] of counts) {
    const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    names.set(code, best ? best[0] : code);
  }
  return names;
}
