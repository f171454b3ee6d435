#!/usr/bin/env node
// Generates resources/demo/orders.csv: a synthetic shop's orders for the demo workspace.
// Deterministic (the engine's seeded generator, UTC dates): the same seed gives the same bytes.
// Usage: node scripts/make-demo-data.mjs [--seed 20240101] [--customers 400] [--out resources/demo/orders.csv]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20240101' },
    customers: { type: 'string', default: '400' },
    out: { type: 'string', default: 'resources/demo/orders.csv' },
  },
});

// The one seeded generator of the app (TypeScript, loaded through Vite's module runner).
const seededRandomTs = fileURLToPath(new URL('../src/main/engine/cluster/seeded-random.ts', import.meta.url));
const { seededRandom } = (await runnerImport(seededRandomTs, { configFile: false, logLevel: 'silent' })).module;

const rand = seededRandom(Number(values.seed));
const pick = (items) => items[Math.floor(rand() * items.length)];
const DAY = 86400000;
const START = Date.UTC(2023, 11, 1);
const END = Date.UTC(2025, 11, 31);
const SPAN_DAYS = Math.round((END - START) / DAY);

const cities = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Chengdu', 'Guangzhou', 'Wuhan', 'Nanjing'];
const channels = ['online', 'online', 'app', 'store'];
const categories = ['Tea', 'Snacks', 'Gifts', 'Tableware', 'Coffee'];
// Shopper types give the demo a realistic mix: regulars, big spenders, newcomers, lapsed, one-offs.
const types = [
  { name: 'regular', share: 0.25, orders: [6, 20], spend: [30, 90], active: [0, 1] },
  { name: 'big', share: 0.08, orders: [4, 12], spend: [150, 480], active: [0, 1] },
  { name: 'new', share: 0.15, orders: [1, 3], spend: [25, 120], active: [0.8, 1] },
  { name: 'lapsed', share: 0.22, orders: [2, 8], spend: [30, 110], active: [0, 0.45] },
  { name: 'oneoff', share: 0.3, orders: [1, 1], spend: [15, 80], active: [0, 1] },
];

function typeFor(u) {
  let acc = 0;
  for (const t of types) {
    acc += t.share;
    if (u < acc) return t;
  }
  return types[types.length - 1];
}

const between = ([lo, hi]) => lo + rand() * (hi - lo);
const orders = [];
const n = Number(values.customers);
for (let c = 1; c <= n; c++) {
  const id = `C${String(c).padStart(4, '0')}`;
  const type = typeFor(rand());
  const city = pick(cities);
  const count = Math.round(between(type.orders));
  const from = Math.floor(between(type.active) * SPAN_DAYS * 0.9);
  const to = Math.max(from, Math.floor(type.active[1] * SPAN_DAYS));
  for (let k = 0; k < count; k++) {
    const day = from + Math.floor(rand() * (to - from + 1));
    const amount = Math.round(between(type.spend) * 100) / 100;
    orders.push({ day, id, amount, channel: pick(channels), category: pick(categories), city });
  }
}
orders.sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));

const lines = ['order_id,customer_id,order_date,amount,channel,category,city'];
orders.forEach((o, i) => {
  const date = new Date(START + o.day * DAY).toISOString().slice(0, 10);
  lines.push(
    [`SO${String(i + 1).padStart(6, '0')}`, o.id, date, o.amount.toFixed(2), o.channel, o.category, o.city].join(','),
  );
});
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${out}: ${orders.length} orders, ${n} customers\n`);
