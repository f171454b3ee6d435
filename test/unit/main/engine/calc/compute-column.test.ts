import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { CalcDefinition } from '../../../../../src/shared/calc/calculated-column';
import { columnsUsedBy } from '../../../../../src/shared/calc/calculated-column';
import { computeColumn, withColumn } from '../../../../../src/main/engine/calc/compute-column';
import type { CalcSource } from '../../../../../src/main/engine/calc/calc-inputs';
import { prepareCsvText } from '../../../../helpers/csv-text';

// Dates are UTC calendar days: a machine in New York (DST begins 2024-03-10) counts the same.
process.env.TZ = 'America/New_York';

const CSV = [
  'id,a,b,c,when,then,city,code,amount',
  '1,10,4,1.5,2024-03-09,2024-03-11,上海市,A-01,50',
  '2,7,0,2,2024-03-10,2024-11-03,广东省深圳市,B-22,150',
  '3,,3,0.25,2023-12-31,2024-01-01,Beijing,C,500',
  '4,5,2,,,2024-02-29,火星,D-4-x,',
  '5,0,5,1,2024-02-29,2024-03-01,,,99.5',
].join('\n');

async function source(): Promise<CalcSource> {
  const p = await prepareCsvText(CSV, { kind: 'customers', roles: { customerId: 'id' } });
  return { table: p.table, columns: p.columns };
}

/** The computed column's cells (null = empty). */
async function cells(definition: CalcDefinition): Promise<unknown[]> {
  const s = await source();
  const c = computeColumn(s, definition);
  const t = withColumn(s.table, 'out', c);
  // Through the stored form (an Arrow stream) and back, as the workspace keeps it.
  const back = tableFromIPC(tableToIPC(t, 'stream'));
  return [...back.getChild('out')!].map((v) => (typeof v === 'number' && Number.isNaN(v) ? null : v));
}

describe('calculated columns: each shape on a small table', () => {
  it('sum: an empty part leaves the cell empty; integers stay integers', async () => {
    expect(await cells({ shape: 'sum', columns: ['a', 'b'] })).toEqual([14, 7, null, 7, 5]);
    const s = await source();
    expect(computeColumn(s, { shape: 'sum', columns: ['a', 'b'] }).spec.kind).toBe('integer');
    expect(computeColumn(s, { shape: 'sum', columns: ['a', 'c'] }).spec.kind).toBe('decimal');
    expect(computeColumn(s, { shape: 'sum', columns: ['a', 'b'] }).missing).toBe(1);
  });

  it('difference and ratio (a zero divisor gives an empty cell, counted)', async () => {
    expect(await cells({ shape: 'difference', a: 'a', b: 'b' })).toEqual([6, 7, null, 3, -5]);
    expect(await cells({ shape: 'ratio', a: 'a', b: 'b' })).toEqual([2.5, null, null, 2.5, 0]);
    const r = computeColumn(await source(), { shape: 'ratio', a: 'a', b: 'b' });
    expect([r.zeroDivisor, r.missing]).toEqual([1, 2]);
  });

  it('times a constant, divided by a constant', async () => {
    expect(await cells({ shape: 'times', column: 'c', factor: 4 })).toEqual([6, 8, 1, null, 4]);
    expect(await cells({ shape: 'divide', column: 'amount', divisor: 2 })).toEqual([25, 75, 250, null, 49.75]);
  });

  it('days between two dates, across the DST change, in whole UTC days', async () => {
    // 03-09 → 03-11 over New York's spring-forward night; 03-10 → 11-03 over its fall-back one.
    expect(await cells({ shape: 'daysBetween', from: 'when', to: 'then' })).toEqual([2, 238, 1, null, 1]);
  });

  it('days to the analysis day: the one chosen, or the day after the last date', async () => {
    expect(await cells({ shape: 'daysToAnalysis', column: 'when', day: '2024-03-31' })).toEqual([22, 21, 91, null, 31]);
    const s = await source();
    const auto = computeColumn(s, { shape: 'daysToAnalysis', column: 'when', day: null });
    expect(auto.day).toBe('2024-03-11');
    expect(await cells({ shape: 'daysToAnalysis', column: 'when', day: null })).toEqual([2, 1, 71, null, 11]);
  });

  it('year from a date', async () => {
    expect(await cells({ shape: 'year', column: 'then' })).toEqual([2024, 2024, 2024, 2024, 2024]);
    expect(await cells({ shape: 'year', column: 'when' })).toEqual([2024, 2024, 2023, null, 2024]);
  });

  it('bands between the edges typed, labelled "100–500"', async () => {
    expect(await cells({ shape: 'bands', column: 'amount', edges: [0, 100, 500] })).toEqual([
      '0–100',
      '100–500',
      '≥ 500',
      null,
      '0–100',
    ]);
  });

  it('values mapped to groups: the user’s map, then the ready-made one, else the group named', async () => {
    const zh = { shape: 'map', column: 'city', preset: 'china-regions', language: 'zh-CN', other: '其他' } as const;
    expect(await cells({ ...zh, groups: {} })).toEqual(['华东', '华南', '华北', '其他', null]);
    expect(await cells({ ...zh, groups: { 火星: '外星' }, language: 'en', other: 'Other' })).toEqual([
      'East China',
      'South China',
      'North China',
      '外星',
      null,
    ]);
    const countries = {
      shape: 'map',
      column: 'city',
      groups: {},
      preset: 'continents',
      language: 'en',
      other: 'Other',
    } as const;
    expect(await cells(countries)).toEqual(['Other', 'Other', 'Other', 'Other', null]);
  });

  it('text before / after the first separator (absent: empty)', async () => {
    expect(await cells({ shape: 'before', column: 'code', separator: '-' })).toEqual(['A', 'B', null, 'D', null]);
    expect(await cells({ shape: 'after', column: 'code', separator: '-' })).toEqual(['01', '22', null, '4-x', null]);
  });
});

describe('calculated columns: definitions that cannot be computed', () => {
  const cases: [CalcDefinition, string][] = [
    [{ shape: 'sum', columns: ['a', 'nope'] }, 'E_UNKNOWN_COLUMN'],
    [{ shape: 'sum', columns: ['a', 'city'] }, 'E_CALC_WRONG_TYPE'],
    [{ shape: 'year', column: 'a' }, 'E_CALC_WRONG_TYPE'],
    [{ shape: 'divide', column: 'a', divisor: 0 }, 'E_DIVIDE_BY_ZERO'],
    [{ shape: 'bands', column: 'a', edges: [] }, 'E_NO_EDGES'],
    [{ shape: 'bands', column: 'a', edges: [5, 5] }, 'E_BAD_EDGES'],
  ];
  it.each(cases)('%j → %s', async (definition, code) => {
    const s = await source();
    expect(() => computeColumn(s, definition)).toThrow(expect.objectContaining({ code }));
  });

  it('names the columns a definition reads', () => {
    expect(columnsUsedBy({ shape: 'sum', columns: ['a', 'b', 'a'] })).toEqual(['a', 'b']);
    expect(columnsUsedBy({ shape: 'daysBetween', from: 'x', to: 'y' })).toEqual(['x', 'y']);
    expect(columnsUsedBy({ shape: 'after', column: 'code', separator: '-' })).toEqual(['code']);
  });
});
