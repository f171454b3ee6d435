import { roundDecimal } from '../../../shared/round-decimal';
import type { SegmentName } from '../../../shared/segments';
import type { CustomerField } from '../features/customer-table';
import type { OrderTable } from './order-table';

/** Parts of the day by the hour an order was made: night 0–5, morning 6–11, afternoon 12–17, evening 18–23. */
const DAY_PARTS = [
  { en: 'at night', zh: '凌晨' },
  { en: 'in the morning', zh: '上午' },
  { en: 'in the afternoon', zh: '下午' },
  { en: 'in the evening', zh: '晚上' },
];
const pct = (share: number) => roundDecimal(share * 100, 0);

/** The commonest label of a category field among the orders, with its share. */
function commonest(field: CustomerField | undefined, rows: Int32Array): { label: string; share: number } | null {
  if (!field || field.kind !== 'category' || rows.length === 0) return null;
  const counts = new Int32Array(field.labels.length);
  let known = 0;
  for (const r of rows) {
    const c = field.codes[r];
    if (c >= 0) {
      counts[c]++;
      known++;
    }
  }
  if (known === 0) return null;
  let best = 0;
  for (let e = 1; e < counts.length; e++) if (counts[e] > counts[best]) best = e;
  return { label: field.labels[best], share: counts[best] / rows.length };
}

function dayPart(hour: CustomerField | undefined, rows: Int32Array): { part: number; share: number } | null {
  if (!hour || hour.kind === 'category' || rows.length === 0) return null;
  const counts = [0, 0, 0, 0];
  for (const r of rows) {
    const h = hour.values[r];
    if (h === h) counts[Math.floor(h / 6)]++;
  }
  const part = counts.indexOf(Math.max(...counts));
  return counts[part] > 0 ? { part, share: counts[part] / rows.length } : null;
}

/**
 * A segment's orders in plain words: where most come from, when in the day most are made, how
 * many were refunded and the average order — "Orders mostly from 华东 (45 %), most in the
 * evening (52 %), 12 % refunded, 120.5 per order on average."
 */
export function orderPersona(orders: OrderTable, rows: Int32Array, aov: number): SegmentName {
  const field = (name: string) => orders.table.fields.find((f) => f.name === name);
  const en: string[] = [];
  const zh: string[] = [];
  const place = commonest(field('region') ?? field('continent'), rows);
  if (place) {
    en.push(`mostly from ${place.label} (${pct(place.share)} %)`);
    zh.push(`多来自${place.label}（${pct(place.share)}%）`);
  }
  const time = dayPart(field('hour'), rows);
  if (time) {
    en.push(`most made ${DAY_PARTS[time.part].en} (${pct(time.share)} %)`);
    zh.push(`多在${DAY_PARTS[time.part].zh}下单（${pct(time.share)}%）`);
  }
  if (orders.refunded && rows.length > 0) {
    let refunded = 0;
    for (const r of rows) refunded += orders.refunded[r];
    en.push(`${pct(refunded / rows.length)} % refunded`);
    zh.push(`退款 ${pct(refunded / rows.length)}%`);
  }
  if (Number.isFinite(aov)) {
    en.push(`${roundDecimal(aov, 2)} per order on average`);
    zh.push(`平均每单 ${roundDecimal(aov, 2)}`);
  }
  if (en.length === 0) return { en: 'No orders.', 'zh-CN': '没有订单。' };
  return { en: `Orders ${en.join(', ')}.`, 'zh-CN': `订单${zh.join('，')}。` };
}
