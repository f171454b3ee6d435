import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { rowOrder } from '../../../../../src/main/engine/explore/row-order';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { readCsvText } from '../../../../helpers/csv-text';

const CSV = `id,name,amount
100,Élodie Martin,30
99,bob,
7,Alice,10
1000,ALICE Cooper,20
`;
const columns = ['id', 'name', 'amount'];

describe('rowOrder', () => {
  let table: Table;
  beforeAll(async () => {
    table = toTypedTable(await readCsvText(CSV), { id: 'id', name: 'text' }).table;
  });
  const order = (query: Partial<Parameters<typeof rowOrder>[1]>) => [...rowOrder(table, { columns, ...query })];

  it('gives every row in file order without a search or a sort', () => {
    expect(order({})).toEqual([0, 1, 2, 3]);
  });

  it('keeps the rows whose text contains the search, case-insensitive', () => {
    expect(order({ search: ' alice ' })).toEqual([2, 3]);
    expect(order({ search: 'élodie' })).toEqual([0]);
    expect(order({ search: 'alice', columns: ['id'] })).toEqual([]);
  });

  it('sorts numbers with missing values last, in both directions', () => {
    expect(order({ sortColumn: 'amount' })).toEqual([2, 3, 0, 1]);
    expect(order({ sortColumn: 'amount', sortDesc: true })).toEqual([0, 3, 2, 1]);
  });

  it('sorts ids of plain integers as numbers (99 before 100) and texts by their code points', () => {
    expect(order({ sortColumn: 'id' })).toEqual([2, 1, 0, 3]);
    expect(order({ sortColumn: 'name' })).toEqual([3, 2, 1, 0]);
  });

  it('sorts the rows a search kept, and ignores an unknown sort column', () => {
    expect(order({ search: 'alice', sortColumn: 'amount', sortDesc: true })).toEqual([3, 2]);
    expect(order({ sortColumn: 'nope' })).toEqual([0, 1, 2, 3]);
  });
});

describe('rowOrder on a run’s members: the segment searched by its names', () => {
  let members: Table;
  beforeAll(async () => {
    members = toTypedTable(await readCsvText('customerId,segment\nC0175,0\nC0001,2\nC0042,1\nC0099,2\n'), {
      customerId: 'id',
    }).table;
  });
  const names = ['Champions\n冠军客户', 'Loyal Customers\n忠诚客户', 'At Risk\n有流失风险'];
  const order = (search: string) => [
    ...rowOrder(members, { search, columns: ['customerId'], coded: { segment: names } }),
  ];

  it('finds members by their segment’s name in either language, any case, as well as by id', () => {
    expect(order('at risk')).toEqual([1, 3]);
    expect(order('RISK')).toEqual([1, 3]);
    expect(order('忠诚')).toEqual([2]);
    expect(order('c0175')).toEqual([0]);
    expect(order('customers')).toEqual([2]);
  });
});
