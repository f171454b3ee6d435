import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { ControlDraw } from '../../../shared/presets';
import type { FileMatch } from '../contacts/match-file';
import type { RunMembership } from '../monitor/migration';
import type { CampaignRow } from './campaign';
import { respondedAnswer, revenueAnswer, type CampaignColumnVectors } from './campaign-answers';
import { splitGroups } from './control-group';

/**
 * A platform's results (no group column) against the draw the campaign went out with: every
 * customer of the drawn test and control groups is a row (the draw redrawn with its seed, as the
 * Campaigns page drew it); one responded when a file row naming them says so (a count > 0, yes, 1;
 * a blank is no) — or, in a file with no response column, when the file lists them at all. Several
 * rows of one customer: responded when any says so, their revenues added. File rows naming nobody
 * of the run or a customer outside the groups are counted in `outside`.
 */
export function drawnRows(
  table: Table,
  match: FileMatch,
  run: RunMembership,
  draw: ControlDraw,
  columns: CampaignColumnVectors,
): { rows: CampaignRow[]; outside: number } {
  const unknown = draw.segments.filter((k) => !run.keys.includes(k));
  if (unknown.length)
    throw new AppError('E_NOT_FOUND', `The run has no segment ${unknown.join(', ')}.`, { segments: unknown });
  const split = splitGroups(run, draw.segments, draw.share, draw.seed);
  const answers = new Map<string, { responded: boolean; revenue: number | null }>();
  for (const side of ['test', 'control'] as const)
    for (const { id } of split[side]) answers.set(id, { responded: false, revenue: null });
  let outside = match.unmatched;
  for (let r = 0; r < table.numRows; r++) {
    const member = match.rows[r];
    if (member < 0) continue;
    const answer = answers.get(run.ids[member]);
    if (!answer) {
      outside++;
      continue;
    }
    if (!columns.responded || respondedAnswer(columns.responded.get(r), r, true)) answer.responded = true;
    const spent = columns.revenue ? revenueAnswer(columns.revenue.get(r)) : null;
    if (spent !== null) answer.revenue = (answer.revenue ?? 0) + spent;
  }
  const rows: CampaignRow[] = [];
  for (const side of ['test', 'control'] as const)
    for (const { id } of split[side]) rows.push({ id, group: side, ...answers.get(id)! });
  return { rows, outside };
}
