import { datasetFingerprint } from '../../store/dataset-fingerprint';
import { openDatabase } from '../../store/open-database';
import { readDatasetInfo } from '../../store/read-dataset';
import { readCampaigns, readRun, readSegmentNotes } from '../../store/runs';
import { runMembers } from '../members-cache';
import type { JobContext } from '../protocol';

export interface RunRef {
  workspacePath: string;
  runId: number;
  /** "Today" (UTC ms), for features of runs whose data has no purchase dates. */
  now: number;
}

/** A run with its notes, members and dataset, read in one read-only connection. */
export function loadRun({ workspacePath, runId }: RunRef, ctx: JobContext, withFingerprint = false) {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: ctx.config.nativeBinding });
  try {
    const run = readRun(db, runId);
    return {
      ...run,
      /** The dataset's currency (ISO 4217), for money in exports and reports. */
      currency: readDatasetInfo(db, run.run.datasetId).currency,
      notes: readSegmentNotes(db, runId),
      members: runMembers(db, workspacePath, run.run),
      campaigns: readCampaigns(db, runId),
      fingerprint: withFingerprint ? datasetFingerprint(db, run.run.datasetId) : '',
    };
  } finally {
    db.close();
  }
}
