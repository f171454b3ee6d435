import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedData } from './paths';

/**
 * Counted straight from the raw UCI Online Retail rows, written for the tests (not the engine's
 * code): the clean lines (customer id present, InvoiceNo not starting with C, Quantity and
 * UnitPrice above 0, as the import keeps them), products by their trimmed StockCode, the service
 * codes left out (README: "What counts as a product").
 */
const NOT_PRODUCTS = new Set(['post', 'dot', 'c2', 'm', 'd', 's', 'b', 'bank charges', 'amazonfee', 'pads', 'cruk']);
const NOT_PRODUCT_PREFIXES = ['adjust', 'test', 'gift_0001_'];
const isProduct = (code: string) => {
  const c = code.toLowerCase();
  return !NOT_PRODUCTS.has(c) && !NOT_PRODUCT_PREFIXES.some((p) => c.startsWith(p));
};

export interface RetailBaskets {
  /** Each order (InvoiceNo) with at least one product: its customer and its products (StockCodes). */
  orders: Map<string, { customer: string; items: Set<string> }>;
  /** Each customer's products, bought in any order. */
  bought: Map<string, Set<string>>;
  /** Each product's name: the trimmed Description most of its lines carry (ties: the alphabetically first). */
  names: Map<string, string>;
}

/** The most frequent name of each code; ties to the alphabetically first. */
function mostFrequent(counts: Map<string, Map<string, number>>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [code, byName] of counts) {
    let best = code;
    let most = 0;
    for (const [name, n] of byName)
      if (n > most || (n === most && name < best)) {
        best = name;
        most = n;
      }
    names.set(code, best);
  }
  return names;
}

/** The Description cell of a line: between StockCode and the last five fields, unquoted ("" → "). */
function descriptionOf(line: string, stock: string): string {
  const start = line.indexOf(',') + stock.length + 2;
  let end = line.length;
  for (let k = 0; k < 5; k++) end = line.lastIndexOf(',', end - 1);
  const cell = line.slice(start, end);
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

/** The orders and customers' products of the clean Online Retail lines. */
export function retailBaskets(): RetailBaskets {
  const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
  const orders: RetailBaskets['orders'] = new Map();
  const bought: RetailBaskets['bought'] = new Map();
  const descriptions = new Map<string, Map<string, number>>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line) continue;
    // InvoiceNo and StockCode hold no comma; Description may (quoted): the last five fields are read from the right.
    const [invoice, stock] = line.split(',', 2);
    const [quantity, , price, customerCell] = line.split(',').slice(-5);
    if (customerCell === '' || invoice.startsWith('C') || !(Number(quantity) > 0) || !(Number(price) > 0)) continue;
    const code = stock.trim();
    if (code === '' || !isProduct(code)) continue;
    const customer = String(Number(customerCell));
    const order = orders.get(invoice) ?? { customer, items: new Set<string>() };
    order.items.add(code);
    orders.set(invoice, order);
    bought.set(customer, (bought.get(customer) ?? new Set()).add(code));
    const description = descriptionOf(line, stock).trim();
    const byName = descriptions.get(code) ?? new Map<string, number>();
    if (description !== '') byName.set(description, (byName.get(description) ?? 0) + 1);
    descriptions.set(code, byName);
  }
  return { orders, bought, names: mostFrequent(descriptions) };
}

export interface CountedRule {
  antecedent: string[];
  consequent: string[];
  orders: number;
  support: number;
  antecedentOrders: number;
  confidence: number;
  lift: number;
}

const keyOf = (items: readonly string[]) => [...items].sort().join('\u0000');

/** Every itemset of 2 or 3 frequent items found in the orders, with the orders holding it (brute force per order). */
function countSets(baskets: string[][], minCount: number) {
  const pairs = new Map<string, number>();
  for (const b of baskets)
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++) {
        const k = keyOf([b[i], b[j]]);
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
  const okPair = (x: string, y: string) => (pairs.get(keyOf([x, y])) ?? 0) >= minCount;
  const triples = new Map<string, number>();
  for (const b of baskets)
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++) {
        if (!okPair(b[i], b[j])) continue;
        for (let l = j + 1; l < b.length; l++) {
          if (!okPair(b[i], b[l]) || !okPair(b[j], b[l])) continue;
          const k = keyOf([b[i], b[j], b[l]]);
          triples.set(k, (triples.get(k) ?? 0) + 1);
        }
      }
  return [...pairs, ...triples].filter(([, n]) => n >= minCount);
}

/**
 * Association rules over the orders by brute force: itemsets of up to three products in at least
 * `minSupport` of the orders, every split into a non-empty left and right side with confidence at
 * least `minConfidence`; by lift, highest first, then support.
 */
export function countedRules(
  orders: RetailBaskets['orders'],
  minSupport: number,
  minConfidence: number,
): CountedRule[] {
  const total = orders.size;
  const minCount = minSupport * total;
  const single = new Map<string, number>();
  for (const { items } of orders.values()) for (const i of items) single.set(i, (single.get(i) ?? 0) + 1);
  const frequent = new Set([...single].filter(([, n]) => n >= minCount).map(([i]) => i));
  const baskets = [...orders.values()].map((o) => [...o.items].filter((i) => frequent.has(i)).sort());
  const sets = countSets(baskets, minCount);
  const counts = new Map<string, number>([...single, ...sets]);
  const countOf = (items: string[]) => (items.length === 1 ? single.get(items[0])! : counts.get(keyOf(items))!);
  const rules: CountedRule[] = [];
  for (const [key, n] of sets) {
    const items = key.split('\u0000');
    // Every non-empty proper subset as the left side.
    for (let mask = 1; mask < (1 << items.length) - 1; mask++) {
      const antecedent = items.filter((_, i) => mask & (1 << i));
      const consequent = items.filter((_, i) => !(mask & (1 << i)));
      const antecedentOrders = countOf(antecedent);
      const confidence = n / antecedentOrders;
      if (confidence < minConfidence) continue;
      const lift = confidence / (countOf(consequent) / total);
      rules.push({ antecedent, consequent, orders: n, support: n / total, antecedentOrders, confidence, lift });
    }
  }
  return rules.sort((a, b) => b.lift - a.lift || b.support - a.support);
}
