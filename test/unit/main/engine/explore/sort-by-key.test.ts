import { describe, expect, it } from 'vitest';
import { firstRows, rowOrder } from '../../../../../src/main/engine/explore/row-order';
import { firstByKey, sortByKey } from '../../../../../src/main/engine/explore/sort-by-key';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { sharedData } from '../../../../helpers/paths';

/** The grid's order as it was made before the radix sort: a comparison sort, missing last, ties by row. */
function compared(rows: Int32Array, key: ArrayLike<number>, desc: boolean): number[] {
  const sign = desc ? -1 : 1;
  return Array.from(rows).sort((a, b) => {
    const x = key[a];
    const y = key[b];
    if (Number.isNaN(x)) return Number.isNaN(y) ? a - b : 1;
    if (Number.isNaN(y)) return -1;
    return x === y ? a - b : (x - y) * sign;
  });
}

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('sortByKey', () => {
  it('orders as the comparison sort does, to the row: ties by row, missing last, -0 equal to 0, both directions', () => {
    const key = Float64Array.from([3, Number.NaN, -0, 0, -1.5, Infinity, -Infinity, 3, Number.NaN, 5e-324, -5e-324, 2]);
    expect([...sortByKey(all(key.length), key)]).toEqual([6, 4, 10, 2, 3, 9, 11, 0, 7, 5, 1, 8]);
    expect([...sortByKey(all(key.length), key, true)]).toEqual([5, 0, 7, 11, 9, 2, 3, 10, 4, 6, 1, 8]);
    for (const desc of [false, true])
      expect([...sortByKey(all(key.length), key, desc)]).toEqual(compared(all(key.length), key, desc));
  });

  it('matches the comparison sort on 200,000 seeded keys of every kind, on all rows and on a searched subset', () => {
    const random = seededRandom(28);
    const n = 200_000;
    const pick = [
      () => Math.floor(random() * 50), // few distinct values: long runs of ties
      () => (random() - 0.5) * 1e6,
      () => (random() - 0.5) * 1e-300, // tiny, some subnormal after scaling
      () => Number.NaN,
      () => (random() < 0.5 ? -0 : 0),
      () => (random() < 0.5 ? Infinity : -Infinity),
      () => Math.round((random() - 0.5) * 2 ** 53),
    ];
    const key = Float64Array.from({ length: n }, () => pick[Math.floor(random() * pick.length)]());
    const subset = all(n).filter(() => random() < 0.3);
    for (const rows of [all(n), subset])
      for (const desc of [false, true]) {
        const reference = compared(rows, key, desc);
        expect([...sortByKey(rows, key, desc)]).toEqual(reference);
        // The partial sort of a first page gives the same first rows, in the same order.
        for (const count of [1, 50, 1000])
          expect([...firstByKey(rows, key, count, desc)]).toEqual(reference.slice(0, count));
      }
    expect([...firstByKey(all(3), Float64Array.from([2, Number.NaN, 1]), 10)]).toEqual([2, 0, 1]);
  });

  it('gives empty, all-missing and one-valued keys back in row order', () => {
    expect([...sortByKey(new Int32Array(0), new Float64Array(0))]).toEqual([]);
    expect([...sortByKey(all(3), Float64Array.from([Number.NaN, Number.NaN, Number.NaN]), true)]).toEqual([0, 1, 2]);
    expect([...sortByKey(all(4), new Float64Array(4).fill(7))]).toEqual([0, 1, 2, 3]);
  });

  it('sorts every column of CDNOW master (69,659 rows) as the comparison sort did, both directions', async () => {
    const { table } = prepareDataset(await readTable(sharedData('CDNOW_master.txt')), {
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
    });
    expect(table.numRows).toBe(69_659);
    const columns = table.schema.fields.map((f) => f.name);
    for (const name of ['dollar_value', 'number_of_cds', 'date']) {
      const vector = table.getChild(name)!;
      const key = Float64Array.from({ length: table.numRows }, (_, i) => {
        const v = vector.get(i);
        return v === null ? Number.NaN : Number(v);
      });
      for (const desc of [false, true]) {
        const query = { columns, sortColumn: name, sortDesc: desc };
        const reference = compared(all(table.numRows), key, desc);
        expect([...rowOrder(table, query)]).toEqual(reference);
        const first = firstRows(table, query, 50);
        expect(first.total).toBe(table.numRows);
        expect([...first.rows]).toEqual(reference.slice(0, 50));
      }
    }
  });
});
