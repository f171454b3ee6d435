import { describe, expect, it } from 'vitest';
import { defaultPair } from '../../../../src/renderer/src/pages/compare/default-pair';

describe('the pair the Compare page starts with', () => {
  it('the two most recent runs of one model, not CLV → RFM', () => {
    const runs = [
      { id: 1, model: 'rfm' },
      { id: 2, model: 'rfm' },
      { id: 3, model: 'clv' },
    ];
    expect(defaultPair(runs)).toEqual({ from: 1, to: 2 });
    expect(defaultPair([...runs, { id: 4, model: 'rfm' }])).toEqual({ from: 2, to: 4 });
    expect(defaultPair([...runs, { id: 4, model: 'clv' }])).toEqual({ from: 3, to: 4 });
  });

  it('no two runs of one model: the newest alone; no runs: nothing', () => {
    expect(
      defaultPair([
        { id: 1, model: 'rfm' },
        { id: 2, model: 'clv' },
      ]),
    ).toEqual({ from: 2, to: undefined });
    expect(defaultPair([])).toEqual({ from: undefined, to: undefined });
  });
});
