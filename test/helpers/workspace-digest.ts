import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export interface WorkspaceDigest {
  integrity: string;
  /** id → sha256 of the dataset's row and every stored piece of its Arrow stream. */
  datasets: Record<number, string>;
  /** id → sha256 of the run's row, its per-customer pieces, notes and campaigns. */
  runs: Record<number, string>;
  /** Pieces whose dataset or run row is missing: a half-written import or run would leave them. */
  orphanPieces: number;
}

function digestRows(db: Database.Database, sql: string, id: number): string {
  const hash = createHash('sha256');
  for (const row of db.prepare(sql).iterate(id) as Iterable<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(row)) {
      hash.update(key);
      hash.update(value instanceof Uint8Array ? value : JSON.stringify(value));
    }
  }
  return hash.digest('hex');
}

/**
 * What a workspace holds, as checksums, read through its own connection (so SQLite recovers a
 * crashed writer's WAL first, as the app would on open).
 */
export function digestWorkspace(file: string): WorkspaceDigest {
  const db = new Database(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const datasets: Record<number, string> = {};
    for (const id of db.prepare('SELECT id FROM datasets ORDER BY id').pluck().all() as number[]) {
      datasets[id] =
        digestRows(db, 'SELECT * FROM datasets WHERE id = ?', id) +
        digestRows(db, 'SELECT seq, bytes FROM dataset_chunks WHERE dataset_id = ? ORDER BY seq', id);
    }
    const runs: Record<number, string> = {};
    for (const id of db.prepare('SELECT id FROM runs ORDER BY id').pluck().all() as number[]) {
      runs[id] = [
        'SELECT * FROM runs WHERE id = ?',
        'SELECT seq, bytes FROM run_chunks WHERE run_id = ? ORDER BY seq',
        'SELECT segment_key, notes FROM segment_notes WHERE run_id = ? ORDER BY segment_key',
        'SELECT name, results FROM run_campaigns WHERE run_id = ? ORDER BY id',
      ]
        .map((sql) => digestRows(db, sql, id))
        .join('');
    }
    const orphanPieces = db
      .prepare(
        `SELECT (SELECT count(*) FROM dataset_chunks WHERE dataset_id NOT IN (SELECT id FROM datasets))
              + (SELECT count(*) FROM run_chunks WHERE run_id NOT IN (SELECT id FROM runs))`,
      )
      .pluck()
      .get() as number;
    return { integrity, datasets, runs, orphanPieces };
  } finally {
    db.close();
  }
}
