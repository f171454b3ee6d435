import { campaignResultsSchema, type CampaignResultsInfo } from '../../shared/campaign';
import { tableFromIPC, type Table } from 'apache-arrow';
import { AppError } from '../../shared/errors';
import type { RunInfo } from '../../shared/schemas';
import { modelSpecSchema, runResultSchema, type ModelSpec, type RunResult } from '../../shared/segments';
import { expectRows, readStored, readStoredJson } from './damaged';
import { readJoinedChunks, toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';
import { RUN_SELECT, runFromRow, type RunRow } from './rows';

export interface NewRun {
  datasetId: number;
  name: string;
  model: string;
  spec: unknown;
  result: RunResult;
  /** One row per customer: id, segment, the model's values. */
  members: Table;
}

/** Stores a run — its spec, result and per-customer columns — in one transaction. */
export async function insertRun(db: Db, run: NewRun): Promise<RunInfo> {
  const chunks = await toChunks(run.members);
  const insertRunRow = db.prepare(
    "INSERT INTO runs (dataset_id, name, model, spec_json, status, customer_count, result_json, created_at) VALUES (?, ?, ?, ?, 'done', ?, ?, ?)",
  );
  const insertChunk = db.prepare('INSERT INTO run_chunks (run_id, seq, bytes) VALUES (?, ?, ?)');
  return writeTransaction(db, () => {
    const { lastInsertRowid } = insertRunRow.run(
      run.datasetId,
      run.name,
      run.model,
      JSON.stringify(run.spec),
      run.members.numRows,
      JSON.stringify(run.result),
      new Date().toISOString(),
    );
    chunks.forEach((bytes, seq) => insertChunk.run(lastInsertRowid, seq, bytes));
    return runFromRow(db.prepare(`${RUN_SELECT} WHERE id = ?`).get(lastInsertRowid) as RunRow);
  });
}

/**
 * Stores a new result for an existing run — its spec edited (a segment renamed, a rule changed)
 * and re-run — in one transaction: the run keeps its id, name and notes and counts one more revision.
 */
export async function replaceRun(
  db: Db,
  runId: number,
  run: Omit<NewRun, 'datasetId' | 'name'> & { name?: string },
): Promise<RunInfo> {
  const chunks = await toChunks(run.members);
  const insertChunk = db.prepare('INSERT INTO run_chunks (run_id, seq, bytes) VALUES (?, ?, ?)');
  return writeTransaction(db, () => {
    const changed = db
      .prepare(
        'UPDATE runs SET name = coalesce(?, name), model = ?, spec_json = ?, customer_count = ?, result_json = ?, created_at = ?, revision = revision + 1 WHERE id = ?',
      )
      .run(
        run.name ?? null,
        run.model,
        JSON.stringify(run.spec),
        run.members.numRows,
        JSON.stringify(run.result),
        new Date().toISOString(),
        runId,
      );
    if (changed.changes !== 1) throw new AppError('E_NOT_FOUND', `Run ${runId} does not exist`);
    db.prepare('DELETE FROM run_chunks WHERE run_id = ?').run(runId);
    chunks.forEach((bytes, seq) => insertChunk.run(runId, seq, bytes));
    return runFromRow(db.prepare(`${RUN_SELECT} WHERE id = ?`).get(runId) as RunRow);
  });
}

function runRow(db: Db, id: number): RunRow & { result_json: string; spec_json: string } {
  const row = db.prepare(`${RUN_SELECT} WHERE id = ?`).get(id) as
    | (RunRow & { result_json: string; spec_json: string })
    | undefined;
  if (!row) throw new AppError('E_NOT_FOUND', `Run ${id} does not exist`);
  return row;
}

/** A run's info, spec and result. */
export function readRun(db: Db, id: number): { run: RunInfo; spec: ModelSpec; result: RunResult } {
  const row = runRow(db, id);
  const owner = { kind: 'run', id, name: row.name } as const;
  return {
    run: runFromRow(row),
    spec: readStoredJson(owner, 'spec_json', row.spec_json, modelSpecSchema),
    result: readStoredJson(owner, 'result_json', row.result_json, runResultSchema),
  };
}

/** A run's per-customer columns. */
export function readRunMembers(db: Db, id: number): Table {
  const { name, customer_count: customers } = runRow(db, id);
  return readStored({ kind: 'run', id, name }, 'members', () => {
    const bytes = readJoinedChunks(db, 'run_chunks', 'run_id', id);
    if (!bytes) throw new AppError('E_NOT_FOUND', `Run ${id} has no members`);
    return expectRows(tableFromIPC(bytes), customers);
  });
}

/** The user's notes per segment key of a run. */
export function readSegmentNotes(db: Db, runId: number): Record<string, string> {
  const rows = db
    .prepare('SELECT segment_key, notes FROM segment_notes WHERE run_id = ? ORDER BY segment_key')
    .all(runId) as { segment_key: string; notes: string }[];
  return Object.fromEntries(rows.map((r) => [r.segment_key, r.notes]));
}

/** Saves (or, when empty, removes) the user's notes for one segment of a run. */
export function writeSegmentNote(db: Db, runId: number, segmentKey: string, notes: string): void {
  runRow(db, runId);
  if (notes.trim() === '')
    db.prepare('DELETE FROM segment_notes WHERE run_id = ? AND segment_key = ?').run(runId, segmentKey);
  else {
    db.prepare(
      'INSERT INTO segment_notes (run_id, segment_key, notes, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (run_id, segment_key) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at',
    ).run(runId, segmentKey, notes, new Date().toISOString());
  }
}

/** A campaign's results saved with a run. */
export interface SavedCampaign {
  id: number;
  name: string;
  createdAt: string;
  results: CampaignResultsInfo;
}

/** Keeps a campaign's results with the run they were read against; returns its id. */
export function insertCampaign(db: Db, runId: number, name: string, results: CampaignResultsInfo): number {
  runRow(db, runId);
  const info = db
    .prepare('INSERT INTO run_campaigns (run_id, name, created_at, results) VALUES (?, ?, ?, ?)')
    .run(runId, name, new Date().toISOString(), JSON.stringify(results));
  return Number(info.lastInsertRowid);
}

/** The campaigns saved with a run, oldest first (each checked against the schema as it is read). */
export function readCampaigns(db: Db, runId: number): SavedCampaign[] {
  const owner = { kind: 'run', id: runId, name: runRow(db, runId).name } as const;
  const rows = db
    .prepare('SELECT id, name, created_at, results FROM run_campaigns WHERE run_id = ? ORDER BY id')
    .all(runId) as { id: number; name: string; created_at: string; results: string }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    results: readStoredJson(owner, 'campaigns', r.results, campaignResultsSchema),
  }));
}
