import { describe, expect, it } from 'vitest';
import { tiedScores } from '../../../../src/renderer/src/pages/segments/tied-scores';

describe('scores that ties left empty, in figures a sentence can say', () => {
  it('the UK Excel sample (RFM, 5 quantile scores): 62 % bought once or twice, F tells 4 groups apart', () => {
    const frequency = {
      lower: [1, 2, 2, 3, 5],
      upper: [2, 2, 3, 5, 141],
      scores: [1, 2, 3, 4, 5],
      customers: [1505, 0, 726, 698, 662],
      empty: [2],
    };
    expect(tiedScores(frequency)).toEqual({ groups: 4, empty: [2], share: 2231 / 3591, lo: 1, hi: 2 });
  });

  it('nothing when every score has customers', () => {
    expect(
      tiedScores({ lower: [1, 19], upper: [19, 375], scores: [2, 1], customers: [700, 710], empty: [] }),
    ).toBeNull();
  });
});
