import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** SQLite's side files that must not appear next to a file that was only validated. */
export function sideFiles(file: string): string[] {
  return ['-wal', '-shm', '-journal'].map((s) => file + s).filter((f) => existsSync(f));
}
