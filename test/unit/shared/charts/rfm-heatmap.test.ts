import { describe, expect, it } from 'vitest';
import { buildRfmHeatmapOption } from '../../../../src/shared/charts/build-rfm-options';

describe('the R × F heatmap', () => {
  it('leaves out a score ties gave to no customer (the UK Excel sample’s F score 2), no empty column', () => {
    // Customers by R (rows, 1 to 5) and F (columns, 1 to 5) of the UK sample, RFM with 5 quantile scores.
    const customers = [
      [572, 0, 104, 33, 9],
      [342, 0, 189, 140, 39],
      [293, 0, 161, 161, 90],
      [189, 0, 149, 175, 175],
      [109, 0, 123, 189, 349],
    ];
    const option = buildRfmHeatmapOption(
      { customers, meanMonetary: customers.map((row) => row.map(() => null)), histograms: {} as never },
      'customers',
      { r: 'R', f: 'F', value: 'Customers', format: String },
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['1', '3', '4', '5']);
    expect((option.yAxis as { data: string[] }).data).toEqual(['1', '2', '3', '4', '5']);
    const data = (option.series as { data: number[][] }[])[0].data;
    expect(data).toHaveLength(20);
    expect(data.slice(0, 4)).toEqual([
      [0, 0, 572],
      [1, 0, 104],
      [2, 0, 33],
      [3, 0, 9],
    ]);
  });
});
