import { extname } from 'node:path';
import type { SaveKind } from '../../shared/exports';

/** A character no file system takes in a name: a path or wildcard sign, a quote, or a control character. */
const unsafe = (ch: string) => ch < ' ' || '\\/:*?"<>|'.includes(ch);

/** A file name from a run's name: characters no file system takes are replaced. */
export function exportFileName(runName: string, suffix: string, kind: SaveKind): string {
  const base = Array.from(`${runName} ${suffix}`, (ch) => (unsafe(ch) ? '_' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base}.${kind}`;
}

/** The chosen path, with the kind's extension when the user left it off. */
export const withExtension = (path: string, kind: SaveKind) =>
  extname(path).toLowerCase() === `.${kind}` ? path : `${path}.${kind}`;
