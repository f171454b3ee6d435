import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import type { ReadOnlyReason } from '../../shared/schemas';

/** Why a workspace cannot be changed here, or null when it can (injectable: tests stand in for a protected disk). */
export type WriteBlocker = (file: string) => ReadOnlyReason | null;

const PROTECTED = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Asks the system whether the file and its folder may be written. Unlike chmod for root, an
 * immutable file (chattr +i: EPERM) and a read-only mount (EROFS) refuse even root here.
 */
export const writeBlocker: WriteBlocker = (file) => {
  for (const [reason, path] of [
    ['file', file],
    ['folder', dirname(file)],
  ] as const) {
    try {
      accessSync(path, constants.W_OK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (PROTECTED.has(code)) return { reason, code };
    }
  }
  return null;
};
