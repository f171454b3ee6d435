import { seededRandom } from '../cluster/seeded-random';
import type { GroupSplit } from '../../../shared/campaign';
import type { RunMembership } from '../monitor/migration';

/**
 * Test and control groups drawn at random within each chosen segment (stratified): in each, a
 * seeded shuffle puts round(share × customers) in control and the rest in test, so the same seed
 * gives the same lists and every segment keeps its own control.
 */
export function splitGroups(
  run: RunMembership,
  segments: readonly string[],
  controlShare: number,
  seed: number,
): GroupSplit {
  const random = seededRandom(seed);
  const out: GroupSplit = { segments: [], test: [], control: [] };
  for (const key of segments) {
    const s = run.keys.indexOf(key);
    const ids = run.ids.filter((_, i) => run.segment[i] === s);
    // Fisher–Yates, seeded.
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    const control = Math.round(controlShare * ids.length);
    ids.forEach((id, i) => (i < control ? out.control : out.test).push({ id, segment: key }));
    out.segments.push({ segment: key, test: ids.length - control, control });
  }
  return out;
}
