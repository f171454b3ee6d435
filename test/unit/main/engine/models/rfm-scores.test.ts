import { describe, expect, it } from 'vitest';
import { applyScoreTable } from '../../../../../src/main/engine/models/rfm';
import { fixedBins, quantileBins } from '../../../../../src/main/engine/models/rfm-scores';
import { ELEVEN_SEGMENTS } from '../../../../../src/shared/rfm-schemes';

describe('RFM bins at the edges of doubles', () => {
  it('puts an amount of 2^53 and more in the top bin, where max + 1 is the max itself', () => {
    const values = new Float64Array([10, 20, 30, 40, 2e16]);
    expect(2e16 + 1).toBe(2e16);
    // Type 7 at 0.8: (5 − 1) · 0.8 = 3.2 → 40 + 0.2 · (2e16 − 40), as doubles compute it; then + 1.
    const top = 40 + ((5 - 1) * 0.8 - 3) * (2e16 - 40) + 1;
    const { scores, bins } = quantileBins(values, 5, false);
    expect(Array.from(scores)).toEqual([1, 2, 3, 4, 5]);
    expect(bins.lower).toEqual([10, 19, 27, 35, top]);
    expect(bins.upper).toEqual([19, 27, 35, top, 2e16]);
    expect(bins.customers).toEqual([1, 1, 1, 1, 1]);
    expect(bins.empty).toEqual([]);
  });

  it('puts an infinite value in the top bin (reversed: score 1 for recency)', () => {
    const values = new Float64Array([1, 2, 3, 4, Infinity]);
    expect(Array.from(quantileBins(values, 5, false).scores)).toEqual([1, 1, 2, 3, 5]);
    expect(Array.from(quantileBins(values, 5, true).scores)).toEqual([5, 5, 4, 3, 1]);
  });

  it('holds every value in the user’s cut points too', () => {
    const { scores, bins } = fixedBins(new Float64Array([5, 50, 9e15, 2e16]), [10, 100], false);
    expect(Array.from(scores)).toEqual([1, 2, 3, 3]);
    expect(bins.customers).toEqual([1, 1, 2]);
  });

  it('refuses a score outside 1…5 as an internal error, never a segment', () => {
    const ok = new Uint8Array([5, 1]);
    expect(applyScoreTable(ELEVEN_SEGMENTS, ok, ok, ok).segment).toEqual(new Int32Array([0, 10]));
    expect(() => applyScoreTable(ELEVEN_SEGMENTS, ok, ok, new Uint8Array([0, 1]))).toThrowError(
      expect.objectContaining({ code: 'E_INTERNAL', details: { customer: 0, scores: [5, 5, 0] } }),
    );
    expect(() => applyScoreTable(ELEVEN_SEGMENTS, new Uint8Array([6, 1]), ok, ok)).toThrowError(
      expect.objectContaining({ code: 'E_INTERNAL' }),
    );
  });
});
