import type { Table } from 'apache-arrow';
import type { ExcludedLines, ItemLevel, ItemRef } from '../../../shared/products';
import type { RoleMapping } from '../../../shared/roles';
import { columnIndex } from '../features/role-numbers';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { columnTexts } from '../table/column-texts';
import { floatCodes } from '../table/float-codes';
import { nonProductMatcher } from './non-product-codes';

/** The items of a dataset's rows at one level: each row's item (-1: none, or not a product), the items' keys and names. */
export interface ItemLines {
  level: ItemLevel;
  /** Per row: the item's index in `items`, or -1 (empty cell, or a code that is not a product). */
  item: Int32Array;
  items: ItemRef[];
  /** Lines left out as not products (null at the category level, where nothing is left out). */
  excluded: ExcludedLines | null;
}

/** A column's cells as codes 0 … texts − 1 (-1: empty) and each code's text. */
export function codedColumn(table: Table, index: number): { codes: Int32Array; texts: string[] } {
  const arrays = columnArrays(table, index);
  if (arrays.type === 'dictionary') return { codes: arrays.codes, texts: dictionaryTexts(arrays.dictionary) };
  if (arrays.type === 'number') {
    const coded = floatCodes(arrays.values)!;
    return { codes: coded.codes, texts: Array.from(coded.firsts, (r) => String(arrays.values[r])) };
  }
  const cells = columnTexts(table, index);
  const seen = new Map<string, number>();
  const codes = new Int32Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const text = cells[r];
    if (text === null) codes[r] = -1;
    else {
      let code = seen.get(text);
      if (code === undefined) seen.set(text, (code = seen.size));
      codes[r] = code;
    }
  }
  return { codes, texts: [...seen.keys()] };
}

/** The column whose values are the items at `level`, and the one that names them (product ids by their product names). */
export function itemColumns(roles: RoleMapping, level: ItemLevel): { key: string; name: string | null } | null {
  if (level === 'category') return roles.category ? { key: roles.category, name: null } : null;
  if (roles.productId) return { key: roles.productId, name: roles.productName ?? null };
  return roles.productName ? { key: roles.productName, name: null } : null;
}

/**
 * Each row's item at `level`: products keyed by the product id (named by the description most
 * of its lines carry; ties go to the alphabetically first), else by the product name; categories
 * by the category. Keys are trimmed, so "POST" and "POST " are one item; rows whose product code
 * matches `nonProducts` are left out and counted (with their spend, when given). Null when the
 * dataset has no column for the level.
 */
export function itemLines(
  table: Table,
  roles: RoleMapping,
  level: ItemLevel,
  nonProducts: readonly string[],
  spend: Float64Array | null = null,
): ItemLines | null {
  const columns = itemColumns(roles, level);
  const keyIndex = columns ? columnIndex(table, columns.key) : -1;
  if (!columns || keyIndex < 0) return null;
  const { codes, texts } = codedColumn(table, keyIndex);
  const isNonProduct = level === 'product' ? nonProductMatcher(nonProducts) : () => false;
  // Raw code → item index (-1: empty after trimming, or not a product; -2 - k: the k-th excluded code).
  const itemOf = new Int32Array(texts.length);
  const keys = new Map<string, number>();
  const excludedKeys = new Map<string, number>();
  for (let c = 0; c < texts.length; c++) {
    const key = texts[c].trim();
    if (key === '') itemOf[c] = -1;
    else if (isNonProduct(key)) {
      let k = excludedKeys.get(key);
      if (k === undefined) excludedKeys.set(key, (k = excludedKeys.size));
      itemOf[c] = -2 - k;
    } else {
      let k = keys.get(key);
      if (k === undefined) keys.set(key, (k = keys.size));
      itemOf[c] = k;
    }
  }
  const item = new Int32Array(codes.length);
  const excludedLines = new Float64Array(excludedKeys.size);
  const excludedSpend = new Float64Array(excludedKeys.size);
  for (let r = 0; r < codes.length; r++) {
    const c = codes[r];
    const i = c < 0 ? -1 : itemOf[c];
    if (i <= -2) {
      excludedLines[-2 - i]++;
      const s = spend ? spend[r] : 0;
      if (s === s) excludedSpend[-2 - i] += s;
    }
    item[r] = i < 0 ? -1 : i;
  }
  const keyList = [...keys.keys()];
  const nameIndex = columns.name === null ? -1 : columnIndex(table, columns.name);
  const names = nameIndex < 0 ? keyList : mostFrequentNames(table, nameIndex, item, keyList);
  // Most lines first; codes of the column's dictionary that no kept line carries (the import dropped their rows) are not listed.
  const codesOut = [...excludedKeys.keys()]
    .map((key, k) => ({ key, name: key, lines: excludedLines[k], revenue: excludedSpend[k] }))
    .filter((c) => c.lines > 0)
    .sort((a, b) => b.lines - a.lines || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    level,
    item,
    items: keyList.map((key, k) => ({ key, name: names[k] })),
    excluded:
      level === 'product'
        ? {
            codes: codesOut,
            lines: codesOut.reduce((s, c) => s + c.lines, 0),
            revenue: codesOut.reduce((s, c) => s + c.revenue, 0),
          }
        : null,
  };
}

/** Each item's most frequent (trimmed, non-empty) name; ties to the alphabetically first; the key when it has none. */
function mostFrequentNames(table: Table, nameIndex: number, item: Int32Array, keys: string[]): string[] {
  const { codes, texts } = codedColumn(table, nameIndex);
  const trimmed = texts.map((t) => t.trim());
  const counts = new Map<number, number>();
  const width = texts.length;
  for (let r = 0; r < item.length; r++) {
    const i = item[r];
    const n = codes[r];
    if (i < 0 || n < 0 || trimmed[n] === '') continue;
    const pair = i * width + n;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  // Names that differ only by trailing spaces count as one.
  const perItem = keys.map(() => new Map<string, number>());
  for (const [pair, count] of counts) {
    const name = trimmed[pair % width];
    const m = perItem[Math.floor(pair / width)];
    m.set(name, (m.get(name) ?? 0) + count);
  }
  return perItem.map((m, k) => {
    let best = keys[k];
    let most = 0;
    for (const [name, count] of m)
      if (count > most || (count === most && name < best)) {
        best = name;
        most = count;
      }
    return best;
  });
}
