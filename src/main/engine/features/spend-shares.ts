import type { Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { columnIndex } from './role-numbers';
import { roundSpend } from './round-spend';

/** Per-category (or per-channel) share of each customer's spend. */
export interface SpendShares {
  role: 'category' | 'channel';
  column: string;
  values: string[];
  /** shares[v][c]: customer c's spend on value v over their total spend (NaN without spend). */
  shares: Float64Array[];
}

/**
 * Each kept customer's share of spend per category and per channel (the roles that are mapped
 * to text columns). `customer` is each row's customer (-1: not counted), `keep` the customers
 * kept (positions into 0 … size − 1), `monetary` their total spend (rounded as each value's spend is).
 */
export function spendShares(
  table: Table,
  roles: RoleMapping,
  customer: Int32Array,
  spend: Float64Array,
  keep: Int32Array,
  size: number,
  monetary: Float64Array,
): SpendShares[] {
  const n = table.numRows;
  const m = keep.length;
  const position = new Int32Array(size).fill(-1);
  for (let k = 0; k < m; k++) position[keep[k]] = k;
  const out: SpendShares[] = [];
  for (const role of ['category', 'channel'] as const) {
    const index = columnIndex(table, roles[role]);
    if (index < 0) continue;
    const arrays = columnArrays(table, index);
    if (arrays.type !== 'dictionary') continue;
    const values = dictionaryTexts(arrays.dictionary);
    const v = values.length;
    // Value-major (a value's customers side by side), each value's spend then divided in place into
    // its shares. Plain loops, and no write outside the arrays (a customer left out is skipped).
    const { codes } = arrays;
    const spent = new Float64Array(m * v);
    for (let r = 0; r < n; r++) {
      const c = customer[r];
      if (c < 0) continue;
      const at = position[c];
      const code = codes[r];
      const s = spend[r];
      if (at >= 0 && code >= 0 && s === s) spent[code * m + at] += s;
    }
    const shares = values.map((_, e) => {
      const share = spent.subarray(e * m, (e + 1) * m);
      for (let k = 0; k < m; k++) share[k] = monetary[k] !== 0 ? roundSpend(share[k]) / monetary[k] : Number.NaN;
      return share;
    });
    out.push({ role, column: roles[role]!, values, shares });
  }
  return out;
}
