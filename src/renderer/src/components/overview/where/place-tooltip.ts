import { escapeHtml } from '../../../../../shared/escape-html';
import type { PlaceRow } from './place-rows';

/** The words and number formats a place's tooltip and table need, in the UI language. */
export interface PlaceWords {
  customers: string;
  orders: string;
  revenue: string;
  share: string;
  int(n: number): string;
  money(n: number): string;
  pct(n: number): string;
}

/** A place's figures as its tooltip: the name in bold, then customers (when known), orders, revenue and share of revenue. */
export function placeTooltip(row: PlaceRow, words: PlaceWords): string {
  const lines = [
    `<b>${escapeHtml(row.label)}</b>`,
    ...(row.customers === null ? [] : [`${words.customers}: ${words.int(row.customers)}`]),
    `${words.orders}: ${words.int(row.orders)}`,
    `${words.revenue}: ${words.money(row.revenue)}`,
    `${words.share}: ${words.pct(row.share)}`,
  ];
  return lines.join('<br/>');
}
