import { describe, expect, it } from 'vitest';
import { parseEdges } from '../../../../src/renderer/src/components/rule-builder/parse-edges';

describe('parseEdges', () => {
  it('reads edges between commas, semicolons, full-width ones and spaces', () => {
    expect(parseEdges('18, 26, 36, 46, 56')).toEqual([18, 26, 36, 46, 56]);
    expect(parseEdges('18；26，36 46;56')).toEqual([18, 26, 36, 46, 56]);
    expect(parseEdges(' 0.5,  1e3 ')).toEqual([0.5, 1000]);
    expect(parseEdges('-10 0 10')).toEqual([-10, 0, 10]);
  });

  it('refuses edges that do not increase, are not numbers, or are not there', () => {
    expect(parseEdges('18, 18, 26')).toBeNull();
    expect(parseEdges('26, 18')).toBeNull();
    expect(parseEdges('18, abc')).toBeNull();
    expect(parseEdges('')).toBeNull();
    expect(parseEdges(' , ; ')).toBeNull();
    expect(parseEdges(undefined)).toBeNull();
  });
});
