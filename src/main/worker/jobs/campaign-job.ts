import type { CampaignColumns, CampaignResultsInfo } from '../../../shared/campaign';
import type { ControlDraw } from '../../../shared/presets';
import { matchCandidates } from '../../engine/contacts/match-columns';
import { readMatchTable } from '../../engine/contacts/read-match-table';
import { membership } from '../../engine/monitor/migration';
import { campaignResults } from '../../engine/stats/campaign';
import { campaignFileRows } from '../../engine/stats/campaign-file';
import type { JobContext } from '../protocol';
import { loadRun } from './load-run';
import { loadMemberContacts } from './member-contacts-data';

export interface CampaignInput {
  workspacePath: string;
  runId: number;
  file: string;
  columns: CampaignColumns;
  /** The Campaigns page's draw: the groups of a platform's file that has no group column. */
  draw?: ControlDraw;
  /** ISO-2 country of the file's phone numbers written without their code. */
  defaultCountry?: string;
}

/** The identifier column the user named (customer id, e-mail or phone), for the candidates' look. */
const namedColumn = (c: CampaignColumns) =>
  c.customerId
    ? { by: 'customerId' as const, column: c.customerId }
    : c.email
      ? { by: 'email' as const, column: c.email }
      : c.phone
        ? { by: 'phone' as const, column: c.phone }
        : undefined;

/**
 * A campaign results file read and compared, test against control, per segment of a run — its
 * customers matched by id, or by e-mail / phone against the members' contacts (read only when the
 * file may name customers that way).
 */
export async function campaignJob(input: CampaignInput, ctx: JobContext): Promise<CampaignResultsInfo> {
  const table = await readMatchTable(input.file);
  ctx.throwIfCancelled();
  const ref = { workspacePath: input.workspacePath, runId: input.runId, now: 0 };
  const byContact = matchCandidates(table, namedColumn(input.columns)).some((c) => c.by !== 'customerId');
  const { loaded, contacts } = byContact ? loadMemberContacts(ref, ctx) : { loaded: loadRun(ref, ctx), contacts: null };
  const run = membership(loaded.members, loaded.result);
  ctx.throwIfCancelled();
  const file = campaignFileRows(table, input.columns, {
    members: { ids: run.ids, contacts, defaultCountry: input.defaultCountry ?? null },
    run,
    draw: input.draw,
  });
  const results = campaignResults(file.rows, run);
  return { ...results, unmatched: results.unmatched + file.outside, matchedBy: file.matchedBy };
}
