import { describe, expect, it } from 'vitest';
import {
  defaultTable,
  sqlColumns,
  sqlDraftFor,
  sqlOptions,
} from '../../../../../src/renderer/src/components/sql-export/sql-draft';
import type { DatasetInfo } from '../../../../../src/shared/schemas';

const orders = {
  id: 4,
  name: 'rfm_data_orders',
  kind: 'transactions',
  source: {},
  // Roles the SQL does not read (e-mail) are left out; the order of SQL_ROLES is kept.
  roles: { email: 'email', amount: 'revenue', customerId: 'customer_id', orderDate: 'order_date' },
} as unknown as DatasetInfo;

describe('the SQL dialog’s draft', () => {
  it('offers the roles the SQL reads that the dataset has, with its own column names; a summary’s from its order file', () => {
    expect(sqlColumns(orders)).toEqual([
      { role: 'customerId', column: 'customer_id' },
      { role: 'orderDate', column: 'order_date' },
      { role: 'amount', column: 'revenue' },
    ]);
    const summary = {
      ...orders,
      kind: 'customers',
      roles: { customerId: 'customer_id', orderCount: 'orders' },
      source: { summarised: { roles: { customerId: 'Customer ID', orderDate: 'Day', channel: 'Shop' } } },
    } as unknown as DatasetInfo;
    expect(sqlColumns(summary).map((c) => `${c.role}=${c.column}`)).toEqual([
      'customerId=Customer ID',
      'orderDate=Day',
      'channel=Shop',
    ]);
  });

  it('starts from the dataset’s name as a plain table name', () => {
    expect(defaultTable(orders)).toBe('rfm_data_orders');
    expect(defaultTable({ ...orders, name: ' Online Retail (2011) ' })).toBe('Online_Retail_2011');
    expect(defaultTable({ ...orders, name: '天猫 订单' })).toBe('天猫_订单');
    expect(defaultTable({ ...orders, name: '***' })).toBe('orders');
  });

  it('sends the table trimmed and only the columns named otherwise, in the UI language; nothing while a name is empty', () => {
    const draft = sqlDraftFor(orders, 'postgres');
    expect(draft).toEqual({
      datasetId: 4,
      dialect: 'postgres',
      table: 'rfm_data_orders',
      columns: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    expect(sqlOptions(draft, orders, 'en')).toEqual({
      dialect: 'postgres',
      table: 'rfm_data_orders',
      columns: {},
      lang: 'en',
    });
    const edited = { ...draft, table: ' crm.orders_2024 ', columns: { ...draft.columns, amount: ' net value ' } };
    expect(sqlOptions(edited, orders, 'zh-CN')).toEqual({
      dialect: 'postgres',
      table: 'crm.orders_2024',
      columns: { amount: 'net value' },
      lang: 'zh-CN',
    });
    expect(sqlOptions({ ...draft, table: '  ' }, orders, 'en')).toBeNull();
    expect(sqlOptions({ ...draft, columns: { ...draft.columns, orderDate: ' ' } }, orders, 'en')).toBeNull();
  });
});
