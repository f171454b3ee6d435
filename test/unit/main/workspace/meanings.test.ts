import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rfmSpecSchema, rulesSpecSchema } from '../../../../src/shared/segments';
import { MARKETING_CAMPAIGN_ROLES } from '../../../helpers/marketing-campaign';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { digestWorkspace } from '../../../helpers/workspace-digest';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

/** The cells of one column of rfm_data_orders.csv, read straight from the file. */
function ordersColumn(name: string): string[] {
  const [header, ...lines] = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n');
  const at = header.split(',').indexOf(name);
  return lines.map((l) => l.split(',')[at]);
}

async function ordersWorkspace(name: string) {
  t = createTestService();
  const path = join(tempDir(), `${name}.segdesk`);
  await t.service.createAt(path);
  const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
  });
  return { path, orders };
}

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code: string; details?: unknown }) => ({ code: e.code, details: e.details }),
  );

describe('meanings after import', () => {
  it('sets a role in one recorded change; the earlier run stays byte for byte as it was and remembers its meanings', async () => {
    const { path, orders } = await ordersWorkspace('set-role');
    const { run: first } = await t.service.createRun(
      orders.id,
      rfmSpecSchema.parse({ model: 'rfm', analysisDate: '2006-12-31' }),
    );
    const before = digestWorkspace(path).runs[first.id];
    const details = t.service.runDetails(first.id);
    expect(details.result.meanings).toEqual({
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
      columns: ['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email'],
    });

    const changed = await t.service.changeColumn(orders.id, { type: 'role', column: 'first_name', role: 'category' });
    expect(changed.roles).toEqual({
      customerId: 'customer_id',
      orderDate: 'order_date',
      amount: 'revenue',
      category: 'first_name',
    });
    // Moving the amount to another column takes it from the one that had it: two changes.
    await t.service.changeColumn(orders.id, { type: 'role', column: 'first_name', role: null });
    const changes = t.service.datasetChanges(orders.id).map((c) => c.change);
    expect(changes).toEqual([
      { type: 'role', column: 'first_name', from: null, to: 'category' },
      { type: 'role', column: 'first_name', from: 'category', to: null },
    ]);
    expect(digestWorkspace(path).runs[first.id]).toBe(before);
    expect(t.service.runDetails(first.id)).toEqual(details);

    // The same role again changes nothing and records nothing.
    await t.service.changeColumn(orders.id, { type: 'role', column: 'revenue', role: 'amount' });
    expect(t.service.datasetChanges(orders.id)).toHaveLength(2);
  });

  it('refuses unknown columns, roles of the other kind, a role the type cannot hold and unreadable types, changing nothing', async () => {
    const { path, orders } = await ordersWorkspace('refusals');
    const before = digestWorkspace(path).datasets[orders.id];
    expect(await errorOf(t.service.changeColumn(orders.id, { type: 'role', column: 'Spend', role: 'amount' }))).toEqual(
      {
        code: 'E_UNKNOWN_COLUMN',
        details: {
          column: 'Spend',
          columns: ['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email'],
        },
      },
    );
    expect(
      (await errorOf(t.service.changeColumn(orders.id, { type: 'role', column: 'email', role: 'gender' })))?.code,
    ).toBe('E_ROLE_NOT_FOR_KIND');
    expect(
      (await errorOf(t.service.changeColumn(orders.id, { type: 'role', column: 'email', role: 'quantity' })))?.code,
    ).toBe('E_WRONG_COLUMN_TYPE');
    // Every first name is a word: none reads as a number (counted from the file here).
    const names = ordersColumn('first_name');
    const notNumbers = names.filter((n) => n.trim() !== '' && Number.isNaN(Number(n))).length;
    expect(notNumbers).toBe(names.length);
    expect(
      await errorOf(t.service.changeColumn(orders.id, { type: 'columnType', column: 'first_name', kind: 'decimal' })),
    ).toEqual({
      code: 'E_TYPE_UNREADABLE',
      details: { column: 'first_name', kind: 'decimal', count: notNumbers, example: names[0] },
    });
    expect(
      (await errorOf(t.service.changeColumn(orders.id, { type: 'rename', column: 'email', name: 'revenue' })))?.code,
    ).toBe('E_COLUMN_EXISTS');
    expect(digestWorkspace(path).datasets[orders.id]).toBe(before);
    expect(t.service.datasetChanges(orders.id)).toEqual([]);
  });

  it('re-types the stored values: order dates as text and back give the same run as before', async () => {
    const { orders } = await ordersWorkspace('set-type');
    const spec = rfmSpecSchema.parse({ model: 'rfm', analysisDate: '2006-12-31' });
    const { result: first } = await t.service.createRun(orders.id, spec);
    // A date column cannot become text while it means the order date.
    expect(
      (await errorOf(t.service.changeColumn(orders.id, { type: 'columnType', column: 'order_date', kind: 'text' })))
        ?.code,
    ).toBe('E_WRONG_COLUMN_TYPE');
    await t.service.changeColumn(orders.id, { type: 'role', column: 'order_date', role: null });
    const missing = await errorOf(t.service.createRun(orders.id, spec));
    expect(missing).toEqual({
      code: 'E_MISSING_ROLE',
      details: { roles: ['orderDate'], names: { en: ['Order date'], 'zh-CN': ['下单时间'] }, datasetId: orders.id },
    });
    const asText = await t.service.changeColumn(orders.id, { type: 'columnType', column: 'order_date', kind: 'text' });
    expect(asText.columns.find((c) => c.name === 'order_date')?.spec).toEqual({ kind: 'text' });
    const asDate = await t.service.changeColumn(orders.id, { type: 'columnType', column: 'order_date', kind: 'date' });
    expect(asDate.columns.find((c) => c.name === 'order_date')).toMatchObject({
      spec: { kind: 'date', date: { pattern: 'ymd', hasTime: false } },
      missing: ordersColumn('order_date').filter((d) => d === '').length,
    });
    await t.service.changeColumn(orders.id, { type: 'role', column: 'order_date', role: 'orderDate' });
    const { result: again } = await t.service.createRun(orders.id, spec);
    expect(again.segments.map((s) => [s.key, s.customers])).toEqual(first.segments.map((s) => [s.key, s.customers]));
    expect(t.service.datasetChanges(orders.id).map((c) => c.change.type)).toEqual([
      'role',
      'columnType',
      'columnType',
      'role',
    ]);
  });

  it('renames a column: its role follows, and an earlier rules run that names it runs again under the new name', async () => {
    t = createTestService();
    const path = join(tempDir(), 'rename.segdesk');
    await t.service.createAt(path);
    const customers = await t.service.importFile(sharedData('marketing_campaign.csv'), {
      kind: 'customers',
      roles: MARKETING_CAMPAIGN_ROLES,
    });
    const spec = rulesSpecSchema.parse({
      model: 'rules',
      rules: [
        {
          key: 'phd',
          name: { en: 'PhD', 'zh-CN': '博士' },
          when: { all: [{ field: 'Education', op: 'in', values: ['PhD'] }] },
        },
      ],
    });
    const { run, result } = await t.service.createRun(customers.id, spec);
    const before = digestWorkspace(path).runs[run.id];
    // PhDs counted straight from the file (Education is the third tab-separated column).
    const rows = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split('\n').slice(1);
    const phd = rows.filter((r) => r.split('\t')[2] === 'PhD').length;
    expect(result.segments.find((s) => s.key === 'phd')?.customers).toBe(phd);

    const renamed = await t.service.changeColumn(customers.id, {
      type: 'rename',
      column: 'Education',
      name: 'Schooling',
    });
    expect(renamed.roles.education).toBe('Schooling');
    expect(renamed.columns.map((c) => c.name)).toContain('Schooling');
    expect(digestWorkspace(path).runs[run.id]).toBe(before);
    const again = await t.service.reapplyRun(run.id, {});
    expect(again.result.segments.find((s) => s.key === 'phd')?.customers).toBe(phd);
    expect(again.result.meanings?.roles.education).toBe('Schooling');
    expect(t.service.datasetChanges(customers.id).map((c) => c.change)).toEqual([
      { type: 'rename', from: 'Education', to: 'Schooling' },
    ]);
  });
});
