import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExportResult } from '../../shared/exports';
import type { Language } from '../../shared/schemas';
import type { CampaignColumns, CampaignResultsInfo, GroupSplit } from '../../shared/campaign';
import type { ControlDraw } from '../../shared/presets';
import { placeMissingRole } from './missing-role-place';
import { writeFileAtomically } from '../io/write-file-atomically';
import { insertCampaign, readCampaigns, type SavedCampaign } from '../store/runs';
import type { PickGroupsInput } from '../worker/jobs/pick-groups';
import type { FileTokens } from './file-tokens';
import type { ServiceContext } from './service-context';

/** How a platform's results file is matched: the draw its groups came from, the country of phone numbers without a code. */
export interface CampaignMatchOptions {
  draw?: ControlDraw;
  defaultCountry?: string;
}

/** Campaigns: results files compared per segment and kept with a run; test and control groups drawn. */
export class CampaignService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly files: FileTokens,
  ) {}

  /**
   * A campaign results file (test / control, responded, revenue) compared per segment of a run; a
   * platform's export (customers by e-mail or phone, no group column) with the draw it went out with.
   */
  campaignResults(
    runId: number,
    file: string,
    columns: CampaignColumns = {},
    jobId?: string,
    match: CampaignMatchOptions = {},
  ): Promise<CampaignResultsInfo> {
    const { ref, run } = this.ctx.runRef(runId);
    const { workspacePath } = ref;
    return this.ctx.jobs
      .run('campaign:results', { workspacePath, runId, file, columns, ...match }, jobId)
      .catch(placeMissingRole(run.datasetId));
  }

  /** The campaign results file chosen in a dialog (import:choose), compared per segment of a run, and kept with the run (named after the file). */
  async campaignResultsOf(
    runId: number,
    token: string,
    columns: CampaignColumns = {},
    jobId?: string,
    match: CampaignMatchOptions = {},
  ): Promise<SavedCampaign> {
    return this.saveCampaign(runId, this.files.path(token), columns, jobId, match);
  }

  /** A campaign results file compared per segment of a run and kept with the run, named after the file. */
  async saveCampaign(
    runId: number,
    file: string,
    columns: CampaignColumns = {},
    jobId?: string,
    match: CampaignMatchOptions = {},
  ): Promise<SavedCampaign> {
    const results = await this.campaignResults(runId, file, columns, jobId, match);
    const { db } = this.ctx.requireStore();
    const id = insertCampaign(db, runId, basename(file), results);
    return readCampaigns(db, runId).find((c) => c.id === id)!;
  }

  /** The campaigns kept with a run, oldest first. */
  savedCampaigns(runId: number): SavedCampaign[] {
    const run = this.ctx.requireRun(runId);
    return readCampaigns(this.ctx.requireStore().db, run.id);
  }

  /**
   * Draws a seeded control group within each chosen segment of a run (in the worker) and saves both
   * lists as one CSV (id, segment, group) where the user chooses; null when they cancelled.
   */
  async pickGroups(
    runId: number,
    segments: string[],
    controlShare: number,
    seed: number,
    lang: Language,
    filePath: string | null = null,
  ): Promise<ExportResult | null> {
    const { run } = this.ctx.runRef(runId);
    const { files } = await this.draw(runId, segments, controlShare, seed, { kind: 'one', lang });
    const suffix = this.ctx.translate(lang)('exportFiles.groups', { seed });
    const target = filePath ?? (await this.ctx.saveTarget(run.name, suffix, 'csv'));
    return target ? this.ctx.writeExport(target, files[0].bytes, files[0].rows) : null;
  }

  /**
   * The command line's control group: the same draw as pickGroups, written as test.csv and
   * control.csv (customerId, segment key) in `dir`.
   */
  async writeGroupLists(
    runId: number,
    segments: string[],
    controlShare: number,
    seed: number,
    dir: string,
  ): Promise<{ segments: GroupSplit['segments']; test: string; control: string }> {
    const split = await this.draw(runId, segments, controlShare, seed, { kind: 'two' });
    mkdirSync(dir, { recursive: true });
    const [test, control] = [join(dir, 'test.csv'), join(dir, 'control.csv')];
    await writeFileAtomically(test, split.files[0].bytes);
    await writeFileAtomically(control, split.files[1].bytes);
    return { segments: split.segments, test, control };
  }

  /** The one control-group picker: the campaign:pickGroups job. */
  private draw(runId: number, segments: string[], controlShare: number, seed: number, lists: PickGroupsInput['lists']) {
    const { workspacePath } = this.ctx.runRef(runId).ref;
    return this.ctx.jobs.run('campaign:pickGroups', { workspacePath, runId, segments, controlShare, seed, lists });
  }
}
