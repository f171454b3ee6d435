import { describe, expect, it } from 'vitest';
import { overviewDataset, overviewDatasets } from '../../../../src/renderer/src/pages/overview/overview-datasets';
import type { DatasetInfo } from '../../../../src/shared/schemas';

const dataset = (id: number, kind: DatasetInfo['kind'], summarised = false) =>
  ({ id, kind, source: summarised ? { summarised: { roles: {}, transactions: 10 } } : {} }) as DatasetInfo;

describe('overviewDataset', () => {
  const datasets = [dataset(1, 'transactions'), dataset(2, 'customers'), dataset(3, 'transactions')];

  it('pictures datasets of orders only, the newest unless one is chosen', () => {
    expect(overviewDatasets(datasets).map((d) => d.id)).toEqual([1, 3]);
    expect(overviewDataset(datasets, null)?.id).toBe(3);
    expect(overviewDataset(datasets, 1)?.id).toBe(1);
  });

  it('falls back to the newest when the chosen one is gone or is not orders, and has none without orders', () => {
    expect(overviewDataset(datasets, 9)?.id).toBe(3);
    expect(overviewDataset(datasets, 2)?.id).toBe(3);
    expect(overviewDataset([dataset(2, 'customers')], null)).toBeNull();
  });

  it('pictures an order file summarised per customer on import (its months are kept), not a customers table', () => {
    const withSummary = [...datasets, dataset(4, 'customers', true)];
    expect(overviewDatasets(withSummary).map((d) => d.id)).toEqual([1, 3, 4]);
    expect(overviewDataset(withSummary, null)?.id).toBe(4);
    expect(overviewDataset(withSummary, 2)?.id).toBe(4);
  });
});
