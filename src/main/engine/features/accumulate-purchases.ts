/**
 * One pass over the rows that count (a customer and a date): rows, spend, first and last date
 * per customer, and each row's customer (-1: not counted; never written into `codes`).
 */
export function accumulatePurchases(
  codes: Int32Array,
  dates: Float64Array,
  spend: Float64Array,
  size: number,
  from: number,
  before: number,
) {
  const n = codes.length;
  const transactions = new Float64Array(size);
  const monetary = new Float64Array(size);
  const first = new Float64Array(size).fill(Infinity);
  const last = new Float64Array(size).fill(-Infinity);
  let maxDate = -Infinity;
  let spendSeen = 0;
  let undated = 0;
  for (let r = 0; r < n; r++) {
    const d = dates[r];
    const c = codes[r];
    if (d !== d) {
      undated++;
      continue;
    }
    if (c < 0 || d >= before || d < from) continue;
    transactions[c]++;
    const s = spend[r];
    if (s === s) {
      monetary[c] += s;
      spendSeen++;
    }
    if (d < first[c]) first[c] = d;
    if (d > last[c]) last[c] = d;
    if (d > maxDate) maxDate = d;
  }
  // The customer each counted row belongs to: the codes themselves when every row has a date within the limits.
  let customer = codes;
  if (undated > 0 || before < Infinity || from > -Infinity) {
    customer = new Int32Array(n);
    for (let r = 0; r < n; r++) customer[r] = dates[r] < before && dates[r] >= from ? codes[r] : -1;
  }
  return { transactions, monetary, first, last, customer, maxDate, spendSeen, undated };
}
