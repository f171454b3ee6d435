import { describe, expect, it } from 'vitest';
import { placeColumn } from '../../../../../src/main/engine/overview/place-column';
import { prepareCsvText } from '../../../../helpers/csv-text';

const placesOf = async (csv: string) => {
  const data = await prepareCsvText(csv, {
    kind: 'transactions',
    roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
  });
  const found = placeColumn(data.table, data.roles);
  return (
    found && { kind: found.kind, column: found.column, places: Array.from(found.place, (p) => found.names[p] ?? null) }
  );
};

describe('placeColumn', () => {
  it('takes a column named as a country when half its rows name one (ISO codes, Chinese names, EIRE)', async () => {
    const csv =
      'customer,date,amount,Ship country\nA,2024-01-01,1,GB\nB,2024-01-02,2,英国\nC,2024-01-03,3,EIRE\nD,2024-01-04,4,Mars\n';
    expect(await placesOf(csv)).toEqual({
      kind: 'country',
      column: 'Ship country',
      places: ['United Kingdom', 'United Kingdom', 'Ireland', null],
    });
  });

  it('reads provinces from full names and from addresses (上海 and 上海市 are one place)', async () => {
    const csv =
      'customer,date,amount,收货地址\nA,2024-01-01,1,上海\nB,2024-01-02,2,上海市浦东新区\nC,2024-01-03,3,广东省深圳市\nD,2024-01-04,4,内蒙古自治区\n';
    expect(await placesOf(csv)).toEqual({
      kind: 'province',
      column: '收货地址',
      places: ['上海', '上海', '广东', '内蒙古'],
    });
  });

  it('takes a city column as written; none when nothing names a place', async () => {
    const csv = 'customer,date,amount,City\nA,2024-01-01,1,Leeds\nB,2024-01-02,2, York \nC,2024-01-03,3,Leeds\n';
    expect(await placesOf(csv)).toEqual({ kind: 'city', column: 'City', places: ['Leeds', 'York', 'Leeds'] });
    expect(await placesOf('customer,date,amount,colour\nA,2024-01-01,1,red\nB,2024-01-02,2,blue\n')).toBeNull();
  });
});
