import type { Table } from 'apache-arrow';
import type { ExcludedLines, LevelItems } from '../../../shared/products';
import type { RoleMapping } from '../../../shared/roles';
import { ITEM_LEVELS } from '../../../shared/products';
import { purchaseRows } from '../features/purchase-rows';
import { itemLines } from './item-lines';
import { levelCounts } from './level-counts';
import { rankLevel } from './rank-level';
import { unitRows } from './unit-rows';
import { mapInt32 } from '../table/map-typed';

/** The windows (days before the analysis day) of the items a segment stopped buying. */
export const STOPPED_WINDOWS = [90, 180] as const;

/** A run's members as products per segment reads them: each member's customer id and segment. */
export interface RunMembers {
  ids: readonly string[];
  segment: Int32Array;
  segments: number;
}

export interface SegmentProductsInput {
  table: Table;
  roles: RoleMapping;
  members: RunMembers;
  /** The run's analysis day (UTC ms of its midnight): lines on or after it do not count (NaN: the day after the last line). */
  analysisDate: number;
  nonProducts: readonly string[];
}

export interface SegmentProducts {
  product: LevelItems | null;
  category: LevelItems | null;
  excluded: ExcludedLines | null;
}

/** Each row's member row in the run (-1: its customer is not a member), by customer id. */
export function memberOfRows(customer: Int32Array, ids: readonly string[], members: readonly string[]): Int32Array {
  const rowOfId = new Map<string, number>();
  members.forEach((id, u) => rowOfId.set(id, u));
  const memberOfCode = mapInt32(ids, (id) => rowOfId.get(id) ?? -1);
  const out = new Int32Array(customer.length);
  for (let r = 0; r < out.length; r++) out[r] = customer[r] < 0 ? -1 : memberOfCode[customer[r]];
  return out;
}

/** The UTC day number after the last dated line. */
function dayAfterLast(day: Float64Array): number {
  let last = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < day.length; r++) if (day[r] > last) last = day[r];
  return last + 1;
}

/**
 * What each segment of a run buys, at each level the dataset has (product, category): its top
 * items by revenue and by buyers with their lift against all the run's customers, the items that
 * set it apart and those it stopped buying. Counts the lines of the run's members dated before the
 * analysis day; non-product codes are left out (and counted in `excluded`).
 */
export function segmentProducts(input: SegmentProductsInput): SegmentProducts {
  const { table, roles, members } = input;
  const rows = purchaseRows(table, roles);
  const member = memberOfRows(rows.customer, rows.ids(), members.ids);
  const analysisDay = Number.isFinite(input.analysisDate)
    ? Math.floor(input.analysisDate / 86_400_000)
    : dayAfterLast(rows.day);
  const units = unitRows(member, rows.day, members.ids.length, analysisDay);
  const out: SegmentProducts = { product: null, category: null, excluded: null };
  for (const level of ITEM_LEVELS) {
    const lines = itemLines(table, roles, level, input.nonProducts, rows.spend);
    if (!lines) continue;
    if (lines.excluded) out.excluded = lines.excluded;
    const counts = levelCounts({
      item: lines.item,
      items: lines.items.length,
      units,
      segmentOf: members.segment,
      segments: members.segments,
      day: rows.day,
      spend: rows.spend,
      analysisDay,
      windows: STOPPED_WINDOWS,
    });
    out[level] = rankLevel(level, counts, lines.items);
  }
  return out;
}
