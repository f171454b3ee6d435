import { AppError } from '../../../shared/errors';
import type { CrossSellSpec, ItemRef } from '../../../shared/products';
import type { UnitRows } from './unit-rows';

/** What a cross-sell list is found in: each row's item at the list's level, the items, the run's counted lines by member and each member's segment. */
export interface CrossSellBase {
  /** Per row: the item's index in `items` (-1: none, or not a product). */
  item: Int32Array;
  items: readonly ItemRef[];
  units: UnitRows;
  segmentOf: Int32Array;
}

/** The items of a list as the data names them, and the index of each. */
export interface ResolvedItems {
  refs: ItemRef[];
  index: number[];
}

/**
 * The data's items for the items a list names: by key (as given, then in any case), else by name
 * in any case (a name several codes carry means the first of them). Items the data does not have
 * (or that are not products) are E_INVALID_INPUT naming them.
 */
export function resolveItems(items: readonly ItemRef[], wanted: readonly ItemRef[]): ResolvedItems {
  const byKey = new Map<string, number>();
  const byLowerKey = new Map<string, number>();
  const byName = new Map<string, number>();
  items.forEach((it, i) => {
    byKey.set(it.key, i);
    if (!byLowerKey.has(it.key.toLowerCase())) byLowerKey.set(it.key.toLowerCase(), i);
    if (!byName.has(it.name.toLowerCase())) byName.set(it.name.toLowerCase(), i);
  });
  const index: number[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    const key = w.key.trim();
    const i = byKey.get(key) ?? byLowerKey.get(key.toLowerCase()) ?? byName.get((w.name || key).trim().toLowerCase());
    if (i === undefined) unknown.push(key || w.name);
    else index.push(i);
  }
  if (unknown.length > 0)
    throw new AppError(
      'E_INVALID_INPUT',
      `This dataset has no item ${unknown.map((u) => `"${u}"`).join(', ')} (or it is not a product).`,
      { unknownItems: unknown },
    );
  return { refs: index.map((i) => items[i]), index };
}

/** A spec's items resolved against the data; an item both bought and not bought is E_INVALID_INPUT. */
export function resolveSpec(
  items: readonly ItemRef[],
  spec: CrossSellSpec,
): { spec: CrossSellSpec; bought: number[]; notBought: number[] } {
  const bought = resolveItems(items, spec.bought);
  const notBought = resolveItems(items, spec.notBought);
  const both = bought.index.filter((i) => notBought.index.includes(i));
  if (both.length > 0)
    throw new AppError(
      'E_INVALID_INPUT',
      `A list cannot ask for customers who bought and did not buy the same item: ${both.map((i) => `"${items[i].key}"`).join(', ')}.`,
      { bothItems: both.map((i) => items[i].key) },
    );
  return {
    spec: { ...spec, bought: dedupe(bought.refs), notBought: dedupe(notBought.refs) },
    bought: [...new Set(bought.index)],
    notBought: [...new Set(notBought.index)],
  };
}

const dedupe = (refs: ItemRef[]) => refs.filter((r, i) => refs.findIndex((s) => s.key === r.key) === i);

/**
 * The members (row numbers in the run's members, ascending) of `segment` (null: every segment)
 * whose counted lines hold every item of `bought` and none of `notBought`.
 */
export function crossSellRows(
  base: CrossSellBase,
  segment: number | null,
  bought: readonly number[],
  notBought: readonly number[],
): Uint32Array {
  const { item, units, segmentOf } = base;
  // Each item's place in the list: 0 … 19 a bought item's bit, -2 not to be bought, -1 neither.
  const slot = new Int32Array(base.items.length).fill(-1);
  bought.forEach((i, b) => {
    slot[i] = b;
  });
  for (const i of notBought) slot[i] = -2;
  const all = (1 << bought.length) - 1;
  const out: number[] = [];
  for (let u = 0; u < segmentOf.length; u++) {
    if (segment !== null && segmentOf[u] !== segment) continue;
    let has = 0;
    let excluded = false;
    for (let k = units.start[u]; k < units.start[u + 1] && !excluded; k++) {
      const i = item[units.rows[k]];
      if (i < 0) continue;
      const s = slot[i];
      if (s === -2) excluded = true;
      else if (s >= 0) has |= 1 << s;
    }
    if (!excluded && has === all) out.push(u);
  }
  return Uint32Array.from(out);
}
