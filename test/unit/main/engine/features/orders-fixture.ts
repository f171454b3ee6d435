/** A day of 2024, UTC ms. */
export const day = (m: number, d: number) => Date.UTC(2024, m - 1, d);

/** A: orders 1, 2 (two lines), 4 and 7 on three days; B: one order; C: one order. */
export const ORDERS = `order_id,customer,date,amount,category
1,A,2024-01-01,10,tea
2,A,2024-01-11,30,coffee
2,A,2024-01-11,20,tea
3,B,2024-01-05,50,coffee
4,A,2024-01-21,40,tea
5,C,2024-01-20,5,tea
7,A,2024-01-21,10,coffee
`;
export const ROLES = {
  orderId: 'order_id',
  customerId: 'customer',
  orderDate: 'date',
  amount: 'amount',
  category: 'category',
};
