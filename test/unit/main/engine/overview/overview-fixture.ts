import { overviewBase, type OverviewBase } from '../../../../../src/main/engine/overview/overview';
import { prepareCsvText } from '../../../../helpers/csv-text';

/**
 * Eight orders of four customers in 2024 (order 1 has two lines), with times and a country:
 *   o1 A Fri 2024-01-05 09:15  30 (10 + 20) United Kingdom
 *   o2 B Sat 2024-01-20 14:00  50           France
 *   o3 A Sat 2024-02-10 10:30  30           United Kingdom
 *   o4 C Thu 2024-02-15 20:45  40           EIRE (Ireland)
 *   o5 B Fri 2024-03-01 14:10  60           France
 *   o6 A Wed 2024-03-20 09:05  15           United Kingdom
 *   o7 D Mon 2024-03-25 11:00   5           Unspecified (no country)
 *   o8 B Thu 2024-08-01 14:30 100           France
 */
export const SHOP = `order,customer,date,amount,country
1,A,2024-01-05 09:15:00,10,United Kingdom
1,A,2024-01-05 09:15:00,20,United Kingdom
2,B,2024-01-20 14:00:00,50,France
3,A,2024-02-10 10:30:00,30,United Kingdom
4,C,2024-02-15 20:45:00,40,EIRE
5,B,2024-03-01 14:10:00,60,France
6,A,2024-03-20 09:05:00,15,United Kingdom
7,D,2024-03-25 11:00:00,5,Unspecified
8,B,2024-08-01 14:30:00,100,France
`;
export const SHOP_ROLES = { orderId: 'order', customerId: 'customer', orderDate: 'date', amount: 'amount' };

/**
 * Orders without customer ids, days only, shipping addresses: order 1 has two lines (上海, 上海市),
 * order 2 ships to 广东省深圳市南山区, order 3 abroad (海外: no province).
 */
export const ORDERS_ONLY = `order,date,amount,address
1,2024-01-05,10,上海
1,2024-01-05,20,上海市
2,2024-01-06,50,广东省深圳市南山区
3,2024-01-07,7,海外
`;
export const ORDERS_ONLY_ROLES = { orderId: 'order', orderDate: 'date', amount: 'amount' };

export async function baseOf(csv: string, roles: Record<string, string>): Promise<OverviewBase> {
  const data = await prepareCsvText(csv, { kind: 'transactions', roles });
  return overviewBase(data.table, data.roles);
}
