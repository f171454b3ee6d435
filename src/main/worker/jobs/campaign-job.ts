import type { CampaignColumns, CampaignResultsInfo } from '../../../shared/campaign';
import { membership } from '../../engine/monitor/migration';
import { campaignResults } from '../../engine/stats/campaign';
import { readCampaignFile } from '../../engine/stats/campaign-file';
import type { JobContext } from '../protocol';
import { loadRun } from './load-run';

export interface CampaignInput {
  workspacePath: string;
  runId: number;
  file: string;
  columns: CampaignColumns;
}

/** A campaign results file read and compared, test against control, per segment of a run. */
export async function campaignJob(input: CampaignInput, ctx: JobContext): Promise<CampaignResultsInfo> {
  const run = loadRun({ workspacePath: input.workspacePath, runId: input.runId, now: 0 }, ctx);
  const rows = await readCampaignFile(input.file, input.columns);
  ctx.throwIfCancelled();
  return campaignResults(rows, membership(run.members, run.result));
}
