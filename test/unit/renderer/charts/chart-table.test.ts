import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildHistogramOption, buildTopValuesOption } from '../../../../src/renderer/src/charts/build-histogram-option';
import { chartTable } from '../../../../src/renderer/src/charts/chart-table';
import { amountStats } from './column-stats-fixture';

const labels = { category: 'Category', value: 'Value', from: 'From', to: 'To', series: 'Series' };
const oneDecimal = (v: number) => v.toFixed(1);
const stats = amountStats;

describe('chartTable', () => {
  it('reads a bar chart one row per category, the value column named after the value axis', () => {
    const option = buildHistogramOption(stats, { edge: (v) => `${v}`, rows: 'Rows' });
    expect(chartTable(option, oneDecimal, labels)).toEqual({
      kind: 'bar',
      columns: ['Category', 'Rows'],
      rows: [
        { label: '0 – 10', cells: ['5.0'] },
        { label: '10 – 20', cells: ['3.0'] },
        { label: '20 – 30', cells: ['1.0'] },
      ],
      highlights: [{ series: '', label: '0 – 10', value: '5.0' }],
    });
  });

  it('reads horizontal bars top down, as they are drawn', () => {
    const option = buildTopValuesOption(stats, { empty: '(empty)' });
    expect(chartTable(option, String, labels)).toEqual({
      kind: 'bar',
      columns: ['Category', 'Value'],
      rows: [
        { label: 'Tea', cells: ['9'] },
        { label: 'Coffee', cells: ['4'] },
        { label: '(empty)', cells: ['1'] },
      ],
      highlights: [{ series: '', label: 'Tea', value: '9' }],
    });
  });

  it('names unnamed series by number and a missing value as a dash; each series has its own highlight', () => {
    const option: EChartsOption = {
      xAxis: { type: 'category', name: 'Month', data: ['Jan', 'Feb'] },
      yAxis: { type: 'value' },
      series: [
        { type: 'line', data: [1, 4] },
        { type: 'line', data: [{ value: 6 }, null] },
      ],
    };
    expect(chartTable(option, String, labels)).toEqual({
      kind: 'line',
      columns: ['Month', 'Series 1', 'Series 2'],
      rows: [
        { label: 'Jan', cells: ['1', '6'] },
        { label: 'Feb', cells: ['4', '—'] },
      ],
      highlights: [
        { series: 'Series 1', label: 'Feb', value: '4' },
        { series: 'Series 2', label: 'Jan', value: '6' },
      ],
    });
  });

  it('reads a heatmap as its grid, the top row (the last category) first', () => {
    const option: EChartsOption = {
      xAxis: { type: 'category', name: 'F', data: ['1', '2'] },
      yAxis: { type: 'category', name: 'R', data: ['1', '2'] },
      series: [
        {
          type: 'heatmap',
          name: 'Customers',
          data: [[0, 0, 5], [1, 0, 3], [0, 1, null], { value: [1, 1, 7] }] as never,
        },
      ],
    };
    expect(chartTable(option, String, labels)).toEqual({
      kind: 'heatmap',
      columns: ['R \\ F', '1', '2'],
      rows: [
        { label: '2', cells: ['—', '7'] },
        { label: '1', cells: ['5', '3'] },
      ],
      highlights: [{ series: 'Customers', label: 'R 2 · F 2', value: '7' }],
    });
  });

  it('reads a Sankey one row per link and a pie one row per slice', () => {
    const sankey: EChartsOption = {
      series: [
        {
          type: 'sankey',
          links: [
            { source: 'Champions', target: 'Loyal', value: 4 },
            { source: 'Champions', target: 'Lost', value: 9 },
          ],
        },
      ],
    };
    expect(chartTable(sankey, String, labels)).toEqual({
      kind: 'sankey',
      columns: ['From', 'To', 'Value'],
      rows: [
        { label: 'Champions', cells: ['Loyal', '4'] },
        { label: 'Champions', cells: ['Lost', '9'] },
      ],
      highlights: [{ series: '', label: 'Champions Lost', value: '9' }],
    });
    const pie: EChartsOption = {
      series: [{ type: 'pie', name: 'Share', data: [{ name: 'Online', value: 0.75 }, { name: 'Shop' }] }],
    };
    expect(chartTable(pie, oneDecimal, labels)).toEqual({
      kind: 'pie',
      columns: ['Category', 'Share'],
      rows: [
        { label: 'Online', cells: ['0.8'] },
        { label: 'Shop', cells: ['—'] },
      ],
      highlights: [{ series: '', label: 'Online', value: '0.8' }],
    });
  });

  it('reads a scatter one row per point and a radar one row per series', () => {
    const scatter: EChartsOption = {
      xAxis: { type: 'value', name: 'PC1' },
      yAxis: { type: 'value', name: 'PC2' },
      series: [
        {
          type: 'scatter',
          name: 'Cluster 1',
          data: [
            [1.25, -2],
            [0.5, 3],
          ],
        },
      ],
    };
    expect(chartTable(scatter, String, labels)).toEqual({
      kind: 'scatter',
      columns: ['Series', 'PC1', 'PC2'],
      rows: [
        { label: 'Cluster 1', cells: ['1.25', '-2'] },
        { label: 'Cluster 1', cells: ['0.5', '3'] },
      ],
      highlights: [],
    });
    const radar: EChartsOption = {
      radar: { indicator: [{ name: 'Recency' }, { name: 'Frequency' }] },
      series: [{ type: 'radar', data: [{ name: 'Cluster 1', value: [0.2, 0.9] }] }],
    };
    expect(chartTable(radar, String, labels)).toEqual({
      kind: 'radar',
      columns: ['Series', 'Recency', 'Frequency'],
      rows: [{ label: 'Cluster 1', cells: ['0.2', '0.9'] }],
      highlights: [],
    });
  });
});
