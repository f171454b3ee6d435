import { AppError } from '../../shared/errors';
import type { Comparison } from '../../shared/compare';
import type { PageQuery } from '../../shared/explore';
import type { MembersExport } from '../../shared/exports';
import { reappliedSpec, type ReapplyOptions } from '../../shared/reapply';
import { renamedSpec } from '../../shared/renamed-spec';
import type { RunInfo } from '../../shared/schemas';
import type { ModelSpec, RunResult } from '../../shared/segments';
import type { Table } from 'apache-arrow';
import { comparisonOf } from '../engine/monitor/comparison';
import { datasetChanges } from '../store/dataset-changes';
import { readRun, readRunMembers, readSegmentNotes, writeSegmentNote } from '../store/runs';
import type { CompareResult } from '../../shared/compare';
import { placeMissingRole } from './missing-role-place';
import type { ServiceContext } from './service-context';

/** Runs: create, re-apply, compare, read, rename, delete, notes. */
export class RunService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Runs a segmentation model on a dataset (in the worker) and stores the run — a new one, or,
   * with `replaceRunId`, the same run re-made from its edited spec (a segment renamed, a rule changed).
   */
  createRun(
    datasetId: number,
    spec: ModelSpec,
    options: { name?: string; jobId?: string; replaceRunId?: number } = {},
  ): Promise<{ run: RunInfo; result: RunResult }> {
    const dataset = this.ctx.requireDataset(datasetId);
    if (options.replaceRunId !== undefined && this.ctx.requireRun(options.replaceRunId).datasetId !== dataset.id) {
      throw new AppError(
        'E_BAD_SPEC',
        `Run ${options.replaceRunId} segments another dataset; an edit re-runs on the run's own dataset.`,
        { runId: options.replaceRunId },
      );
    }
    const input = {
      workspacePath: this.ctx.requireStore().path,
      datasetId: dataset.id,
      spec,
      name: options.name,
      replaceRunId: options.replaceRunId,
      now: this.ctx.now(),
    };
    return this.ctx.jobs.run('run:create', input, options.jobId).catch(placeMissingRole(dataset.id));
  }

  /**
   * Re-applies a run's spec to another analysis day, a window of days or another (appended)
   * dataset: a new run linked to it (RFM keeps its cut points unless `recompute`).
   */
  reapplyRun(
    runId: number,
    options: ReapplyOptions & { datasetId?: number; name?: string; jobId?: string },
  ): Promise<{ run: RunInfo; result: RunResult }> {
    const original = this.runDetails(runId);
    const datasetId = options.datasetId ?? original.run.datasetId;
    // The columns its rules name, under the names they were given since the run was made.
    const changes = datasetChanges(this.ctx.requireStore().db, original.run.datasetId);
    const spec = renamedSpec(
      reappliedSpec(original.spec, original.result, runId, options),
      changes,
      original.run.createdAt,
    );
    const when = options.analysisDate ?? 'latest';
    const name =
      options.name ?? `${original.run.name} → ${when}${options.windowDays ? ` · ${options.windowDays} d` : ''}`;
    return this.createRun(datasetId, spec, { name, jobId: options.jobId });
  }

  /** Two runs compared: who moved between segments, and the segments' KPIs before and after the first run's analysis day. */
  compareRuns(fromRunId: number, toRunId: number, jobId?: string): Promise<CompareResult> {
    const [from, to] = [this.ctx.requireRun(fromRunId), this.ctx.requireRun(toRunId)];
    const workspacePath = this.ctx.requireStore().path;
    return this.ctx.jobs
      .run('run:compare', { workspacePath, fromRunId: from.id, toRunId: to.id }, jobId)
      .catch(placeMissingRole(to.datasetId));
  }

  /** Two runs compared for the Compare page: the matrix, the moves (in all and per row) and the KPIs. */
  async comparison(fromRunId: number, toRunId: number, jobId?: string): Promise<Comparison> {
    const { migration, kpis } = await this.compareRuns(fromRunId, toRunId, jobId);
    return comparisonOf(migration, kpis);
  }

  /** A run's info, spec and result. */
  runDetails(runId: number): { run: RunInfo; spec: ModelSpec; result: RunResult; notes: Record<string, string> } {
    const { db } = this.ctx.requireStore();
    return { ...readRun(db, runId), notes: readSegmentNotes(db, runId) };
  }

  /** One page of a run's members (of one segment, or all; or only those on its churn-risk list) as Arrow IPC bytes, sorted and searched in the worker. */
  runMembersPage(
    runId: number,
    query: PageQuery,
    segment?: number,
    only?: MembersExport['only'],
    listId?: number,
  ): Promise<{ total: number; arrow: Uint8Array }> {
    const { workspacePath } = this.ctx.runRef(runId).ref;
    return this.ctx.jobs.run('run:page', { workspacePath, runId, query, segment, only, listId });
  }

  /** The user's notes for one segment of a run (the playbook); empty notes are removed. */
  setSegmentNote(runId: number, segmentKey: string, notes: string): Record<string, string> {
    const { db } = this.ctx.requireStore();
    writeSegmentNote(db, runId, segmentKey, notes);
    return readSegmentNotes(db, runId);
  }

  /** A run's per-customer columns: id, segment, the model's values. */
  runMembers(runId: number): Table {
    return readRunMembers(this.ctx.requireStore().db, runId);
  }

  renameRun(runId: number, name: string): RunInfo {
    return this.ctx.requireStore().renameRun(runId, name);
  }

  deleteRun(runId: number): void {
    this.ctx.requireStore().deleteRun(runId);
  }
}
