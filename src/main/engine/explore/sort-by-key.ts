const DIGIT = 16;
const BUCKETS = 1 << DIGIT;
const MASK = BUCKETS - 1;

/**
 * `rows` ordered by their number in `key` (indexed by row), ascending or descending, missing
 * values (NaN) last; rows with equal keys keep the order they came in (callers pass ascending row
 * numbers, so ties go by row number), and 0 equals -0. The order of
 * `Array.prototype.sort` with that comparison, found without comparing: the keys' bits made to
 * sort as unsigned integers, then a stable least-significant-digit radix sort in four passes of
 * 16 bits (a pass is skipped when every key has the same digit there). 10^6 rows: tens of
 * milliseconds instead of 20 million comparisons.
 */
export function sortByKey(rows: Int32Array, key: Float64Array, desc = false): Int32Array {
  const n = rows.length;
  let present = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(key[rows[i]])) present++;
  const out = new Int32Array(n);
  // Keys of the rows with a value, in the rows' order, as sortable bits: -0 made 0, negated for
  // descending; then negative numbers' bits all flipped and positive numbers' sign bit set.
  const values = new Float64Array(present);
  let order = new Int32Array(present); // the rows with a value, carried through the passes
  for (let i = 0, p = 0, m = present; i < n; i++) {
    const v = key[rows[i]];
    if (Number.isNaN(v)) out[m++] = rows[i];
    else {
      order[p] = rows[i];
      values[p++] = (desc ? -v : v) + 0;
    }
  }
  const words = new Uint32Array(values.buffer); // little-endian: low word at 2i, high word at 2i + 1
  let low = new Uint32Array(present);
  let high = new Uint32Array(present);
  // Every pass's digit counts in the same read.
  const counts = new Int32Array(4 * BUCKETS);
  for (let i = 0; i < present; i++) {
    const negative = words[2 * i + 1] >>> 31 === 1;
    const l = (negative ? ~words[2 * i] : words[2 * i]) >>> 0;
    const h = (negative ? ~words[2 * i + 1] : words[2 * i + 1] | 0x80000000) >>> 0;
    low[i] = l;
    high[i] = h;
    counts[l & MASK]++;
    counts[BUCKETS + (l >>> DIGIT)]++;
    counts[2 * BUCKETS + (h & MASK)]++;
    counts[3 * BUCKETS + (h >>> DIGIT)]++;
  }
  // Each pass reads the keys in the order so far and writes them, with their positions, in the
  // next order: sequential reads (carrying the keys along is 4× faster than looking them up by row).
  let low2 = new Uint32Array(present);
  let high2 = new Uint32Array(present);
  let order2 = new Int32Array(present);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    const shift = (pass & 1) * DIGIT;
    const digits = pass < 2 ? low : high;
    // All keys alike in this digit: the pass would not move anything.
    if (present === 0 || counts[base + ((digits[0] >>> shift) & MASK)] === present) continue;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      counts[base + b] = start;
      start += c;
    }
    for (let i = 0; i < present; i++) {
      const at = counts[base + ((digits[i] >>> shift) & MASK)]++;
      low2[at] = low[i];
      high2[at] = high[i];
      order2[at] = order[i];
    }
    [low, low2] = [low2, low];
    [high, high2] = [high2, high];
    [order, order2] = [order2, order];
  }
  out.set(order);
  return out;
}

/**
 * The first `count` rows of sortByKey's order, without ordering the rest: one pass keeping the
 * best `count` in a heap (the worst of them on top), then those sorted. For the first page of a
 * sort: 10^6 rows in a few milliseconds where the whole order takes tens.
 */
export function firstByKey(rows: Int32Array, key: Float64Array, count: number, desc = false): Int32Array {
  // a before b in sortByKey's order (rows come in ascending order, so ties go by row number).
  const before = (a: number, b: number) => {
    const x = key[a];
    const y = key[b];
    if (Number.isNaN(x)) return Number.isNaN(y) && a < b;
    if (Number.isNaN(y)) return true;
    if (x === y) return a < b;
    return desc ? x > y : x < y;
  };
  const heap = new Int32Array(Math.min(count, rows.length));
  let size = 0;
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const child = left + 1 < size && before(heap[left], heap[left + 1]) ? left + 1 : left;
      if (!before(heap[at], heap[child])) return;
      [heap[at], heap[child]] = [heap[child], heap[at]];
      at = child;
    }
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (size < heap.length) {
      // Up from the bottom while it comes after its parent.
      let at = size++;
      heap[at] = row;
      while (at > 0 && before(heap[(at - 1) >> 1], row)) {
        heap[at] = heap[(at - 1) >> 1];
        at = (at - 1) >> 1;
        heap[at] = row;
      }
    } else if (size > 0 && before(row, heap[0])) {
      heap[0] = row;
      siftDown(0);
    }
  }
  return Int32Array.from(Array.from(heap).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)));
}
