import { describe, expect, it } from 'vitest';
import { prepareCsvText } from '../../../../helpers/csv-text';

const ORDERS = [
  'customer_id,order_date,paid,note,channel',
  'C1,2024-01-01,10,a,web',
  'C2,2024-01-02,20,b,store',
  'C1,2024-01-03,30,c,web',
].join('\n');

describe('roles chosen in part (the CLI’s --map)', () => {
  it('keeps the suggested roles a partial map does not override', async () => {
    const p = await prepareCsvText(ORDERS, { roles: { channel: 'note' }, suggestOtherRoles: true });
    expect(p.roles).toEqual({ customerId: 'customer_id', orderDate: 'order_date', amount: 'paid', channel: 'note' });
    expect(p.kind).toBe('transactions');
    expect(p.why).toEqual({ reason: 'idsRepeat', columns: ['customer_id'] });
  });

  it('suggests no role on a column the map took, and leaves out a role mapped to ""', async () => {
    const p = await prepareCsvText(ORDERS, { roles: { category: 'channel', amount: '' }, suggestOtherRoles: true });
    expect(p.roles).toEqual({ customerId: 'customer_id', orderDate: 'order_date', category: 'channel' });
  });

  it('takes the roles exactly as given without suggestOtherRoles (the wizard sends them all)', async () => {
    const p = await prepareCsvText(ORDERS, { kind: 'transactions', roles: { orderDate: 'order_date' } });
    expect(p.roles).toEqual({ orderDate: 'order_date' });
    // The kind the file points to: the file's reason is kept (the wizard sends the kind it showed).
    expect(p.why).toEqual({ reason: 'idsRepeat', columns: ['customer_id'] });
    const against = await prepareCsvText(ORDERS, { kind: 'customers', roles: { customerId: 'customer_id' } });
    expect(against.why).toEqual({ reason: 'chosen', columns: [] });
  });
});

describe('a role mapped to a column of the wrong type', () => {
  it('is refused at import with E_WRONG_COLUMN_TYPE, naming the column, its type and what the role needs', async () => {
    await expect(prepareCsvText(ORDERS, { roles: { amount: 'note' }, suggestOtherRoles: true })).rejects.toMatchObject({
      code: 'E_WRONG_COLUMN_TYPE',
      details: { role: 'amount', column: 'note', type: 'text', needs: 'numbers' },
    });
    await expect(
      prepareCsvText(ORDERS, { kind: 'transactions', roles: { customerId: 'customer_id', orderDate: 'paid' } }),
    ).rejects.toMatchObject({
      code: 'E_WRONG_COLUMN_TYPE',
      details: { role: 'orderDate', column: 'paid', type: 'integer', needs: 'dates' },
    });
  });

  it('passes an empty column, and leaves a suggestion whose whole column is not a number unmapped', async () => {
    const empty = await prepareCsvText('customer_id,order_date,amount\nC1,2024-01-01,\nC1,2024-01-02,\n', {
      roles: { amount: 'amount' },
      suggestOtherRoles: true,
    });
    expect(empty.roles.amount).toBe('amount');
    // Roles are suggested on the first 5,000 distinct values: a word after them makes the column text.
    const rows = Array.from({ length: 5001 }, (_, i) => `C${i % 7},2024-01-0${1 + (i % 9)},${i === 5000 ? 'abc' : i}`);
    const late = await prepareCsvText(['customer_id,order_date,amount', ...rows].join('\n'));
    expect(late.columns.find((c) => c.name === 'amount')!.spec.kind).toBe('id');
    expect(late.roles).toEqual({ customerId: 'customer_id', orderDate: 'order_date' });
  });
});
