import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/main/engine/cluster/seeded-random';
import { upliftInterval, welchTTest } from '../../../../src/main/engine/stats/ab-test';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import type { CampaignResultsInfo, SavedCampaignInfo } from '../../../../src/shared/campaign';
import { RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dispatch: ReturnType<typeof createDispatcher>;
let runId: number;
const dir = tempDir('segdesk-campaign-platform-');
const draw = { segments: ['champions', 'loyal', 'at_risk'], share: 0.3, seed: 7 };

// rfm_data_orders.csv read directly: each customer's e-mail (one per customer in this file).
const emailOf = new Map<string, string>();
for (const line of readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1)) {
  const cells = line.split(',');
  emailOf.set(cells[0], cells[5]);
}
/** The draw as the Campaigns page's picker writes it (the CLI's control-group lists): customer id → group and segment. */
const drawn = new Map<string, { group: 'test' | 'control'; segment: string }>();

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return r.value as T;
}
const csvFile = (name: string, header: string[], rows: (string | number)[][]) => {
  const file = join(dir, name);
  const cell = (v: string | number) => (typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);
  writeFileSync(file, `${[header.map(cell), ...rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\n')}\n`);
  return file;
};
/** Test and control figures of a segment (or all, null) counted directly from the expected rows. */
function counted(rows: { id: string; responded: boolean }[], segment: string | null) {
  const respondedIds = new Set(rows.filter((r) => r.responded).map((r) => r.id));
  const side = (group: 'test' | 'control') => {
    const ids = [...drawn].filter(([, d]) => d.group === group && (segment === null || d.segment === segment));
    return { customers: ids.length, responders: ids.filter(([id]) => respondedIds.has(id)).length };
  };
  return { test: side('test'), control: side('control') };
}

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  await t.service.createAt(join(dir, 'platform.segdesk'));
  const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue', email: 'email' },
  });
  runId = (await t.service.createRun(orders.id, { ...RFM_ELEVEN, analysisDate: '2007-01-01' })).run.id;
  const lists = await t.service.writeGroupLists(runId, draw.segments, draw.share, draw.seed, join(dir, 'groups'));
  for (const [group, file] of [
    ['test', lists.test],
    ['control', lists.control],
  ] as const)
    for (const line of readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1)) {
      const [id, segment] = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
      drawn.set(id, { group, segment });
    }
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('campaign results from a platform export', () => {
  it("Mailchimp's list of who clicked (its export headers, e-mails in other case): matched by e-mail, groups from the draw, uplift as counted directly", async () => {
    expect(drawn.size).toBeGreaterThan(100);
    const random = seededRandom(11);
    const clicked = [...drawn].filter(([, d]) => random() < (d.group === 'test' ? 0.3 : 0.1)).map(([id]) => id);
    const outsider = [...emailOf.keys()].find((id) => !drawn.has(id))!;
    const header = [
      'Email Address',
      'First Name',
      'Last Name',
      'MEMBER_RATING',
      'OPTIN_TIME',
      'CONFIRM_TIME',
      'LEID',
      'EUID',
      'TAGS',
    ];
    const row = (email: string, i: number) => [
      email,
      'A',
      'B',
      2,
      '2024-05-01 10:00:00',
      '2024-05-01 10:01:00',
      1000 + i,
      `e${i}`,
      'Champions',
    ];
    const rows = clicked.map((id, i) => row(i % 2 ? emailOf.get(id)!.toUpperCase() : ` ${emailOf.get(id)} `, i));
    rows.push(row('stranger@example.com', 9001), row(emailOf.get(outsider)!, 9002));
    const token = t.service.registerFile(csvFile('mailchimp-clicked.csv', header, rows)).token;
    const saved = await call<SavedCampaignInfo>('campaign:results', { runId, token, jobId: 'camp-0001', draw });
    const results: CampaignResultsInfo = saved.results;
    expect(results.matchedBy).toBe('email');
    expect(results.unmatched).toBe(2);
    const expected = clicked.map((id) => ({ id, responded: true }));
    for (const segment of [...draw.segments, null]) {
      const c = counted(expected, segment);
      const s = results.segments.find((x) => x.segment === (segment ?? '(all)'))!;
      expect([s.test.customers, s.test.responders, s.control.customers, s.control.responders], String(segment)).toEqual(
        [c.test.customers, c.test.responders, c.control.customers, c.control.responders],
      );
      expect(s.uplift).toBeCloseTo(
        c.test.responders / c.test.customers - c.control.responders / c.control.customers,
        12,
      );
      expect(s.upliftCi).toEqual(upliftInterval(c.test, c.control));
    }
    // Segments not drawn have nobody in either group.
    expect(results.segments.find((x) => x.segment === 'lost')!.test.customers).toBe(0);
  });

  it("Shopify's customers export (Customer ID of its own, Email, Total Orders, Total Spent): by e-mail, responded = orders > 0, revenue by Welch as computed directly", async () => {
    const random = seededRandom(23);
    const header = [
      'Customer ID',
      'First Name',
      'Last Name',
      'Email',
      'Accepts Email Marketing',
      'Default Address Phone',
      'Phone',
      'Total Spent',
      'Total Orders',
      'Tags',
    ];
    const answers = [...drawn].map(([id, d], i) => {
      const orders = random() < (d.group === 'test' ? 0.25 : 0.12) ? 1 + Math.floor(random() * 3) : 0;
      return { id, orders, spent: orders ? Math.round(1000 + random() * 9000) / 100 : 0, i };
    });
    const rows = answers.map((a) => [
      7_000_000 + a.i,
      'A',
      'B',
      emailOf.get(a.id)!,
      'yes',
      '',
      '',
      a.spent,
      a.orders,
      '',
    ]);
    const results = await t.service.campaignResults(
      runId,
      csvFile('shopify-customers.csv', header, rows),
      {},
      undefined,
      { draw },
    );
    expect([results.matchedBy, results.unmatched]).toEqual(['email', 0]);
    const expected = answers.map((a) => ({ id: a.id, responded: a.orders > 0 }));
    const all = results.segments.find((x) => x.segment === '(all)')!;
    const c = counted(expected, null);
    expect([all.test.customers, all.test.responders, all.control.customers, all.control.responders]).toEqual([
      c.test.customers,
      c.test.responders,
      c.control.customers,
      c.control.responders,
    ]);
    const spent = (group: string) => answers.filter((a) => drawn.get(a.id)!.group === group).map((a) => a.spent);
    const w = welchTTest(spent('test'), spent('control'));
    expect(all.revenue!.difference).toBeCloseTo(w.difference, 10);
    expect(all.revenue!.p).toBeCloseTo(w.p, 10);
    expect(all.test.revenuePerCustomer).toBeCloseTo(spent('test').reduce((s, v) => s + v, 0) / c.test.customers, 10);
  });

  it('a file with its own group column matched by e-mail; without group column nor draw: the missing group named', async () => {
    const ids = [...drawn.keys()].slice(0, 40);
    const rows = ids.map((id, i) => [emailOf.get(id)!, i % 2 ? 'test' : 'control', i % 3 ? 0 : 1]);
    const results = await t.service.campaignResults(
      runId,
      csvFile('own-groups.csv', ['E-mail', 'group', 'responded'], rows),
    );
    const all = results.segments.find((x) => x.segment === '(all)')!;
    expect([
      results.matchedBy,
      all.test.customers,
      all.control.customers,
      all.test.responders + all.control.responders,
    ]).toEqual(['email', 20, 20, 14]);
    // The page's draw does not override a file's own group column.
    const withDraw = await t.service.campaignResults(
      runId,
      csvFile('own-groups-draw.csv', ['E-mail', 'group', 'responded'], rows),
      {},
      undefined,
      { draw },
    );
    const allDraw = withDraw.segments.find((x) => x.segment === '(all)')!;
    expect([allDraw.test.customers, allDraw.control.customers, withDraw.unmatched]).toEqual([20, 20, 0]);
    const noGroups = csvFile('no-groups.csv', ['Email', 'Clicks'], [[emailOf.get(ids[0])!, 1]]);
    await expect(t.service.campaignResults(runId, noGroups)).rejects.toMatchObject({
      code: 'E_MISSING_ROLE',
      details: { roles: ['group'], source: 'campaignFile' },
    });
    const nobody = csvFile('nobody.csv', ['campaign', 'clicks'], [['spring', 1]]);
    await expect(t.service.campaignResults(runId, nobody, {}, undefined, { draw })).rejects.toMatchObject({
      code: 'E_MISSING_ROLE',
      details: { source: 'matchFile', columns: ['campaign', 'clicks'] },
    });
  });
});
