import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { provinceOf } from '../../src/shared/geo/china-provinces';
import type { Places } from '../../src/shared/overview';
import { uciRows } from './online-retail';
import { sharedData } from './paths';

/** The Online Retail export's own names that differ from the app's English names (what the Overview's places hold). */
const RENAMED: Record<string, string> = { EIRE: 'Ireland', RSA: 'South Africa', USA: 'United States' };

/**
 * Online Retail's places for its whole history, counted from the cleaned rows of the UCI file
 * (no customer id, cancellations, quantity or price not above 0 dropped): customers and
 * invoices per country, revenue = quantity × price; Unspecified is the unknown place.
 */
export function onlineRetailPlaces(): Places {
  const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
  const by = new Map<string, { customers: Set<string>; orders: Set<string>; revenue: number }>();
  for (const r of uciRows(text)) {
    if (!r.customer || r.invoice.startsWith('C') || !(r.quantity > 0) || !(r.price > 0)) continue;
    const name = RENAMED[r.country] ?? r.country;
    const place = by.get(name) ?? { customers: new Set(), orders: new Set(), revenue: 0 };
    place.customers.add(r.customer);
    place.orders.add(r.invoice);
    place.revenue += r.quantity * r.price;
    by.set(name, place);
  }
  const unspecified = by.get('Unspecified')!;
  by.delete('Unspecified');
  return {
    kind: 'country',
    column: 'Country',
    rows: [...by].map(([name, p]) => ({
      name,
      customers: p.customers.size,
      orders: p.orders.size,
      revenue: p.revenue,
    })),
    unplaced: { orders: unspecified.orders.size, revenue: unspecified.revenue },
  };
}

/** The Tmall orders' places: orders and paid revenue by the shipping province (no customer ids), counted from the file. */
export function tmallPlaces(): Places {
  const lines = readFileSync(sharedData('tmall_order_report.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const by = new Map<string, { orders: number; revenue: number }>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const name = provinceOf(cells[3])!.short;
    const place = by.get(name) ?? { orders: 0, revenue: 0 };
    place.orders += 1;
    place.revenue += Number(cells[2]);
    by.set(name, place);
  }
  return {
    kind: 'province',
    column: '收货地址',
    rows: [...by].map(([name, p]) => ({ name, customers: null, orders: p.orders, revenue: p.revenue })),
    unplaced: { orders: 0, revenue: 0 },
  };
}
