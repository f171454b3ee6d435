import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberContacts } from '../../../../../src/main/engine/contacts/member-contacts';
import { attributeColumns } from '../../../../../src/main/engine/report/member-columns';
import { loadDataset } from '../../../../../src/main/worker/dataset-cache';
import { loadMemberContacts } from '../../../../../src/main/worker/jobs/member-contacts-data';
import type { ContactField } from '../../../../../src/shared/presets';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { createTestService, type TestService } from '../../../../helpers/service';
import { quietJobContext } from '../../../../helpers/job-context';

const ctx = quietJobContext();

/** Order lines where A's e-mail changes over time, B has two lines on one day, C none, D's later line is older. */
const ORDERS = [
  'customer_id,order_date,amount,email,mobile',
  'A,2024-01-05,10,a.old@example.com,',
  'A,2024-03-01,20,  a.new@example.com ,+44 7700 900123',
  'A,2024-05-01,30,,',
  'B,2024-02-01,5,b1@example.com,',
  'B,2024-02-01,6,b2@example.com,13812345678',
  'C,2024-01-01,7,,',
  'D,2024-04-01,8,d@example.com,',
  'D,2024-01-01,9,d.earlier@example.com,',
].join('\n');
/** The customers linked to those orders: names, a city, and an e-mail the lines lack (C) or have (A). */
const CUSTOMERS = [
  'customer_id,email,first_name,last_name,city,reach',
  'A,a.linked@example.com,Ann,Archer,London,13812345678',
  'C,c@example.com,Cy,,Leeds,',
  'B,,Bea,Brook,,15900001111',
  'D,,,,,18612345678',
].join('\n');

describe('memberContacts: order lines, a linked customers dataset, roles set after import', () => {
  let t: TestService;
  const dir = tempDir('segdesk-contacts-');
  const workspacePath = join(dir, 'contacts.segdesk');
  let ordersId = 0;
  let customersId = 0;
  beforeAll(async () => {
    t = createTestService();
    writeFileSync(join(dir, 'orders.csv'), ORDERS);
    writeFileSync(join(dir, 'customers.csv'), CUSTOMERS);
    await t.service.createAt(workspacePath);
    ordersId = (
      await t.service.importFile(join(dir, 'orders.csv'), {
        kind: 'transactions',
        roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' },
      })
    ).id;
    customersId = (
      await t.service.importFile(join(dir, 'customers.csv'), {
        kind: 'customers',
        roles: {
          customerId: 'customer_id',
          email: 'email',
          firstName: 'first_name',
          lastName: 'last_name',
          city: 'city',
          phone: 'reach',
        },
      })
    ).id;
  }, 60_000);
  afterAll(() => t.service.dispose());

  const read = (linked: boolean) => {
    const orders = loadDataset(workspacePath, ordersId, ctx.config);
    const customers = loadDataset(workspacePath, customersId, ctx.config);
    const contacts = memberContacts({
      ids: ['A', 'B', 'C', 'D', 'E'],
      dataset: { kind: 'transactions', table: orders.table, roles: orders.info.roles },
      linked: linked ? { table: customers.table, roles: customers.info.roles } : null,
    });
    const column = (field: ContactField) => [0, 1, 2, 3, 4].map((row) => contacts.value(field, row));
    return { contacts, column };
  };

  it('has no contact columns before the roles are set', () => {
    const { contacts, column } = read(false);
    expect(contacts.columns).toEqual({});
    expect(column('email')).toEqual([null, null, null, null, null]);
  });

  it('reads the latest non-blank value per customer once the roles are set after import (dataset:changeColumn)', async () => {
    await t.service.changeColumn(ordersId, { type: 'role', column: 'email', role: 'email' });
    const info = await t.service.changeColumn(ordersId, { type: 'role', column: 'mobile', role: 'phone' });
    expect(info.roles).toMatchObject({ email: 'email', phone: 'mobile' });
    const { contacts, column } = read(false);
    expect(contacts.columns).toEqual({ email: 'email', phone: 'mobile' });
    // A: 2024-03-01 is the latest line with an e-mail (2024-05-01's is blank), trimmed; B: a tie on
    // 2024-02-01, the later line wins; C: none; D: 2024-04-01 beats the older line below it; E: not in the file.
    expect(column('email')).toEqual(['a.new@example.com', 'b2@example.com', null, 'd@example.com', null]);
    expect(column('phone')).toEqual(['+44 7700 900123', '13812345678', null, null, null]);
    expect(column('firstName')).toEqual([null, null, null, null, null]);
  });

  it('fills what the order lines lack from the linked customers dataset', async () => {
    await t.service.linkCustomers(ordersId, customersId);
    const { contacts, column } = read(true);
    expect(contacts.columns).toEqual({
      email: 'email',
      phone: 'mobile',
      firstName: 'first_name',
      lastName: 'last_name',
      city: 'city',
    });
    // The lines' own e-mail wins (A); C has none on its lines, so the linked one fills it.
    expect(column('email')).toEqual(['a.new@example.com', 'b2@example.com', 'c@example.com', 'd@example.com', null]);
    expect(column('firstName')).toEqual(['Ann', 'Bea', 'Cy', null, null]);
    expect(column('lastName')).toEqual(['Archer', 'Brook', null, null, null]);
    // The lines' phone first (A, B: the linked file's 13812345678 and 15900001111 are not used); D's lines have none.
    expect(column('phone')).toEqual(['+44 7700 900123', '13812345678', null, '18612345678', null]);
    expect(column('city')).toEqual(['London', null, 'Leeds', null, null]);
  });

  it('reads a customers dataset by customer id', () => {
    const customers = loadDataset(workspacePath, customersId, ctx.config);
    const contacts = memberContacts({
      ids: ['C', 'X', 'A', 'B'],
      dataset: { kind: 'customers', table: customers.table, roles: customers.info.roles },
      linked: null,
    });
    expect([0, 1, 2, 3].map((r) => contacts.value('email', r))).toEqual([
      'c@example.com',
      null,
      'a.linked@example.com',
      null,
    ]);
    expect([0, 1, 2, 3].map((r) => contacts.value('firstName', r))).toEqual(['Cy', null, 'Ann', 'Bea']);
    // A mobile read as a whole number is written as its digits.
    expect(customers.info.columns.find((c) => c.name === 'reach')!.spec.kind).toBe('integer');
    expect([0, 1, 2, 3].map((r) => contacts.value('phone', r))).toEqual([null, null, '13812345678', '15900001111']);
    // The members export masks it as a phone number: its role says so, whatever its header.
    const columns = attributeColumns(customers.table, customers.info.roles, ['A', 'B'], new Set(), false);
    expect(columns.find((c) => c.key === 'reach')!.personal).toBe('phone');
    expect(columns.find((c) => c.key === 'city')!.personal).toBeNull();
  });
});

describe('loadMemberContacts on an RFM run of rfm_data_orders.csv (roles suggested at import)', () => {
  let t: TestService;
  const dir = tempDir('segdesk-contacts-rfm-');
  const workspacePath = join(dir, 'rfm.segdesk');
  let runId = 0;
  /** Straight from the raw file: each customer's e-mail, first and last name (the file's cells hold no commas or quotes). */
  const raw = new Map<string, { email: string; first: string; last: string }>();
  beforeAll(async () => {
    const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    for (const line of lines) {
      const [id, , , first, last, email] = line.split(',');
      raw.set(id, { email, first, last });
    }
    t = createTestService();
    await t.service.createAt(workspacePath);
    const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {});
    expect(orders.roles).toMatchObject({
      customerId: 'customer_id',
      firstName: 'first_name',
      lastName: 'last_name',
      email: 'email',
    });
    runId = (await t.service.createRun(orders.id, { ...RFM_ELEVEN, analysisDate: '2007-01-01' })).run.id;
  }, 60_000);
  afterAll(() => t.service.dispose());

  it('gives every member the e-mail and names of the raw file', () => {
    const { ids, contacts, segmentOf } = loadMemberContacts({ workspacePath, runId, now: Date.UTC(2026, 0, 1) }, ctx);
    expect(raw.size).toBe(995);
    expect(ids.length).toBe(995);
    expect(segmentOf.length).toBe(995);
    expect(contacts.columns).toEqual({ email: 'email', firstName: 'first_name', lastName: 'last_name' });
    let withEmail = 0;
    ids.forEach((id, row) => {
      const want = raw.get(id)!;
      if (contacts.value('email', row) !== null) withEmail++;
      expect([contacts.value('email', row), contacts.value('firstName', row), contacts.value('lastName', row)]).toEqual(
        [want.email, want.first, want.last],
      );
    });
    expect(withEmail).toBe([...raw.values()].filter((v) => v.email !== '').length);
    const row = ids.indexOf('Brion Stark');
    expect(contacts.value('email', row)).toBe('brion_stark@rfmail.com');
    expect(contacts.value('phone', row)).toBeNull();
  });
});
