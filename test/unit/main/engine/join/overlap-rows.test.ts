import { describe, expect, it } from 'vitest';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { newRows } from '../../../../../src/main/engine/join/overlap-rows';
import { readCsvText } from '../../../../helpers/csv-text';

const typed = async (text: string) => toTypedTable(await readCsvText(text), { order: 'id', customer: 'id' }).table;

describe('newRows', () => {
  it('matches order lines by order id and their count so far: a third line of an order is new', async () => {
    const existing = await typed('order,customer,amount\nA1,c,1\nA1,c,2\nB2,d,3\n');
    const incoming = await typed('order,customer,amount\nA1,c,9\nA1,c,9\nA1,c,9\nC3,e,4\nB2,d,3\n');
    const { add, overlap } = newRows(existing, incoming, 'order', ['order', 'customer', 'amount']);
    expect([...add]).toEqual([0, 0, 1, 1, 0]);
    expect(overlap).toBe(3);
  });

  it('matches whole rows when there is no order id, and a row without an order id is always new', async () => {
    const existing = await typed('order,customer,amount\nA1,c,1\n,d,2\n');
    const incoming = await typed('order,customer,amount\nA1,c,1\nA1,c,5\n,d,2\n');
    expect(newRows(existing, incoming, undefined, ['order', 'customer', 'amount'])).toEqual({
      add: Uint8Array.from([0, 1, 0]),
      overlap: 2,
    });
    expect(newRows(existing, incoming, 'order', ['order', 'customer', 'amount'])).toEqual({
      add: Uint8Array.from([0, 1, 1]),
      overlap: 1,
    });
  });
});
