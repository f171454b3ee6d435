import { readFileSync } from 'node:fs';
import type { PurchaseRows } from '../../src/main/engine/clv/summary';
import { sharedData } from './paths';

/** A yyyymmdd date as a day number (days since 1970-01-01, UTC). */
export const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(4, 6)) - 1, Number(iso.slice(6, 8))) / 86_400_000;

/** CDNOW text files (whitespace-separated): the customer id column and the date, value columns. */
export function cdnowRows(
  file: string,
  idField: number,
  dateField: number,
  valueField: number,
): PurchaseRows & { raw: { id: string; day: number; value: number }[] } {
  const lines = readFileSync(sharedData(file), 'utf8').trim().split(/\r?\n/);
  const start = lines[0].trim().startsWith('customer_id') ? 1 : 0;
  const ids = new Map<string, number>();
  const raw = lines.slice(start).map((l) => {
    const f = l.trim().split(/\s+/);
    return { id: f[idField], day: dayNumber(f[dateField]), value: Number(f[valueField]) };
  });
  for (const r of raw) if (!ids.has(r.id)) ids.set(r.id, ids.size);
  return {
    customer: Int32Array.from(raw, (r) => ids.get(r.id)!),
    day: Float64Array.from(raw, (r) => r.day),
    spend: Float64Array.from(raw, (r) => r.value),
    customers: ids.size,
    raw,
  };
}
