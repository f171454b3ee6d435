import { AppError } from '../../shared/errors';
import { crossSellSpecSchema, type CrossSellSpec, type TargetList } from '../../shared/products';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';

/** A cross-sell list to keep with its run: its members as row numbers in the run's members. */
export interface NewRunList {
  runId: number;
  name: string;
  spec: CrossSellSpec;
  members: Uint32Array;
}

interface ListRow {
  id: number;
  run_id: number;
  name: string;
  created_at: string;
  spec: string;
  customers: number;
}

const LIST_SELECT = 'SELECT id, run_id, name, created_at, spec, customers FROM run_lists';

/** A stored list as the app reads it; a spec that no longer reads (altered in the file) becomes E_RUN_CORRUPT. */
function listFromRow(row: ListRow): TargetList {
  const parsed = crossSellSpecSchema.safeParse(JSON.parse(row.spec));
  if (!parsed.success)
    throw new AppError('E_RUN_CORRUPT', `Cross-sell list ${row.id} of run ${row.run_id} no longer reads.`, {
      listId: row.id,
      runId: row.run_id,
    });
  return {
    id: row.id,
    runId: row.run_id,
    name: row.name,
    createdAt: row.created_at,
    spec: parsed.data,
    customers: row.customers,
  };
}

/** Row numbers as stored: little-endian Uint32, 4 bytes each. */
export function membersBlob(members: Uint32Array): Buffer {
  const out = Buffer.alloc(members.length * 4);
  for (let i = 0; i < members.length; i++) out.writeUInt32LE(members[i], i * 4);
  return out;
}

function membersOfBlob(blob: Uint8Array): Uint32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const out = new Uint32Array(Math.floor(blob.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Keeps a list with its run, in one transaction (E_NOT_FOUND when the run is gone). */
export function insertRunList(db: Db, list: NewRunList, createdAt = new Date().toISOString()): TargetList {
  const spec = crossSellSpecSchema.parse(list.spec);
  return writeTransaction(db, () => {
    if (!db.prepare('SELECT 1 FROM runs WHERE id = ?').get(list.runId))
      throw new AppError('E_NOT_FOUND', `Run ${list.runId} does not exist`);
    const { lastInsertRowid } = db
      .prepare('INSERT INTO run_lists (run_id, name, created_at, spec, customers, members) VALUES (?, ?, ?, ?, ?, ?)')
      .run(list.runId, list.name, createdAt, JSON.stringify(spec), list.members.length, membersBlob(list.members));
    return listFromRow(db.prepare(`${LIST_SELECT} WHERE id = ?`).get(lastInsertRowid) as ListRow);
  });
}

/** The lists kept with a run, oldest first. */
export function readRunLists(db: Db, runId: number): TargetList[] {
  return (db.prepare(`${LIST_SELECT} WHERE run_id = ? ORDER BY id`).all(runId) as ListRow[]).map(listFromRow);
}

/** One list; E_NOT_FOUND when there is none with this id (or, given a run, none of that run). */
export function readRunList(db: Db, listId: number, runId?: number): TargetList {
  const row = db.prepare(`${LIST_SELECT} WHERE id = ?`).get(listId) as ListRow | undefined;
  if (!row || (runId !== undefined && row.run_id !== runId))
    throw new AppError(
      'E_NOT_FOUND',
      runId === undefined ? `No cross-sell list ${listId}.` : `Run ${runId} has no cross-sell list ${listId}.`,
      { listId, ...(runId === undefined ? {} : { runId }) },
    );
  return listFromRow(row);
}

/**
 * A list's members: their row numbers in the run's members (E_NOT_FOUND when the run has no such
 * list), with when the run's members were made and its dataset (a run edited after the list was
 * made has new members, which the row numbers may no longer point into).
 */
export function readRunListMembers(
  db: Db,
  listId: number,
  runId: number,
): { list: TargetList; rows: Uint32Array; runCreatedAt: string; datasetId: number } {
  const list = readRunList(db, listId, runId);
  const blob = db.prepare('SELECT members FROM run_lists WHERE id = ?').pluck().get(listId) as Uint8Array;
  const run = db.prepare('SELECT created_at, dataset_id FROM runs WHERE id = ?').get(runId) as {
    created_at: string;
    dataset_id: number;
  };
  return { list, rows: membersOfBlob(blob), runCreatedAt: run.created_at, datasetId: run.dataset_id };
}

/** Deletes a list, in one transaction; E_NOT_FOUND when there is none with this id. */
export function deleteRunList(db: Db, listId: number): void {
  writeTransaction(db, () => {
    const changes = db.prepare('DELETE FROM run_lists WHERE id = ?').run(listId).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `No cross-sell list ${listId}.`, { listId });
  });
}
