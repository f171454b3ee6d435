import { describe, expect, it } from 'vitest';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { matchCustomers } from '../../../../../src/main/engine/join/match-customers';
import { readCsvText } from '../../../../helpers/csv-text';

const typed = async (text: string, id: string) => toTypedTable(await readCsvText(text), { [id]: 'id' }).table;

describe('matchCustomers', () => {
  it('gives each transaction its customer’s first row (-1 for none) and counts the matches', async () => {
    const orders = await typed('cust,amount\nb,1\nx,2\na,3\nb,4\n,5\ny,6\nz,7\nw,8\n', 'cust');
    const customers = await typed('id,name\na,Ann\nb,Bob\nc,Cy\nb,Bob again\n', 'id');
    const { customerRow, stats } = matchCustomers(orders, 'cust', customers, 'id');
    expect([...customerRow]).toEqual([1, -1, 0, 1, -1, -1, -1, -1]);
    expect(stats).toEqual({
      transactions: 8,
      matchedTransactions: 3,
      customers: 3,
      customersWithTransactions: 2,
      unmatchedExamples: ['x', 'y', 'z'],
    });
  });

  it('refuses id columns that are not text ids', async () => {
    const orders = await typed('cust,amount\na,1\n', 'cust');
    const customers = await typed('id,name\na,Ann\n', 'id');
    expect(() => matchCustomers(orders, 'amount', customers, 'id')).toThrowError(
      'customer id columns must be id columns',
    );
  });
});
