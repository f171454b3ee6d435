import type { Utf8Buffers } from '../table/column-arrays';

/**
 * Which order ids of a dictionary are cancellations: the prefix followed by a digit (C536379),
 * tested on the UTF-8 bytes. 1 per cancelled entry.
 */
export function cancelledOrders(dictionary: Utf8Buffers, prefix: string): Uint8Array {
  const head = new TextEncoder().encode(prefix);
  const { size, offsets, bytes } = dictionary;
  const cancelled = new Uint8Array(size);
  for (let e = 0; e < size; e++) {
    const start = offsets[e];
    if (offsets[e + 1] - start <= head.length) continue;
    let match = true;
    for (let k = 0; k < head.length && match; k++) match = bytes[start + k] === head[k];
    const next = bytes[start + head.length];
    cancelled[e] = match && next >= 48 && next <= 57 ? 1 : 0;
  }
  return cancelled;
}
