import { tableFromIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSpecSchema, type ClvResult } from '../../../../src/shared/clv';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let runId: number;
let clv: ClvResult;
/** Per customer (by number) what the file says they spent: CDNOW master's fourth column, summed. */
const spent = new Map<number, number>();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-churn-'), 'cdnow.segdesk'));
  const dataset = await t.service.importFile(sharedData('CDNOW_master.txt'));
  // No holdout, the default model (Pareto/NBD): calibrated on everything, to 1998-06-30.
  const created = await t.service.createRun(dataset.id, clvSpecSchema.parse({ model: 'clv' }));
  runId = created.run.id;
  clv = created.result.clv!;
  for (const line of readFileSync(sharedData('CDNOW_master.txt'), 'utf8').split('\n').slice(1)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 4) continue;
    const id = Number(cells[0]);
    spent.set(id, (spent.get(id) ?? 0) + Number(cells[3]));
  }
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** The members' column `name` as numbers, in the members' order. */
const column = (name: string) => {
  const members = t.service.runMembers(runId);
  return Array.from({ length: members.numRows }, (_, i) => Number(members.getChild(name)!.get(i)));
};

/** The ⌈share·n⌉-th largest value. */
const floorOfTop = (values: number[], share: number) =>
  [...values].sort((a, b) => b - a)[Math.ceil(share * values.length) - 1];

describe('the churn-risk list of a CLV run on CDNOW master', () => {
  it('holds the top fifth by past revenue or predicted value whose chance still active is below one half, with their past revenue summed', () => {
    const ids = column('customerId');
    const revenue = ids.map((id) => spent.get(id)!);
    const value = column('clv');
    const alive = column('pAlive');
    expect(ids).toHaveLength(23_570);
    expect(clv.churn.top).toBe(0.2);
    expect(clv.churn.alive).toBe(0.5);
    const revenueFloor = floorOfTop(revenue, 0.2);
    const valueFloor = floorOfTop(value, 0.2);
    expect(clv.churn.pastRevenueFloor).toBeCloseTo(revenueFloor, 6);
    const onList = ids.map((_, i) => alive[i] < 0.5 && (revenue[i] >= revenueFloor || value[i] >= valueFloor));
    const count = onList.filter(Boolean).length;
    expect(clv.churn.customers).toBe(count);
    expect(column('churnRisk')).toEqual(onList.map((b) => (b ? 1 : 0)));
    const pastRevenue = revenue.reduce((s, r, i) => s + (onList[i] ? r : 0), 0);
    expect(clv.churn.pastRevenue).toBeCloseTo(pastRevenue, 4);
    expect(clv.churn.clv).toBeCloseTo(
      value.reduce((s, v, i) => s + (onList[i] ? v : 0), 0),
      4,
    );
    // Valuable customers, lost: their past revenue is well above the average customer's.
    expect(pastRevenue / count).toBeGreaterThan(revenue.reduce((s, r) => s + r, 0) / ids.length);
  });

  it('run:members with only churnRisk pages through exactly that list, the most valuable first when sorted by value', async () => {
    const ids = column('customerId');
    const risk = column('churnRisk');
    const value = column('clv');
    const expected = ids
      .map((id, i) => ({ id, value: value[i], risk: risk[i] }))
      .filter((m) => m.risk === 1)
      .sort((a, b) => b.value - a.value);
    const top = await t.service.runMembersPage(
      runId,
      { offset: 0, limit: 10, sortColumn: 'clv', sortDesc: true },
      undefined,
      'churnRisk',
    );
    expect(top.total).toBe(clv.churn.customers);
    const page = tableFromIPC(top.arrow);
    expect(Array.from({ length: page.numRows }, (_, i) => Number(page.getChild('clv')!.get(i)))).toEqual(
      expected.slice(0, 10).map((m) => m.value),
    );
    // Every page together: the list, no one else.
    const seen: number[] = [];
    for (let offset = 0; offset < top.total; offset += 500) {
      const p = tableFromIPC(
        (await t.service.runMembersPage(runId, { offset, limit: 500 }, undefined, 'churnRisk')).arrow,
      );
      for (let i = 0; i < p.numRows; i++) seen.push(Number(p.getChild('customerId')!.get(i)));
    }
    expect(seen.sort((a, b) => a - b)).toEqual(expected.map((m) => m.id).sort((a, b) => a - b));
    // Within a segment: the list's members of that segment only.
    const segments = column('segment');
    const inFirst = ids.filter((_, i) => risk[i] === 1 && segments[i] === 0).length;
    const first = await t.service.runMembersPage(runId, { offset: 0, limit: 1 }, 0, 'churnRisk');
    expect(first.total).toBe(inFirst);
  });
});
