import { describe, expect, it } from 'vitest';
import { customerFeatures } from '../../../../../src/main/engine/features/customer-features';
import {
  attributeFields,
  customersOf,
  featureFields,
  rowsOfIds,
} from '../../../../../src/main/engine/features/customer-table';
import { prepareCsvText } from '../../../../helpers/csv-text';

const CUSTOMERS = `id,segment,born,vip
c1,north,1990,true
c2,south,1980,false
c1,east,1970,true
c3,north,,
`;
const customersTable = () =>
  prepareCsvText(CUSTOMERS, {
    kind: 'customers',
    roles: { customerId: 'id', birthYear: 'born' },
    allowMissingRoles: true,
    types: { vip: 'boolean' },
  });

describe('customer fields', () => {
  it('lists the features once each (orders not repeated when frequency counts them) and spend shares as "share: value"', async () => {
    const data = await prepareCsvText(
      'o,c,d,a,ch\n1,A,2024-01-01,5,web\n2,B,2024-01-02,5,shop\n2,B,2024-01-02,5,web\n',
      {
        kind: 'transactions',
        roles: { orderId: 'o', customerId: 'c', orderDate: 'd', amount: 'a', channel: 'ch' },
      },
    );
    const fields = featureFields(customerFeatures(data.table, data.roles, { shares: true }));
    expect(fields.map((f) => `${f.name}:${f.kind}`)).toEqual([
      'recency:number',
      'frequency:number',
      'monetary:number',
      'aov:number',
      'transactions:number',
      'tenure:number',
      'gap:number',
      'firstPurchase:date',
      'lastPurchase:date',
      'share: web:number',
      'share: shop:number',
    ]);
    const shop = fields.find((f) => f.name === 'share: shop');
    expect(shop?.kind === 'number' && [...shop.values]).toEqual([0, 0.5]);
  });

  it('gives a customers table’s columns per customer row (none: missing), booleans as true/false, and age from the birth year', async () => {
    const data = await customersTable();
    const fields = attributeFields(data.table, data.roles, Int32Array.from([1, -1, 3]), Date.UTC(2020, 5, 1));
    expect(fields.map((f) => f.name)).toEqual(['segment', 'born', 'vip', 'age']);
    const [segment, born, vip, age] = fields;
    expect(segment.kind === 'category' && [[...segment.codes], segment.labels]).toEqual([
      [1, -1, 0],
      ['north', 'south', 'east'],
    ]);
    expect(born.kind === 'number' && [...born.values]).toEqual([1980, Number.NaN, Number.NaN]);
    expect(vip.kind === 'category' && [[...vip.codes], vip.labels]).toEqual([
      [1, -1, -1],
      ['true', 'false'],
    ]);
    expect(age.kind === 'number' && [...age.values]).toEqual([40, Number.NaN, Number.NaN]);
  });

  it('finds each id’s first row, and the customers in order of first appearance', async () => {
    const data = await customersTable();
    expect([...rowsOfIds(data.table, 'id', ['c3', 'c1', 'nobody'])]).toEqual([3, 0, -1]);
    const { ids, rows } = customersOf(data.table, 'id');
    expect(ids).toEqual(['c1', 'c2', 'c3']);
    expect([...rows]).toEqual([0, 1, 3]);
    expect(() => customersOf(data.table, undefined)).toThrowError(expect.objectContaining({ code: 'E_MISSING_ROLE' }));
  });
});
