import { describe, expect, it } from 'vitest';
import { cancelledOrders } from '../../../../../src/main/engine/quality/cancelled-orders';

/** A dictionary of texts as the importer stores it: UTF-8 bytes and offsets. */
function dictionary(texts: string[]) {
  const encoded = texts.map((t) => new TextEncoder().encode(t));
  const offsets = new Int32Array(texts.length + 1);
  encoded.forEach((b, i) => (offsets[i + 1] = offsets[i] + b.length));
  const bytes = new Uint8Array(offsets[texts.length]);
  encoded.forEach((b, i) => bytes.set(b, offsets[i]));
  return { size: texts.length, offsets, bytes };
}

describe('cancelledOrders', () => {
  it('marks the ids that are the prefix followed by a digit', () => {
    const d = dictionary(['C536379', 'C', 'CX1', '536379', 'c1', 'C9']);
    expect([...cancelledOrders(d, 'C')]).toEqual([1, 0, 0, 0, 0, 1]);
  });

  it('takes a longer or non-ASCII prefix, compared on the bytes', () => {
    const d = dictionary(['退1', '退款2', 'RET7', 'RE7']);
    expect([...cancelledOrders(d, '退')]).toEqual([1, 0, 0, 0]);
    expect([...cancelledOrders(d, 'RET')]).toEqual([0, 0, 1, 0]);
  });
});
