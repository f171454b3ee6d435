import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_NON_PRODUCT_CODES } from '../../src/shared/products';
import { sharedData } from './paths';

/** A rule as the tests compare it: its items' keys, its counts and its measures. */
export interface DirectRule {
  antecedent: string[];
  consequent: string[];
  orders: number;
  antecedentOrders: number;
  consequentOrders: number;
  support: number;
  confidence: number;
  lift: number;
}

/** Whether a StockCode is on the default list of codes that are not products (exact, or `*` prefixes; case and spaces ignored). */
function notAProduct(code: string): boolean {
  const c = code.trim().toLowerCase();
  return DEFAULT_NON_PRODUCT_CODES.some((entry) => {
    const e = entry.toLowerCase();
    return e.endsWith('*') ? c.startsWith(e.slice(0, -1)) : c === e;
  });
}

/**
 * The cleaned Online Retail orders read from the raw rows (a customer id, no cancellation C…,
 * quantity and price above 0, as the import keeps them): each invoice's customer and its set of
 * product StockCodes (trimmed; non-product codes left out).
 */
export function retailBaskets(): Map<string, { customer: string; codes: Set<string> }> {
  const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
  const orders = new Map<string, { customer: string; codes: Set<string> }>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].replace(/\r$/, '').split(',');
    if (cells.length < 8) continue;
    // InvoiceNo and StockCode hold no comma, nor do the last five fields; Description may (quoted).
    const [invoice, stockCode] = cells;
    const [quantity, , price, customer] = cells.slice(-5);
    if (customer === '' || invoice.startsWith('C') || !(Number(quantity) > 0) || !(Number(price) > 0)) continue;
    const code = stockCode.trim();
    if (code === '' || notAProduct(code)) continue;
    const order = orders.get(invoice) ?? { customer, codes: new Set<string>() };
    order.codes.add(code);
    orders.set(invoice, order);
  }
  return orders;
}

/**
 * Rules counted naively: items in at least ceil(supportPct % of the orders), then pairs and
 * triples counted order by order (a triple only when its three pairs are frequent), every split
 * with orders × 100 ≥ confidencePct × antecedent orders; by lift, orders, fewer items on the
 * left, then the keys.
 */
export function directRules(
  baskets: Iterable<Set<string>>,
  supportPct: number,
  confidencePct: number,
): {
  orders: number;
  items: number;
  frequentItems: number;
  rules: DirectRule[];
} {
  const sets = [...baskets].filter((s) => s.size > 0);
  const n = sets.length;
  const minCount = Math.ceil((supportPct * n) / 100);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const s of sets) for (const code of s) add(code);
  const frequent = (key: string) => (counts.get(key) ?? 0) >= minCount;
  const items = counts.size;
  const frequentItems = [...counts.values()].filter((c) => c >= minCount).length;
  const listed = sets.map((s) => [...s].filter(frequent).sort());
  for (const items of listed)
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) add(`${items[i]}|${items[j]}`);
  for (const items of listed)
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        if (!frequent(`${items[i]}|${items[j]}`)) continue;
        for (let k = j + 1; k < items.length; k++)
          if (frequent(`${items[i]}|${items[k]}`) && frequent(`${items[j]}|${items[k]}`))
            add(`${items[i]}|${items[j]}|${items[k]}`);
      }
  const rules: DirectRule[] = [];
  for (const [key, count] of counts) {
    const items = key.split('|');
    if (items.length < 2 || count < minCount) continue;
    for (let mask = 1; mask < (1 << items.length) - 1; mask++) {
      const left = items.filter((_, b) => mask & (1 << b));
      const right = items.filter((_, b) => !(mask & (1 << b)));
      const a = counts.get(left.join('|'))!;
      const c = counts.get(right.join('|'))!;
      if (count * 100 < confidencePct * a) continue;
      rules.push({
        antecedent: left,
        consequent: right,
        orders: count,
        antecedentOrders: a,
        consequentOrders: c,
        support: count / n,
        confidence: count / a,
        lift: count / a / (c / n),
      });
    }
  }
  const text = (items: string[]) => items.join('\u0000');
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Lift compared as whole numbers: count × n ÷ (a × c), cross-multiplied.
  const liftOrder = (x: DirectRule, y: DirectRule) =>
    y.orders * x.antecedentOrders * x.consequentOrders - x.orders * y.antecedentOrders * y.consequentOrders;
  rules.sort(
    (x, y) =>
      liftOrder(x, y) ||
      y.orders - x.orders ||
      x.antecedent.length - y.antecedent.length ||
      compare(text(x.antecedent), text(y.antecedent)) ||
      compare(text(x.consequent), text(y.consequent)),
  );
  return { orders: n, items, frequentItems, rules };
}
