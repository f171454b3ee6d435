import type { Db } from './open-database';

/** A dataset name no dataset of the workspace has yet: the name itself, else "name (2)", "name (3)" … */
export function freeDatasetName(db: Db, name: string): string {
  const taken = new Set(db.prepare('SELECT name FROM datasets').pluck().all() as string[]);
  let free = name;
  for (let n = 2; taken.has(free); n++) free = `${name} (${n})`;
  return free;
}
