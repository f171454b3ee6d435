export interface FloatCodes {
  /** Per row, the code of its value (equal bits, equal code); -1 for NaN (an empty cell). */
  codes: Int32Array;
  /** Per code, the first row holding that value. */
  firsts: Int32Array;
  size: number;
}

/**
 * Dictionary-codes a column of doubles by their bits (open addressing over the two 32-bit
 * words of each value; no allocation per row). With `stopAtRepeat` it returns null at the
 * first value seen twice.
 */
export function floatCodes(values: Float64Array, stopAtRepeat = false): FloatCodes | null {
  return denseIntegerCodes(values, stopAtRepeat) ?? hashedCodes(values, stopAtRepeat);
}

/**
 * Is every value (NaN aside) different from every other? Whole numbers in a range at most
 * twice the row count (order numbers) are ticked off in a byte per number; others are hashed.
 */
export function allDistinct(values: Float64Array): boolean {
  const range = integerRange(values);
  if (!range) return floatCodes(values, true) !== null;
  const seen = new Uint8Array(range.max - range.min + 1);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (v !== v) continue;
    const at = v - range.min;
    if (seen[at]) return false;
    seen[at] = 1;
  }
  return true;
}

/** The least and greatest value when all are whole numbers (NaN aside) spanning at most max(2n, 65536); else null. */
export function integerRange(values: Float64Array): { min: number; max: number } | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (v !== v) continue;
    if (v !== Math.floor(v) || (v === 0 && 1 / v < 0)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: 0, max: -1 }; // no value
  return max - min < Math.max(2 * n, 1 << 16) ? { min, max } : null;
}

/**
 * The same codes for whole numbers in a range at most twice the row count (customer and order
 * numbers usually are): a direct lookup table instead of hashing. undefined when not so.
 */
function denseIntegerCodes(values: Float64Array, stopAtRepeat: boolean): FloatCodes | null | undefined {
  const n = values.length;
  const range = integerRange(values);
  if (!range) return undefined;
  const { min, max } = range;
  const table = new Int32Array(Math.max(0, max - min + 1)).fill(-1);
  const codes = new Int32Array(n);
  const firsts = new Int32Array(Math.min(n, max - min + 1) || 1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (v !== v) {
      codes[r] = -1;
      continue;
    }
    const at = v - min;
    let code = table[at];
    if (code < 0) {
      code = table[at] = size;
      firsts[size++] = r;
    } else if (stopAtRepeat) return null;
    codes[r] = code;
  }
  return { codes, firsts: firsts.subarray(0, size), size };
}

function hashedCodes(values: Float64Array, stopAtRepeat: boolean): FloatCodes | null {
  const n = values.length;
  const words = new Int32Array(values.buffer, values.byteOffset, n * 2);
  let capacity = 1024;
  while (capacity < n * 2) capacity <<= 1;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const codes = new Int32Array(n);
  const firsts = new Int32Array(n || 1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (v !== v) {
      codes[r] = -1;
      continue;
    }
    const lo = words[2 * r];
    const hi = words[2 * r + 1];
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    let slot = h & mask;
    for (;;) {
      const code = slots[slot];
      if (code === -1) {
        firsts[size] = r;
        slots[slot] = size;
        codes[r] = size++;
        break;
      }
      const other = firsts[code];
      if (words[2 * other] === lo && words[2 * other + 1] === hi) {
        if (stopAtRepeat) return null;
        codes[r] = code;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { codes, firsts: firsts.subarray(0, size), size };
}
