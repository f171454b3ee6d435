import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnFacts } from '../../../../../src/main/engine/io/column-facts';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { suggestRoles } from '../../../../../src/main/engine/io/suggest-roles';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { factsColumn as column } from '../../../../helpers/facts-column';
import { tempDir } from '../../../../helpers/paths';

const orders = [
  column('customer_id', 'id', { repeats: true }),
  column('order_date', 'date'),
  column('amount', 'decimal'),
];

describe('suggestRoles: contact columns', () => {
  it('maps English headers to the contact roles, the customer id staying the id', () => {
    const roles = suggestRoles([
      column('Customer ID', 'id', { repeats: true }),
      column('Order Date', 'date'),
      column('Total', 'decimal'),
      column('First Name', 'category'),
      column('Surname', 'category'),
      column('E-mail', 'text'),
      column('Phone Number', 'text'),
      column('Zip', 'integer'),
      column('Country', 'category'),
    ]).roles;
    expect(roles).toEqual({
      customerId: 'Customer ID',
      orderDate: 'Order Date',
      amount: 'Total',
      firstName: 'First Name',
      lastName: 'Surname',
      email: 'E-mail',
      phone: 'Phone Number',
      postcode: 'Zip',
      country: 'Country',
    });
    expect(
      suggestRoles([
        ...orders,
        column('Email Address', 'text'),
        column('Mobile', 'integer'),
        column('Postcode', 'text'),
      ]).roles,
    ).toMatchObject({ email: 'Email Address', phone: 'Mobile', postcode: 'Postcode' });
  });

  it('maps Chinese headers: 手机号, 收货人, 姓名, 邮箱, 邮编; 客户编号 stays the id', () => {
    expect(
      suggestRoles([
        column('客户编号', 'id', { repeats: true }),
        column('下单时间', 'datetime'),
        column('实付金额', 'decimal'),
        column('收货人', 'category'),
        column('收货人手机号', 'integer'),
        column('邮箱', 'text'),
        column('邮编', 'integer'),
      ]).roles,
    ).toEqual({
      customerId: '客户编号',
      orderDate: '下单时间',
      amount: '实付金额',
      fullName: '收货人',
      phone: '收货人手机号',
      email: '邮箱',
      postcode: '邮编',
    });
    expect(
      suggestRoles([column('会员号', 'id'), column('姓名', 'category'), column('手机号', 'text')], 'customers').roles,
    ).toEqual({ customerId: '会员号', fullName: '姓名', phone: '手机号' });
  });

  it("takes 'name' alone in a customers file for the full name, and region or state for the province, not the country", () => {
    expect(
      suggestRoles(
        [column('id', 'id'), column('name', 'text'), column('region', 'category'), column('country', 'category')],
        'customers',
      ).roles,
    ).toEqual({ customerId: 'id', fullName: 'name', province: 'region', country: 'country' });
    expect(suggestRoles([...orders, column('state', 'category')]).roles).toEqual({
      customerId: 'customer_id',
      orderDate: 'order_date',
      amount: 'amount',
    });
  });

  it('finds a contact name only as whole words in an English header (cancelled holds no cell, destination no nation)', () => {
    expect(
      suggestRoles([
        ...orders,
        column('cancelled', 'category'),
        column('destination', 'category'),
        column('campaign_name', 'category'),
        column('Hotel', 'category'),
        column('customer_email', 'text'),
        column('billing_zip_code', 'text'),
        column('shipping_country', 'category'),
      ]).roles,
    ).toEqual({
      customerId: 'customer_id',
      orderDate: 'order_date',
      amount: 'amount',
      email: 'customer_email',
      postcode: 'billing_zip_code',
      country: 'shipping_country',
    });
  });

  it('reads a Shopify order export: Billing Name, Phone, Zip and Country; the order "Name" (#1001) is no person', () => {
    const roles = suggestRoles([
      column('Name', 'id', { repeats: true }),
      column('Email', 'text', { repeats: true }),
      column('Created at', 'datetime'),
      column('Total', 'decimal'),
      column('Billing Name', 'category'),
      column('Billing Phone', 'text'),
      column('Billing Zip', 'category'),
      column('Billing Country', 'category'),
    ]).roles;
    expect(roles).toMatchObject({
      orderDate: 'Created at',
      amount: 'Total',
      email: 'Email',
      fullName: 'Billing Name',
      phone: 'Billing Phone',
      postcode: 'Billing Zip',
      country: 'Billing Country',
    });
    // A short name only as the last of several words: Home Tel is a phone, Tel Aviv Store no phone.
    expect(suggestRoles([...orders, column('Home Tel', 'text')]).roles.phone).toBe('Home Tel');
    expect(suggestRoles([...orders, column('Tel Aviv Store', 'category')]).roles.phone).toBeUndefined();
  });

  it('tells e-mail and phone columns by their values when no header names them', () => {
    const emails = ['ann@example.com', 'bo.x@mail.co.uk', 'c@d.cn', 'dee@example.org', 'e@f.io'];
    const phones = ['+44 7700 900123', '(020) 7946 0018', '138-1234-5678', '+86 139 0000 1111', '07700 900456'];
    expect(
      suggestRoles([
        ...orders,
        column('contact', 'text', { sample: emails }),
        column('reach', 'text', { sample: phones }),
        column('note', 'text', { sample: ['call back', 'vip', 'x'] }),
      ]).roles,
    ).toMatchObject({ email: 'contact', phone: 'reach' });
    // An integer column: only mainland China mobiles say phone (ids of ten digits do not).
    const mobiles = ['13812345678', '13900001111', '15012345678', '18612345678', '17700000000'];
    const ids = ['1000000001', '1000000002', '1000000003', '1000000004', '1000000005'];
    const roles = suggestRoles([
      ...orders,
      column('col_a', 'integer', { sample: ids }),
      column('col_b', 'integer', { sample: mobiles }),
    ]).roles;
    expect(roles.phone).toBe('col_b');
    expect(Object.values(roles)).not.toContain('col_a');
  });

  it('never takes a column a header gave a role, and keeps the first of two e-mail columns', () => {
    const emails = ['ann@example.com', 'bo@example.com'];
    expect(
      suggestRoles(
        [
          column('customer_id', 'id', { sample: emails }),
          column('order_date', 'date'),
          column('amount', 'decimal'),
          column('a', 'text', { sample: emails }),
          column('b', 'text', { sample: emails }),
        ],
        'transactions',
      ).roles,
    ).toEqual({ customerId: 'customer_id', orderDate: 'order_date', amount: 'amount', email: 'a' });
  });
});

describe('suggestRoles: contact columns told by the values of a file read from disk', () => {
  it('samples the text and number columns the reader makes (e-mail texts, mobiles read as integers)', async () => {
    const path = join(tempDir('segdesk-contact-roles-'), 'orders.csv');
    const lines = ['buyer,when,paid,reach,mob'];
    for (let i = 0; i < 30; i++)
      lines.push(
        `c${i % 7},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${10 + i},u${i}@example.com,1380000${String(1000 + i)}`,
      );
    writeFileSync(path, lines.join('\n'));
    const raw = await readTable(path);
    const typed = toTypedTable(raw);
    const facts = columnFacts(typed.raw, (i) => typed.columns[i].spec.kind);
    expect(facts.find((f) => f.name === 'mob')!.kind).toBe('integer');
    expect(
      suggestRoles(facts, 'transactions', { customerId: 'buyer', orderDate: 'when', amount: 'paid' }).roles,
    ).toMatchObject({
      email: 'reach',
      phone: 'mob',
    });
  });
});
