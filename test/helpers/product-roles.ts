/** The roles of the small order-line fixtures of the product tests (order, customer, date, code, description, category, amount). */
export const PRODUCT_LINE_ROLES = {
  orderId: 'order',
  customerId: 'customer',
  orderDate: 'date',
  productId: 'code',
  productName: 'description',
  category: 'category',
  amount: 'amount',
};
