import { describe, expect, it } from 'vitest';
import { itemLines } from '../../../../../src/main/engine/products/item-lines';
import { nonProductMatcher } from '../../../../../src/main/engine/products/non-product-codes';
import { DEFAULT_NON_PRODUCT_CODES } from '../../../../../src/shared/products';
import { prepareCsvText } from '../../../../helpers/csv-text';

const LINES = `order,customer,date,code,description,category,amount
1,A,2024-01-01,85123A,WHITE HEART ,Home,10
1,A,2024-01-01,POST,POSTAGE,Service,5
2,B,2024-01-02,85123A,WHITE HEART,Home,20
2,B,2024-01-02,85123A,CREAM HEART,Home,7
3,C,2024-01-03,85123A,cream heart,Home,1
3,C,2024-01-03,22423,REGENCY CAKESTAND,Kitchen,30
4,C,2024-01-04,m,Manual,,2
4,C,2024-01-04,gift_0001_20,Gift voucher,,20
5,A,2024-01-05,22423,,Kitchen,12
`;
const ROLES = {
  orderId: 'order',
  customerId: 'customer',
  orderDate: 'date',
  productId: 'code',
  productName: 'description',
  category: 'category',
  amount: 'amount',
};

describe('itemLines', () => {
  it('keys products by their code, names each by its most frequent description, leaves out codes that are not products', async () => {
    const data = await prepareCsvText(LINES, { kind: 'transactions', roles: ROLES });
    const spend = Float64Array.from([10, 5, 20, 7, 1, 30, 2, 20, 12]);
    const lines = itemLines(data.table, data.roles, 'product', DEFAULT_NON_PRODUCT_CODES, spend)!;
    // "WHITE HEART " and "WHITE HEART" are one name (2 lines) against CREAM HEART (1) and cream heart (1).
    expect(lines.items).toEqual([
      { key: '85123A', name: 'WHITE HEART' },
      { key: '22423', name: 'REGENCY CAKESTAND' },
    ]);
    expect([...lines.item]).toEqual([0, -1, 0, 0, 0, 1, -1, -1, 1]);
    expect(lines.excluded).toEqual({
      codes: [
        { key: 'POST', name: 'POST', lines: 1, revenue: 5 },
        { key: 'gift_0001_20', name: 'gift_0001_20', lines: 1, revenue: 20 },
        { key: 'm', name: 'm', lines: 1, revenue: 2 },
      ],
      lines: 3,
      revenue: 27,
    });
  });

  it('keys categories as they are, leaving nothing out; null without a column for the level', async () => {
    const data = await prepareCsvText(LINES, { kind: 'transactions', roles: ROLES });
    const lines = itemLines(data.table, data.roles, 'category', DEFAULT_NON_PRODUCT_CODES)!;
    expect(lines.items.map((i) => i.key)).toEqual(['Home', 'Service', 'Kitchen']);
    expect([...lines.item]).toEqual([0, 1, 0, 0, 0, 2, -1, -1, 2]);
    expect(lines.excluded).toBeNull();
    expect(itemLines(data.table, { ...data.roles, category: undefined }, 'category', [])).toBeNull();
    const byName = itemLines(data.table, { ...data.roles, productId: undefined }, 'product', [])!;
    expect(byName.items.map((i) => i.key)).toEqual([
      'WHITE HEART',
      'POSTAGE',
      'CREAM HEART',
      'cream heart',
      'REGENCY CAKESTAND',
      'Manual',
      'Gift voucher',
    ]);
  });

  it('matches non-product codes whole or by a prefix ending in *, ignoring case and spaces', () => {
    const test = nonProductMatcher(['POST', ' gift_0001_* ', 'm']);
    expect(['POST', 'post ', 'M', 'gift_0001_40', 'GIFT_0001_10'].every(test)).toBe(true);
    expect(['POSTAGE', '85123A', 'gift_0002', 'MM'].some(test)).toBe(false);
  });
});
