import { describe, expect, it } from 'vitest';
import { migrationRows } from '../../../../src/renderer/src/pages/compare/migration-rows';
import type { Comparison } from '../../../../src/shared/compare';

const moves = (up: number, down: number, stayed: number, gone: number, fresh = 0) => ({
  up,
  down,
  stayed,
  new: fresh,
  gone,
});

// Champions and at-risk customers of one run, and newcomers, spread over the next run's segments.
const comparison: Comparison = {
  rows: ['champions', 'at_risk', '(new)'],
  cols: ['champions', 'at_risk', '(gone)'],
  counts: [
    [40, 8, 2],
    [5, 30, 15],
    [3, 0, 0],
  ],
  moves: moves(5, 8, 70, 17, 3),
  movesByRow: [moves(0, 8, 40, 2), moves(5, 0, 30, 15), moves(0, 0, 0, 0, 3)],
  periods: null,
  kpis: [],
};

describe('migrationRows', () => {
  it('gives each first-run segment its name, a count per second-run segment, its total and its moves', () => {
    const names: Record<string, string> = { champions: 'Champions', at_risk: 'At risk', '(new)': 'New' };
    expect(migrationRows(comparison, (key) => names[key])).toEqual([
      {
        key: 'champions',
        name: 'Champions',
        total: 50,
        champions: 40,
        at_risk: 8,
        '(gone)': 2,
        moves: moves(0, 8, 40, 2),
      },
      {
        key: 'at_risk',
        name: 'At risk',
        total: 50,
        champions: 5,
        at_risk: 30,
        '(gone)': 15,
        moves: moves(5, 0, 30, 15),
      },
      { key: '(new)', name: 'New', total: 3, champions: 3, at_risk: 0, '(gone)': 0, moves: moves(0, 0, 0, 0, 3) },
    ]);
  });
});
