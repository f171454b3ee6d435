import { describe, expect, it } from 'vitest';
import { columnStats } from '../../../../../src/main/engine/explore/column-stats';
import { toColumnInfo, toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { readCsvText } from '../../../../helpers/csv-text';

/** Stats of every column but the first (a row key, so that a row of empty cells is not a blank line). */
async function statsOf(text: string, types = {}) {
  const typed = toTypedTable(await readCsvText(text), types);
  return columnStats(typed.table, typed.columns.map(toColumnInfo).slice(1));
}

describe('columnStats', () => {
  it('gives a number column’s missing count, range, mean and 20 equal-width bins', async () => {
    const [amount] = await statsOf('k,amount\na,0\nb,10\nc,\nd,20\ne,20\n');
    expect({ ...amount, histogram: undefined }).toEqual({
      name: 'amount',
      missing: 1,
      distinct: null,
      min: 0,
      max: 20,
      mean: 12.5,
      histogram: undefined,
      top: [],
    });
    expect(amount.histogram).toHaveLength(20);
    expect(amount.histogram[0]).toEqual({ from: 0, to: 1, count: 1 });
    expect(amount.histogram[10]).toEqual({ from: 10, to: 11, count: 1 });
    // The highest value falls in the last bin, which ends at the maximum.
    expect(amount.histogram[19]).toEqual({ from: 19, to: 20, count: 2 });
    expect(amount.histogram.reduce((s, b) => s + b.count, 0)).toBe(4);
  });

  it('gives one bin when every value is the same, and only a missing count when there is none', async () => {
    const [same, none] = await statsOf('k,same,none\na,7,\nb,7,\n', { none: 'integer' });
    expect(same.histogram).toEqual([{ from: 7, to: 7, count: 2 }]);
    expect(same.mean).toBe(7);
    expect(none).toMatchObject({ missing: 2, min: null, max: null, mean: null, histogram: [] });
  });

  it('gives a text column’s distinct count and its most common values, ties in order of first appearance', async () => {
    const [city] = await statsOf('k,city\na,Paris\nb,Lyon\nc,\nd,Lyon\ne,Nice\nf,Paris\ng,Brest\n', {
      city: 'category',
    });
    expect(city).toMatchObject({ missing: 1, distinct: 4, min: null, histogram: [] });
    expect(city.top).toEqual([
      { value: 'Paris', count: 2 },
      { value: 'Lyon', count: 2 },
      { value: 'Nice', count: 1 },
      { value: 'Brest', count: 1 },
    ]);
  });

  it('counts true and false in a boolean column', async () => {
    const [vip] = await statsOf('k,vip\na,true\nb,false\nc,true\nd,\n', { vip: 'boolean' });
    expect(vip).toMatchObject({
      missing: 1,
      distinct: 2,
      top: [
        { value: 'true', count: 2 },
        { value: 'false', count: 1 },
      ],
    });
  });
});
