import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSpecSchema } from '../../../../src/shared/clv';
import type { RunResult } from '../../../../src/shared/segments';
import { cdnowRows } from '../../../helpers/cdnow';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let result: RunResult;
const segmentOf = new Map<string, number>();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-clv-personas-'), 'cdnow.segdesk'));
  const dataset = await t.service.importFile(sharedData('CDNOW_master.txt'));
  const runId = (await t.service.createRun(dataset.id, clvSpecSchema.parse({ model: 'clv' }))).run.id;
  result = t.service.runDetails(runId).result;
  const members = t.service.runMembers(runId);
  for (let i = 0; i < members.numRows; i++)
    segmentOf.set(String(members.getChild('customerId')!.get(i)), Number(members.getChild('segment')!.get(i)));
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** Per customer from the raw file: purchase rows (each an order: the file has no order id), first and last day. */
function rawCustomers() {
  const out = new Map<string, { rows: number; first: number; last: number }>();
  for (const r of cdnowRows('CDNOW_master.txt', 0, 1, 3).raw) {
    const c = out.get(r.id) ?? { rows: 0, first: r.day, last: r.day };
    c.rows++;
    c.first = Math.min(c.first, r.day);
    c.last = Math.max(c.last, r.day);
    out.set(r.id, c);
  }
  return out;
}

describe('CLV personas on CDNOW master (default run: Pareto/NBD fitted on everything)', () => {
  it('a segment’s cadence counts only customers who came back on another day; most of one day only says so', () => {
    const raw = rawCustomers();
    expect(segmentOf.size).toBe(23_570);
    const expected = result.segments.map((_, s) => {
      const ids = [...segmentOf].filter(([, seg]) => seg === s).map(([id]) => raw.get(id)!);
      if (ids.length === 0) return null;
      const back = ids.filter((c) => c.last > c.first);
      if (2 * back.length < ids.length) return { en: 'Most bought on one day only', zh: '多数客户只在一天里购买过' };
      const days = back.reduce((sum, c) => sum + (c.last - c.first) / (c.rows - 1), 0) / back.length;
      const n = Number((days >= 14 ? days / 7 : days).toFixed(1));
      return days >= 14
        ? { en: `Buys every ${n} weeks`, zh: `约每 ${n} 周购买一次` }
        : { en: `Buys every ${n} days`, zh: `约每 ${n} 天购买一次` };
    });
    const got = result.personas.map((p, s) =>
      result.segments[s].customers === 0
        ? null
        : {
            en: p.description.en.replace(/\.$/, '').split('; ')[0],
            zh: p.description['zh-CN'].replace(/。$/, '').split('；')[0],
          },
    );
    expect(got).toEqual(expected);
    // Written out: no "every 0 days"; the low-value lost buyers (mostly one purchase day) read as such.
    const named = Object.fromEntries(result.segments.map((s, i) => [s.key, got[i]?.en]));
    expect(named).toEqual({
      high_active: 'Buys every 14.7 weeks',
      high_at_risk: 'Buys every 9.5 weeks',
      high_lost: 'Buys every 4.3 weeks',
      middle_active: 'Buys every 37.4 weeks',
      middle_at_risk: 'Buys every 16.5 weeks',
      middle_lost: 'Most bought on one day only',
      low_active: undefined,
      low_at_risk: undefined,
      low_lost: 'Most bought on one day only',
    });
  });
});
