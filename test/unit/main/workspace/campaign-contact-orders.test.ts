import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/main/engine/cluster/seeded-random';
import { splitGroups } from '../../../../src/main/engine/stats/control-group';
import { contactOrdersRun, type RunMember } from '../../../helpers/contact-orders-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let runId: number;
let members: RunMember[];
let keys: string[];
const dir = tempDir('segdesk-campaign-contacts-');

beforeAll(async () => {
  t = createTestService();
  const made = await contactOrdersRun(t.service, dir);
  runId = made.run.id;
  members = made.members;
  keys = made.result.segments.map((s) => s.key);
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('campaign results of an SMS platform, customers by phone (the contact-orders file)', () => {
  it("phones written in international form match the members' mobiles read in their own country; groups from the draw; unmatched counted exactly", async () => {
    const segments = ['champions', 'loyal'];
    const draw = { segments, share: 0.25, seed: 5 };
    // The draw as the Campaigns page makes it: the same seeded picker, on the run's members.
    const split = splitGroups(
      { ids: members.map((m) => m.id), segment: Int32Array.from(members, (m) => m.segment), keys },
      segments,
      draw.share,
      draw.seed,
    );
    const group = new Map<string, 'test' | 'control'>();
    for (const side of ['test', 'control'] as const) for (const r of split[side]) group.set(r.id, side);
    const byId = new Map(members.map((m) => [m.id, m]));
    const phoneCount = new Map<string, number>();
    for (const m of members) if (m.facts.phone) phoneCount.set(m.facts.phone, (phoneCount.get(m.facts.phone) ?? 0) + 1);
    // Every drawn customer with a phone of their own (not the pair sharing one), written in international
    // form with spaces ("+44 7911 2nnnnn", "+86 139 …"), and whether they ordered.
    const random = seededRandom(9);
    const listed = [...group.keys()].filter((id) => {
      const phone = byId.get(id)!.facts.phone;
      return phone !== null && phoneCount.get(phone) === 1;
    });
    const ordered = new Set(listed.filter((id) => random() < (group.get(id) === 'test' ? 0.3 : 0.15)));
    const spaced = (e164: string) =>
      e164.startsWith('+44')
        ? `+44 ${e164.slice(3, 7)} ${e164.slice(7)}`
        : `+86 ${e164.slice(3, 6)} ${e164.slice(6, 10)} ${e164.slice(10)}`;
    const lines = listed.map((id) => `"${spaced(byId.get(id)!.facts.phone!)}",${ordered.has(id) ? 'Yes' : 'No'}`);
    // Two numbers of nobody, and one customer outside the drawn groups.
    const outsider = members.find((m) => !group.has(m.id) && m.facts.phone && phoneCount.get(m.facts.phone) === 1)!;
    lines.push('"+44 7700 900123",Yes', '"+86 139 0000 0001",No', `"${outsider.facts.phone}",Yes`);
    const file = join(dir, 'sms-results.csv');
    writeFileSync(file, `Phone Number,Converted\n${lines.join('\n')}\n`);

    const results = await t.service.campaignResults(runId, file, {}, undefined, { draw });
    expect([results.matchedBy, results.unmatched]).toEqual(['phone', 3]);
    for (const key of [...segments, '(all)']) {
      const inSegment = (id: string) => key === '(all)' || keys[byId.get(id)!.segment] === key;
      const side = (g: 'test' | 'control') => {
        const ids = [...group].filter(([id, s]) => s === g && inSegment(id)).map(([id]) => id);
        return [ids.length, ids.filter((id) => ordered.has(id)).length];
      };
      const s = results.segments.find((x) => x.segment === key)!;
      expect([s.test.customers, s.test.responders, s.control.customers, s.control.responders], key).toEqual([
        ...side('test'),
        ...side('control'),
      ]);
    }
  });
});
