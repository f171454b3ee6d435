import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { columnFacts } from '../../../../../src/main/engine/io/column-facts';
import { suggestRoles, type ColumnFacts } from '../../../../../src/main/engine/io/suggest-roles';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { sharedData } from '../../../../helpers/paths';
import { factsColumn as column } from '../../../../helpers/facts-column';
import { RETAIL_PRODUCT_ROLES } from '../../../../helpers/retail-lines';

async function facts(file: string): Promise<ColumnFacts[]> {
  const raw = await readTable(sharedData(file));
  const typed = toTypedTable(raw);
  return columnFacts(typed.raw, (i) => typed.columns[i].spec.kind);
}

describe('suggestRoles on the real files', () => {
  it('Online Retail: transactions with id, invoice, date, quantity and unit price', async () => {
    expect(suggestRoles(await facts('online_retail_uci.csv.gz'))).toEqual({
      kind: 'transactions',
      roles: RETAIL_PRODUCT_ROLES,
      why: { reason: 'idsRepeat', columns: ['CustomerID'] },
    });
  });

  it('CDNOW and rfm_data_orders: transactions with an amount', async () => {
    expect(suggestRoles(await facts('CDNOW_master.txt'))).toEqual({
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
      why: { reason: 'idsRepeat', columns: ['customer_id'] },
    });
    expect(suggestRoles(await facts('rfm_data_orders.csv'))).toEqual({
      kind: 'transactions',
      // customer_id holds a person's name and stays the id; the names and e-mail are contact columns.
      roles: {
        customerId: 'customer_id',
        orderDate: 'order_date',
        amount: 'revenue',
        firstName: 'first_name',
        lastName: 'last_name',
        email: 'email',
      },
      why: { reason: 'idsRepeat', columns: ['customer_id'] },
    });
  });

  it('Tmall (Chinese headers): an orders-only transactions file', async () => {
    expect(suggestRoles(await facts('tmall_order_report_gbk.csv'))).toEqual({
      kind: 'transactions',
      roles: { orderId: '订单编号', orderDate: '订单创建时间', amount: '买家实际支付金额' },
      why: { reason: 'orderColumns', columns: ['订单创建时间', '买家实际支付金额'] },
    });
  });

  it('customer files: Mall, marketing_campaign, rfm_data_customer', async () => {
    expect(suggestRoles(await facts('Mall_Customers.csv'))).toEqual({
      kind: 'customers',
      roles: { customerId: 'CustomerID', gender: 'Genre', age: 'Age', income: 'Annual Income (k$)' },
      why: { reason: 'idsUnique', columns: ['CustomerID'] },
    });
    expect(suggestRoles(await facts('marketing_campaign.csv'))).toEqual({
      kind: 'customers',
      roles: {
        customerId: 'ID',
        birthYear: 'Year_Birth',
        education: 'Education',
        maritalStatus: 'Marital_Status',
        income: 'Income',
        signupDate: 'Dt_Customer',
        recency: 'Recency',
      },
      why: { reason: 'idsUnique', columns: ['ID'] },
    });
    expect(suggestRoles(await facts('rfm_data_customer.csv.gz'))).toEqual({
      kind: 'customers',
      roles: {
        customerId: 'customer_id',
        revenue: 'revenue',
        lastPurchase: 'most_recent_visit',
        orderCount: 'number_of_orders',
        recency: 'recency_days',
        firstName: 'first_name',
        lastName: 'last_name',
        email: 'email',
      },
      why: { reason: 'idsUnique', columns: ['customer_id'] },
    });
  });

  it('maps Chinese headers of a typical shop export', () => {
    const cols: ColumnFacts[] = [
      { name: '会员号', kind: 'id', filled: 300, constant: false, repeats: true },
      { name: '订单号', kind: 'id', filled: 300, constant: false, repeats: false },
      { name: '下单时间', kind: 'datetime', filled: 300, constant: false, repeats: false },
      { name: '实付金额', kind: 'decimal', filled: 300, constant: false, repeats: true },
      { name: '数量', kind: 'integer', filled: 300, constant: false, repeats: true },
      { name: '单价', kind: 'decimal', filled: 300, constant: false, repeats: true },
      { name: '商品类别', kind: 'category', filled: 300, constant: false, repeats: true },
      { name: '渠道', kind: 'category', filled: 300, constant: false, repeats: true },
      { name: '货号', kind: 'id', filled: 300, constant: false, repeats: true },
      { name: '商品名称', kind: 'text', filled: 300, constant: false, repeats: true },
    ];
    expect(suggestRoles(cols)).toEqual({
      kind: 'transactions',
      roles: {
        customerId: '会员号',
        orderId: '订单号',
        orderDate: '下单时间',
        amount: '实付金额',
        quantity: '数量',
        unitPrice: '单价',
        category: '商品类别',
        channel: '渠道',
        productId: '货号',
        productName: '商品名称',
      },
      why: { reason: 'idsRepeat', columns: ['会员号'] },
    });
    expect(suggestRoles(cols, 'customers').kind).toBe('customers');
  });
});

describe('suggestRoles: no silent role decisions', () => {
  it('suggests the order date of a file where every order is of one day, and the id of a one-customer file', () => {
    expect(
      suggestRoles([
        column('customer_id', 'id', { repeats: true }),
        column('order_date', 'date', { constant: true, repeats: true }),
        column('amount', 'decimal'),
      ]),
    ).toEqual({
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' },
      why: { reason: 'idsRepeat', columns: ['customer_id'] },
    });
    expect(
      suggestRoles([
        column('customer_id', 'id', { constant: true, repeats: true }),
        column('order_date', 'date'),
        column('amount', 'decimal'),
      ]).roles.customerId,
    ).toBe('customer_id');
    // A constant column whose header only contains a role's name still means nothing (Z_Revenue).
    expect(
      suggestRoles([column('ID', 'id'), column('Z_Revenue', 'integer', { constant: true })], 'customers').roles,
    ).toEqual({ customerId: 'ID' });
  });

  it('takes customers who each ordered once for order lines when order dates come with amounts or order ids', () => {
    expect(
      suggestRoles([column('customer_id', 'id'), column('InvoiceDate', 'datetime'), column('amount', 'decimal')]),
    ).toEqual({
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'InvoiceDate', amount: 'amount' },
      why: { reason: 'orderColumns', columns: ['InvoiceDate', 'amount'] },
    });
    expect(suggestRoles([column('客户ID', 'id'), column('下单时间', 'datetime'), column('订单号', 'id')]).why).toEqual({
      reason: 'orderColumns',
      columns: ['下单时间', '订单号'],
    });
  });

  it('keeps a customers file with a last order date and a total a customers file, and says why', () => {
    expect(
      suggestRoles([
        column('customer_id', 'id'),
        column('last_order_date', 'date'),
        column('total_amount', 'decimal'),
        column('age', 'integer'),
      ]),
    ).toEqual({
      kind: 'customers',
      roles: { customerId: 'customer_id', lastPurchase: 'last_order_date', revenue: 'total_amount', age: 'age' },
      why: { reason: 'idsUnique', columns: ['customer_id'] },
    });
    expect(suggestRoles([column('name', 'text'), column('city', 'category')]).why).toEqual({
      reason: 'noOrders',
      columns: [],
    });
    expect(suggestRoles([column('customer_id', 'id')], 'transactions').why).toEqual({ reason: 'chosen', columns: [] });
  });

  it('keeps the file’s reason for a kind chosen as the file points (the wizard sends the kind it showed), judged on the roles as mapped', () => {
    const orders = [
      column('customer_id', 'id', { repeats: true }),
      column('buyer', 'id', { repeats: false }),
      column('order_date', 'date'),
      column('amount', 'decimal'),
    ];
    expect(suggestRoles(orders, 'transactions').why).toEqual({ reason: 'idsRepeat', columns: ['customer_id'] });
    // Against the file: as chosen.
    expect(suggestRoles(orders, 'customers').why).toEqual({ reason: 'chosen', columns: [] });
    // The customer id mapped to a column whose ids occur once: the order columns are the reason.
    expect(suggestRoles(orders, 'transactions', { customerId: 'buyer' }).why).toEqual({
      reason: 'orderColumns',
      columns: ['order_date', 'amount'],
    });
    // No order date mapped, ids once: the file says customers, so transactions is as chosen.
    expect(suggestRoles(orders, 'transactions', { customerId: 'buyer', orderDate: '', amount: 'amount' }).why).toEqual({
      reason: 'chosen',
      columns: [],
    });
    expect(suggestRoles(orders, 'customers', { customerId: 'buyer', orderDate: '' }).why).toEqual({
      reason: 'idsUnique',
      columns: ['buyer'],
    });
  });
});
