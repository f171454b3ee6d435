import type { Table } from 'apache-arrow';
import type { RunInfo } from '../../shared/schemas';
import type { Db } from '../store/open-database';
import { readRunMembers } from '../store/runs';
import { recentCache } from './recent-cache';

/**
 * The worker keeps the members of the last runs it read or made: `analyze` and the app's export,
 * summary and report of one run read them once. A run's members change only with a new run or a
 * re-run (a new creation time and revision), so those are the key.
 */
const cached = recentCache<Table>(2);
const keyOf = (workspacePath: string, run: RunInfo) => [workspacePath, run.id, run.createdAt, run.revision].join('|');

/** A run's members, from the cache or the workspace file. */
export function runMembers(db: Db, workspacePath: string, run: RunInfo): Table {
  return cached(keyOf(workspacePath, run), () => readRunMembers(db, run.id));
}

/** Keeps the members of a run just stored, as written. */
export function keepRunMembers(workspacePath: string, run: RunInfo, members: Table): void {
  cached(keyOf(workspacePath, run), () => members);
}
